/**
 * The benchmarks' database: a throwaway embedded PostgreSQL (deleted when stopped), or with
 * `--keep DIR` a cluster kept in DIR whose data set later runs reuse (and migrate: pending
 * migrations and their backfills then run on a full-size data set). Data sets are generated
 * inside PostgreSQL by the bench's own generators.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { ensureDefaultGrid } from "../../prisma/seed-grid";
import { applyPendingMigrations } from "../db/apply";
import {
  type Database,
  startEmbeddedPostgres,
  startThrowawayPostgres,
} from "../db/embedded-postgres";
import { formatCounts } from "./figures";

type Log = (line: string) => void;

/**
 * Starts the database and applies the migrations it lacks; `announceMigrations` prints which
 * were applied and how long they took. A database whose migrations fail is stopped again.
 */
export async function startBenchDatabase(options: {
  database: string;
  keepDir: string | null;
  announceMigrations?: Log;
}): Promise<Database> {
  const { database: name, keepDir, announceMigrations } = options;
  const database = keepDir
    ? await startEmbeddedPostgres({ dataDir: keepDir, persistent: true, database: name })
    : await startThrowawayPostgres(name);
  try {
    const started = performance.now();
    const applied = await applyPendingMigrations(database.url);
    if (announceMigrations && applied.length > 0)
      announceMigrations(
        `Migrations applied in ${Math.round((performance.now() - started) / 1000)} s: ${applied.join(", ")}`,
      );
    return database;
  } catch (error) {
    await database.stop().catch(() => {});
    throw error;
  }
}

/** The default grid's id (created when missing), which the results data set is scored on. */
export async function ensureBenchGrid(url: string): Promise<string> {
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  try {
    return await ensureDefaultGrid(prisma);
  } finally {
    await prisma.$disconnect();
  }
}

/** Runs `work` on a connection of its own, closed afterwards. */
export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>) {
  const client = new pg.Client({ connectionString: url });
  // Stopping the database ends this connection; that is not an error worth a crash.
  client.on("error", () => {});
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** One generated part of a data set: generated only when its table has no row yet. */
export type DataSetPart = {
  table: string;
  generate: (client: pg.Client, step: Log) => Promise<void>;
};

/**
 * Generates the parts of the data set that are missing (each step printed indented), then prints
 * how long that took and what the data set holds (`countsSql`: one row of counts, named). With
 * `keepDir`, a data set found complete is said to be reused from there.
 */
export async function prepareDataSet(
  client: pg.Client,
  options: { parts: DataSetPart[]; countsSql: string; keepDir?: string | null; log: Log },
): Promise<void> {
  const { parts, countsSql, keepDir, log } = options;
  const started = performance.now();
  let generated = false;
  for (const part of parts) {
    const { rows } = await client.query(`SELECT 1 FROM "${part.table}" LIMIT 1`);
    if (rows.length > 0) continue;
    await part.generate(client, (line) => log(`  ${line}`));
    generated = true;
  }
  if (!generated && keepDir) log(`Reusing the data set in ${keepDir}.`);
  const { rows } = await client.query<Record<string, string>>(countsSql);
  const title = parts.length === 1 ? "Data set" : "Data sets";
  log(`${title} (${Math.round((performance.now() - started) / 1000)} s): ${formatCounts(rows[0])}`);
}

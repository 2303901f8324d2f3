import { randomUUID } from "node:crypto";
import pg from "pg";
import { planMigrations } from "./migration-names";
import { type LocalMigration, readMigrations } from "./migrations-dir";
import { DEFAULT_MIGRATIONS_DIR } from "./paths";

/** The lock key Prisma's own engine takes, so that we and `prisma migrate` exclude each other. */
const ADVISORY_LOCK_KEY = 72707369;
const LOCK_TIMEOUT_MS = 10_000;

/** Prisma's `_prisma_migrations` table, as its schema engine creates it on PostgreSQL. */
const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export type MigrationStatus = {
  /** Applied to the database and present in prisma/migrations, in the order applied. */
  applied: string[];
  pending: string[];
  /** Recorded as applied in the database but absent from prisma/migrations. */
  unknown: string[];
  /** Applied, but the file has changed since (checksum differs). */
  edited: string[];
  /** Rows left by Prisma's own engine after a failed run (ours never leaves one). */
  failed: string[];
};

export class MigrationFailedError extends Error {
  constructor(
    readonly migration: string,
    readonly cause: unknown,
  ) {
    const pgError = cause as { message?: string; position?: string; detail?: string };
    const detail = pgError.detail ? `\n  detail: ${pgError.detail}` : "";
    super(
      `Migration ${migration} failed and was rolled back; the database is as it was before it.\n` +
        `  PostgreSQL: ${pgError.message ?? String(cause)}${detail}`,
    );
    this.name = "MigrationFailedError";
  }
}

async function withClient<T>(databaseUrl: string, work: (client: pg.Client) => Promise<T>) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect().catch((error: Error) => {
    const where = databaseUrl.replace(/\/\/[^@/]*@/, "//");
    throw new Error(`Could not connect to the database at ${where}: ${error.message}`);
  });
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

type AppliedRow = { migration_name: string; checksum: string; finished_at: Date | null };

async function readStatus(client: pg.Client, local: LocalMigration[]): Promise<MigrationStatus> {
  const exists = await client.query<{ found: string | null }>(
    `SELECT to_regclass('"_prisma_migrations"')::text AS found`,
  );
  const rows = exists.rows[0]?.found
    ? (
        await client.query<AppliedRow>(
          `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations"
           WHERE rolled_back_at IS NULL ORDER BY started_at`,
        )
      ).rows
    : [];
  const finished = rows.filter((row) => row.finished_at !== null);
  const { pending, unknown } = planMigrations(
    local.map((migration) => migration.name),
    new Set(finished.map((row) => row.migration_name)),
  );
  const checksums = new Map(local.map((migration) => [migration.name, migration.checksum]));
  const localNames = new Set(local.map((migration) => migration.name));
  return {
    applied: finished.map((row) => row.migration_name).filter((name) => localNames.has(name)),
    pending,
    unknown,
    edited: finished
      .filter((row) => checksums.has(row.migration_name))
      .filter((row) => checksums.get(row.migration_name) !== row.checksum)
      .map((row) => row.migration_name),
    failed: rows.filter((row) => row.finished_at === null).map((row) => row.migration_name),
  };
}

/** Lists applied and pending migrations for the database at `databaseUrl`. Changes nothing. */
export async function getMigrationStatus(
  databaseUrl: string,
  migrationsDir: string = DEFAULT_MIGRATIONS_DIR,
): Promise<MigrationStatus> {
  const local = await readMigrations(migrationsDir);
  return withClient(databaseUrl, (client) => readStatus(client, local));
}

async function takeLock(client: pg.Client): Promise<void> {
  const deadline = Date.now() + LOCK_TIMEOUT_MS;
  for (;;) {
    const { rows } = await client.query<{ locked: boolean }>(
      "SELECT pg_try_advisory_lock($1) AS locked",
      [ADVISORY_LOCK_KEY],
    );
    if (rows[0]?.locked) return;
    if (Date.now() > deadline) {
      throw new Error(
        `Another migration run holds the lock (pg_advisory_lock(${ADVISORY_LOCK_KEY})); gave up after ${LOCK_TIMEOUT_MS} ms.`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * Applies every pending migration, oldest first, and records each in `_prisma_migrations`.
 * Each migration is sent as one query on one connection inside a transaction that also writes
 * its bookkeeping row, so a failing migration leaves neither schema changes nor a row behind.
 * Returns the names applied (empty when the database was up to date).
 */
export async function applyPendingMigrations(
  databaseUrl: string,
  options: { migrationsDir?: string; log?: (line: string) => void } = {},
): Promise<string[]> {
  const log = options.log ?? (() => {});
  const local = await readMigrations(options.migrationsDir ?? DEFAULT_MIGRATIONS_DIR);
  return withClient(databaseUrl, async (client) => {
    await takeLock(client);
    try {
      await client.query(CREATE_MIGRATIONS_TABLE);
      const status = await readStatus(client, local);
      if (status.failed.length > 0) {
        throw new Error(
          `The database records failed migrations (${status.failed.join(", ")}), left by Prisma's own engine. ` +
            "Fix the database by hand, then delete those rows from _prisma_migrations.",
        );
      }
      for (const name of status.unknown) log(`warning: ${name} is applied but missing locally`);
      for (const name of status.edited) log(`warning: ${name} was edited after it was applied`);
      const pending = new Set(status.pending);
      const applied: string[] = [];
      for (const migration of local.filter((candidate) => pending.has(candidate.name))) {
        await applyOne(client, migration);
        log(`applied ${migration.name}`);
        applied.push(migration.name);
      }
      return applied;
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [ADVISORY_LOCK_KEY]);
    }
  });
}

async function applyOne(client: pg.Client, migration: LocalMigration): Promise<void> {
  await client.query("BEGIN");
  try {
    const id = randomUUID();
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count)
       VALUES ($1, $2, $3, now(), 0)`,
      [id, migration.checksum, migration.name],
    );
    // No parameters: pg uses the simple query protocol, so the whole file runs as one query.
    await client.query(migration.sql).catch((error: unknown) => {
      throw new MigrationFailedError(migration.name, error);
    });
    await client.query(
      `UPDATE "_prisma_migrations" SET finished_at = clock_timestamp(), applied_steps_count = 1 WHERE id = $1`,
      [id],
    );
    await client.query("COMMIT");
  } catch (error) {
    // A dead connection must not hide the migration's own error.
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  }
}

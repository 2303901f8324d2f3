import { afterAll, describe, expect, inject, it } from "vitest";
import { applyPendingMigrations, getMigrationStatus } from "@/scripts/db/apply";
import { checksumOf, readMigrations } from "@/scripts/db/migrations-dir";
import { DEFAULT_MIGRATIONS_DIR } from "@/scripts/db/paths";
import { ChangedMigrationsError, REWRITTEN_MIGRATIONS } from "@/scripts/db/rewritten-migrations";
import { prepareDevDatabase } from "@/scripts/local/prepare-database";
import {
  copyMigrations,
  dropDatabase,
  freshDatabase,
  type MigrationsChain,
  oldMigrationSql,
  query,
  REWRITTEN_MIGRATION,
} from "../fixtures/migrations-before-rewrite/chains";

/**
 * `npm run dev` on a development database made before the results rollups migration was
 * rewritten: its _prisma_migrations row holds the old text's checksum.
 */

const serverUrl = inject("databaseUrl");
const LAST_MIGRATION = "20261127083302_wise_search_ignores_accents";
const databases = ["dev_before_rewrite", "dev_other_change"];
const chains: MigrationsChain[] = [];

afterAll(async () => {
  for (const name of databases) await dropDatabase(serverUrl, name);
  await Promise.all(chains.map((chain) => chain.remove()));
});

/** A database migrated as it was before the rewrite (`before`: only the older migrations). */
async function databaseBeforeRewrite(name: string, before?: string): Promise<string> {
  const url = await freshDatabase(serverUrl, name);
  const chain = await copyMigrations({ rewritten: "old", before });
  chains.push(chain);
  await applyPendingMigrations(url, { migrationsDir: chain.dir });
  return url;
}

async function recordedChecksum(url: string): Promise<string | undefined> {
  const rows = await query<{ checksum: string }>(
    url,
    `SELECT checksum FROM "_prisma_migrations" WHERE migration_name = $1`,
    [REWRITTEN_MIGRATION],
  );
  return rows[0]?.checksum;
}

async function currentChecksum(): Promise<string | undefined> {
  const local = await readMigrations(DEFAULT_MIGRATIONS_DIR);
  return local.find((migration) => migration.name === REWRITTEN_MIGRATION)?.checksum;
}

const userCount = async (url: string) =>
  Number((await query<{ n: string }>(url, `SELECT count(*) AS n FROM "User"`))[0]?.n);

describe("npm run dev on a database made before the rollups migration was rewritten", () => {
  it("updates the old checksum with a one-line notice, then starts as usual", async () => {
    const url = await databaseBeforeRewrite("dev_before_rewrite");
    const oldChecksum = checksumOf(await oldMigrationSql());
    // The fixture is the old file byte for byte: the checksum such databases recorded.
    expect(REWRITTEN_MIGRATIONS.get(REWRITTEN_MIGRATION)).toEqual([oldChecksum]);
    expect(await recordedChecksum(url)).toBe(oldChecksum);
    expect((await getMigrationStatus(url)).edited).toEqual([REWRITTEN_MIGRATION]);

    const lines: string[] = [];
    await prepareDevDatabase({ url, embedded: true }, (line) => lines.push(line));

    expect(lines.filter((line) => line.includes(REWRITTEN_MIGRATION))).toEqual([
      `${REWRITTEN_MIGRATION} was rewritten (same tables and functions); its checksum is updated`,
    ]);
    expect(lines).toContain("migrations: up to date");
    expect(lines.some((line) => line.includes("warning"))).toBe(false);
    expect(await recordedChecksum(url)).toBe(await currentChecksum());
    expect(await getMigrationStatus(url)).toMatchObject({ pending: [], edited: [], unknown: [] });
    expect(await userCount(url)).toBeGreaterThan(0);

    // The next start has nothing to say about it.
    const again: string[] = [];
    await prepareDevDatabase({ url, embedded: true }, (line) => again.push(line));
    expect(again).toEqual(["migrations: up to date"]);
  }, 60_000);

  it("stops, saying what to do, on any other migration changed since it was applied", async () => {
    const url = await databaseBeforeRewrite("dev_other_change", LAST_MIGRATION);
    const otherVersion = "f".repeat(64);
    await query(url, `UPDATE "_prisma_migrations" SET checksum = $1 WHERE migration_name = $2`, [
      otherVersion,
      REWRITTEN_MIGRATION,
    ]);

    const embedded = prepareDevDatabase({ url, embedded: true }, () => {});
    await expect(embedded).rejects.toBeInstanceOf(ChangedMigrationsError);
    await expect(embedded).rejects.toThrow(
      new RegExp(
        `applied ${REWRITTEN_MIGRATION} in another version[\\s\\S]*delete the folder \\.data/postgres`,
      ),
    );
    await expect(prepareDevDatabase({ url, embedded: false }, () => {})).rejects.toThrow(
      /DATABASE_URL points at this database: point it at a fresh database/,
    );

    // Stopped before changing anything: nothing applied, nothing seeded, the row as it was.
    const notYetApplied = (await readMigrations(DEFAULT_MIGRATIONS_DIR))
      .map((migration) => migration.name)
      .filter((name) => name >= LAST_MIGRATION);
    expect((await getMigrationStatus(url)).pending).toEqual(notYetApplied);
    expect(await userCount(url)).toBe(0);
    expect(await recordedChecksum(url)).toBe(otherVersion);
  });
});

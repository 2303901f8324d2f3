import pg from "pg";
import { readMigrations } from "./migrations-dir";
import { DEFAULT_MIGRATIONS_DIR } from "./paths";

/**
 * Migrations rewritten after development databases had applied them, each with the checksums
 * of the texts it replaced. A rewrite belongs here only when a test proves that it builds the
 * same database as those texts (tests/integration/migration-rewrite.test.ts): a database that
 * applied an old text is then up to date, and only the checksum it recorded is stale.
 */
export const REWRITTEN_MIGRATIONS: ReadonlyMap<string, readonly string[]> = new Map([
  [
    "20261127083129_results_rollups",
    // Before it was rewritten to its final definitions (tests/fixtures/migrations-before-rewrite).
    ["3520d91f9b73452bd51b5ef9d9491ee40114972ff1d1b15e4138c4976e7f382d"],
  ],
]);

/** A migration that the database applied in a text that differs from prisma/migrations'. */
export class ChangedMigrationsError extends Error {
  constructor(
    readonly migrations: string[],
    embedded: boolean,
  ) {
    const remedy = embedded
      ? "Start a fresh development database: delete the folder .data/postgres " +
        "(its data is lost; demo data is seeded again) and run `npm run dev` again. Or set " +
        "DATABASE_URL to use another database."
      : "DATABASE_URL points at this database: point it at a fresh database, or unset it to use " +
        "the embedded development database in .data/postgres.";
    super(
      `The database applied ${migrations.join(", ")} in another version than the file in ` +
        "prisma/migrations now holds, so its tables may not be what the code expects.\n" +
        remedy,
    );
    this.name = "ChangedMigrationsError";
  }
}

type AppliedRow = { migration_name: string; checksum: string };

/**
 * For `npm run dev`, before pending migrations are applied: where the database recorded a
 * rewritten migration with the checksum of a text it replaced, records the new checksum (one
 * notice each); any other migration whose file changed after the database applied it stops
 * the run with ChangedMigrationsError, which says what to do. Returns the migrations updated.
 */
export async function acceptRewrittenMigrations(
  databaseUrl: string,
  options: { embedded: boolean; migrationsDir?: string; log?: (line: string) => void },
): Promise<string[]> {
  const log = options.log ?? (() => {});
  const local = await readMigrations(options.migrationsDir ?? DEFAULT_MIGRATIONS_DIR);
  const checksums = new Map(local.map((migration) => [migration.name, migration.checksum]));
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const table = await client.query<{ found: string | null }>(
      `SELECT to_regclass('"_prisma_migrations"')::text AS found`,
    );
    if (!table.rows[0]?.found) return [];
    const { rows } = await client.query<AppliedRow>(
      `SELECT migration_name, checksum FROM "_prisma_migrations"
       WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY started_at`,
    );
    const changed = rows.filter((row) => {
      const checksum = checksums.get(row.migration_name);
      return checksum !== undefined && checksum !== row.checksum;
    });
    const unexplained = changed.filter(
      (row) => !REWRITTEN_MIGRATIONS.get(row.migration_name)?.includes(row.checksum),
    );
    if (unexplained.length > 0) {
      throw new ChangedMigrationsError(
        unexplained.map((row) => row.migration_name),
        options.embedded,
      );
    }
    for (const row of changed) {
      await client.query(
        `UPDATE "_prisma_migrations" SET checksum = $1 WHERE migration_name = $2 AND checksum = $3`,
        [checksums.get(row.migration_name), row.migration_name, row.checksum],
      );
      log(
        `${row.migration_name} was rewritten (same tables and functions); its checksum is updated`,
      );
    }
    return changed.map((row) => row.migration_name);
  } finally {
    await client.end();
  }
}

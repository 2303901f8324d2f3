import pg from "pg";
import { inject } from "vitest";

/** Reference data that migrations fill and tests only read. */
const KEPT_TABLES = ["_prisma_migrations", "Country"];

let pool: pg.Pool | undefined;
let truncate: string | undefined;

/**
 * Empties every app table (not `_prisma_migrations` or `Country`) and restarts sequences, for
 * `beforeEach(resetDatabase)`. One statement, so foreign keys never get in the way.
 */
export async function resetDatabase(): Promise<void> {
  pool ??= new pg.Pool({
    connectionString: inject("databaseUrl"),
    max: 1,
    // Let the worker exit without anyone closing this pool.
    idleTimeoutMillis: 1_000,
    allowExitOnIdle: true,
  });
  if (truncate === undefined) {
    const { rows } = await pool.query<{ name: string }>(
      `SELECT quote_ident(tablename) AS name FROM pg_tables
       WHERE schemaname = current_schema() AND NOT (tablename = ANY($1)) ORDER BY tablename`,
      [KEPT_TABLES],
    );
    truncate =
      rows.length > 0
        ? `TRUNCATE TABLE ${rows.map((row) => row.name).join(", ")} RESTART IDENTITY CASCADE`
        : "";
  }
  if (truncate) await pool.query(truncate);
}

import pg from "pg";

/**
 * Tables that record refused attempts, which a refusal is meant to write: they are how the
 * throttles count. Everything else must be exactly as it was after a refused request.
 */
export const ATTEMPT_LOG_TABLES = [
  // Every sign-in attempt, failed ones included: the sign-in and invitation-link throttles
  // count an account's and an address's failures here (lib/auth/mutations.ts).
  "SignInAttempt",
  // Join attempts per address and per session, wrong codes included: the join throttle.
  "LiveJoinAttempt",
  // How many joins of a session were refused, shown on the facilitator's console.
  "LiveJoinRefusal",
];

/** Per table: its row count and a digest of every row, so that an update shows as well as an insert. */
export type DatabaseSnapshot = Record<string, string>;

/**
 * Every table of the public schema but the attempt logs, digested row by row in SQL (an md5 of
 * each row's text, sorted, then hashed together). The e2e databases hold a few thousand rows, so
 * this takes milliseconds and catches any insert, update or delete, not only a changed count.
 */
export async function snapshotDatabase(client: pg.Client): Promise<DatabaseSnapshot> {
  const tables = await client.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const names = tables.rows
    .map((row) => row.name)
    .filter((name) => !ATTEMPT_LOG_TABLES.includes(name));
  const digests = await client.query<{ name: string; digest: string }>(
    names
      .map(
        (name) =>
          `SELECT ${pg.escapeLiteral(name)} AS name, count(*) || ':' ||
             md5(coalesce(string_agg(md5(t::text), '' ORDER BY md5(t::text)), '')) AS digest
           FROM ${pg.escapeIdentifier(name)} t`,
      )
      .join(" UNION ALL "),
  );
  return Object.fromEntries(digests.rows.map((row) => [row.name, row.digest]));
}

/** The tables whose rows differ between two snapshots, with their `count:digest` before → after. */
export function changedTables(before: DatabaseSnapshot, after: DatabaseSnapshot): string[] {
  const names = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return names
    .filter((name) => before[name] !== after[name])
    .map((name) => `${name}: ${before[name]} → ${after[name]}`);
}

/**
 * `npm run dev`: a database, its migrations and demo data, then `next dev` pointed at it.
 *
 * Without DATABASE_URL it runs the embedded PostgreSQL kept in .data/postgres (created on the
 * first run), so a fresh clone needs nothing but `npm install`. Arguments are passed to
 * `next dev` (e.g. `npm run dev -- --port 3001`).
 */
import { runNextOnLocalDatabase } from "./local/next-on-local-database";

await runNextOnLocalDatabase({ command: "dev", args: process.argv.slice(2) });

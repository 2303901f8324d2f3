import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { e2eDatabaseUrlFile } from "../../scripts/e2e-database-url";

/**
 * Runs a script that makes a spec's data with the test factories (tests/factories) on the e2e
 * server's database, and returns what it printed as JSON on its last line.
 *
 * In a child process because the factories reach the database through lib/db.ts, which is
 * `server-only`: the react-server condition resolves that guard to nothing, as in the app.
 */
export function runFactoryScript<T>(
  script: string,
  input: unknown,
  /** The e2e server whose database to use: the shared one unless a spec runs its own. */
  port = Number(process.env.E2E_PORT ?? 3100),
): T {
  const databaseUrl = readFileSync(e2eDatabaseUrlFile(port), "utf8").trim();
  const output = execFileSync(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", script, JSON.stringify(input)],
    { env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: "test" }, encoding: "utf8" },
  );
  const lastLine = output.trim().split("\n").at(-1) ?? "";
  return JSON.parse(lastLine) as T;
}

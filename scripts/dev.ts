/**
 * `npm run dev`: a database, its migrations and demo data, then `next dev` pointed at it.
 *
 * Without DATABASE_URL it runs the embedded PostgreSQL kept in .data/postgres (created on the
 * first run), so a fresh clone needs nothing but `npm install`. Arguments are passed to
 * `next dev` (e.g. `npm run dev -- --port 3001`).
 */
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { ensureDatabase } from "./db/embedded-postgres";
import { prepareDevDatabase } from "./dev-database";

const args = process.argv.slice(2);

function appPort(): string {
  const index = args.findIndex((arg) => arg === "--port" || arg === "-p");
  return (index >= 0 ? args[index + 1] : undefined) ?? process.env.PORT ?? "3000";
}

async function main(): Promise<void> {
  const database = await ensureDatabase();
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await database.stop().catch((error: unknown) => console.error(error));
    process.exit(code);
  };

  try {
    await prepareDevDatabase(database, (line) => console.log(`[db] ${line}`));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    await shutdown(1);
    return;
  }

  console.log(
    [
      "",
      `  WISE Focus    http://localhost:${appPort()}`,
      `  Database      ${database.url}${database.embedded ? " (embedded, data in .data/postgres)" : ""}`,
      "  Demo accounts are listed in README.md (section “Demo accounts”).",
      "",
    ].join("\n"),
  );

  const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
  const next = spawn(process.execPath, [nextBin, "dev", ...args], {
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: database.url, NEXT_TELEMETRY_DISABLED: "1" },
  });
  // Ctrl-C reaches next itself (same process group); forwarding covers `kill <pid>` too.
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(signal, () => {
      if (next.exitCode === null && next.signalCode === null) next.kill(signal);
    });
  }
  next.on("exit", (code, signal) => void shutdown(code ?? (signal ? 0 : 1)));
  next.on("error", (error) => {
    console.error(`Could not start next dev: ${error.message}`);
    void shutdown(1);
  });
}

await main();

/**
 * What `npm run dev` and `npm run start:local` share: a database (the embedded PostgreSQL kept in
 * .data/postgres, or DATABASE_URL), its migrations and demo data, then `next <command>` pointed at
 * it, stopping the database when next stops. Arguments are passed to next
 * (`npm run dev -- --port 3001`).
 */
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { join } from "node:path";
import { ensureDatabase } from "../db/embedded-postgres";
import { ROOT_DIR } from "../db/paths";
import { appPort } from "./app-port";
import { prepareDevDatabase } from "./prepare-database";

export type LocalServer = {
  command: "dev" | "start";
  args: string[];
  /** Checked once the database is ready, before next starts; a message stops the run. */
  precondition?: () => string | null;
  env?: Record<string, string>;
};

export async function runNextOnLocalDatabase(server: LocalServer): Promise<void> {
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
  const refusal = server.precondition?.();
  if (refusal) {
    console.error(refusal);
    await shutdown(1);
    return;
  }

  console.log(
    [
      "",
      `  WISE Focus    http://localhost:${appPort(server.args)}`,
      `  Database      ${database.url}${database.embedded ? " (embedded, data in .data/postgres)" : ""}`,
      "  Demo accounts are listed in README.md (section “Demo accounts”).",
      "",
    ].join("\n"),
  );

  // Production is served as `npm start` serves it (scripts/serve.mjs: the peer's address recorded).
  const command =
    server.command === "start"
      ? [join(ROOT_DIR, "scripts", "serve.mjs"), ...server.args]
      : [createRequire(import.meta.url).resolve("next/dist/bin/next"), "dev", ...server.args];
  const next = spawn(process.execPath, command, {
    stdio: "inherit",
    env: {
      // Links for others (invitations, the live QR code) use APP_URL: here, the local address.
      APP_URL: `http://localhost:${appPort(server.args)}`,
      ...process.env,
      ...server.env,
      DATABASE_URL: database.url,
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  // Ctrl-C reaches next itself (same process group); forwarding covers `kill <pid>` too.
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(signal, () => {
      if (next.exitCode === null && next.signalCode === null) next.kill(signal);
    });
  }
  next.on("exit", (code, signal) => void shutdown(code ?? (signal ? 0 : 1)));
  next.on("error", (error) => {
    console.error(`Could not start next ${server.command}: ${error.message}`);
    void shutdown(1);
  });
}

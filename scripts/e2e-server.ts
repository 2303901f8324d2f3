/**
 * Playwright's web server: a throwaway PostgreSQL (migrated, demo data seeded) and `npm start`'s
 * server (scripts/serve.mjs) on the production build from `npm run build`. Stops both and deletes the database on SIGTERM,
 * which Playwright sends at the end of the run (see playwright.config.ts).
 */
import { spawn } from "node:child_process";
import { existsSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { seedIfEmpty } from "../prisma/seed";
import { applyPendingMigrations } from "./db/apply";
import { startThrowawayPostgres } from "./db/embedded-postgres";
import { ROOT_DIR } from "./db/paths";
import { e2eDatabaseUrlFile } from "./e2e-database-url";

const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
/** Only for this throwaway server; production needs a real secret. */
const TEST_AUTH_SECRET = "e2e-only-secret-not-for-production-0123456789";

const DIST_DIR = process.env.NEXT_DIST_DIR ?? ".next";
if (!existsSync(join(ROOT_DIR, DIST_DIR, "BUILD_ID"))) {
  console.error(
    `No production build in ${DIST_DIR}: run \`npm run build\` before the end-to-end tests.`,
  );
  process.exit(1);
}

const database = await startThrowawayPostgres("wise_focus_e2e");
let exiting = false;
async function exit(code: number): Promise<never> {
  exiting = true;
  rmSync(e2eDatabaseUrlFile(E2E_PORT), { force: true });
  await database.stop().catch((error: unknown) => console.error(error));
  process.exit(code);
}

try {
  await applyPendingMigrations(database.url);
  await seedIfEmpty(database.url);
  writeFileSync(e2eDatabaseUrlFile(E2E_PORT), database.url, { mode: 0o600 });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await exit(1);
}

// `npm start`'s server (scripts/serve.mjs), so that the tests see client addresses as production does.
const serveScript = join(ROOT_DIR, "scripts", "serve.mjs");
const next = spawn(
  process.execPath,
  [serveScript, "--hostname", "127.0.0.1", "--port", String(E2E_PORT)],
  {
    cwd: ROOT_DIR,
    stdio: "inherit",
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: database.url,
      AUTH_SECRET: process.env.AUTH_SECRET ?? TEST_AUTH_SECRET,
      AUTH_TRUST_HOST: "true",
      APP_URL: process.env.APP_URL ?? `http://127.0.0.1:${E2E_PORT}`,
      // The tests stand in for one trusted proxy: a spec that sends X-Forwarded-For (the join
      // flood from "203.0.113.66") is seen from that address, as behind nginx; browsers send none.
      TRUSTED_PROXY_HOPS: process.env.TRUSTED_PROXY_HOPS ?? "1",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
);
next.on("exit", (code) => {
  if (!exiting) void exit(code ?? 1);
});
for (const signal of ["SIGTERM", "SIGINT", "SIGHUP"] as const) {
  process.on(signal, () => {
    if (exiting) return;
    exiting = true;
    if (next.exitCode !== null || next.signalCode !== null) void exit(0);
    else {
      next.once("exit", () => void exit(0));
      next.kill("SIGTERM");
    }
  });
}

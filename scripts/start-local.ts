/**
 * `npm run start:local`: the production build served on the same local database as `npm run dev`
 * (the embedded PostgreSQL in .data/postgres with demo data, or DATABASE_URL), for trying the app
 * as it will run in production — faster pages, no development overlay — without setting up a
 * server. Builds first when there is no build yet or a source changed after it (`--rebuild`
 * builds anyway).
 * Other arguments go to `next start` (`npm run start:local -- --port 3001`).
 *
 * A production server needs AUTH_SECRET: without one, a random secret is made once and kept in
 * .data/auth-secret (git-ignored), so that sign-ins survive a restart. Not for a real
 * installation: see the README's section on running against your own PostgreSQL.
 */
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { whyBuild } from "./build-freshness";
import { ROOT_DIR } from "./db/paths";
import { runNextOnLocalDatabase } from "./local/next-on-local-database";

const args = process.argv.slice(2).filter((arg) => arg !== "--rebuild");
const rebuild = process.argv.includes("--rebuild");
const whyBuildNow = rebuild ? "--rebuild" : whyBuild(process.env.NEXT_DIST_DIR ?? ".next");

function localAuthSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = join(ROOT_DIR, ".data", "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(join(ROOT_DIR, ".data"), { recursive: true });
  const secret = randomBytes(32).toString("base64");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

if (whyBuildNow) {
  console.log(`[build] ${whyBuildNow}: running \`next build\` (a few minutes)`);
  const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
  const built = spawnSync(process.execPath, [nextBin, "build"], {
    cwd: ROOT_DIR,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

await runNextOnLocalDatabase({
  command: "start",
  args,
  env: {
    NODE_ENV: "production",
    AUTH_SECRET: localAuthSecret(),
    // Signed-in links and cookies follow the address the browser used (localhost, a LAN IP).
    AUTH_TRUST_HOST: "true",
  },
});

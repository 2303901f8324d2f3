/**
 * What one attempt of each kind costs the server in CPU, measured one kind at a time on an idle
 * server (production build, throwaway database): `npx tsx scripts/bench-live/attack-cost.ts`.
 * For each kind: N attempts one after another, then the server's and PostgreSQL's CPU seconds
 * (from /proc, threads included, so argon2's hashing counts) divided by N, and the median time to
 * answer. Says where bench:abuse's server time goes without a profiler's distortions.
 */
import { randomInt } from "node:crypto";
import { startBenchDatabase } from "../bench/database";
import { readConfig } from "./config";
import { seedBenchData } from "./fixture";
import { Device } from "./http";
import { sampleCpu } from "./machine";
import { ensureBuild, startServer } from "./server";
import { postCredentials } from "./sign-in";
import { median } from "./stats";

const DATABASE_NAME = "wise_focus_attack_cost";
const N = Number(process.argv[2] ?? 100);
const config = readConfig(
  ["--rooms", "0", "--items", "1", "--guests", "0"],
  process.env.NEXT_DIST_DIR,
);

/** A wrong password's outcome: Auth.js's refusal `code` (invalid, throttled) or the status. */
async function signIn(device: Device, email: string): Promise<string> {
  const answer = await postCredentials(device, email, `wrong-${randomInt(1e9)}`);
  return answer.location?.searchParams.get("code") ?? `${answer.status}`;
}

async function main() {
  await ensureBuild(config.distDir, false);
  const database = await startBenchDatabase({ database: DATABASE_NAME, keepDir: null });
  await seedBenchData(database.url, config);
  const server = await startServer(
    database.url,
    config.distDir,
    { TRUSTED_PROXY_HOPS: "1" },
    { asInProduction: true },
  );
  const kinds: [string, (i: number) => Promise<string>][] = [
    [
      "csrf GET only",
      async (i) =>
        String(
          (
            await new Device(server.url, 30_000, {
              "x-forwarded-for": `198.51.101.${i % 250}`,
            }).fetch("/api/auth/csrf")
          ).status,
        ),
    ],
    [
      "join, wrong code",
      async (i) =>
        String(
          (
            await new Device(server.url, 30_000, {
              "x-forwarded-for": `198.51.100.${i % 20}`,
            }).postJson("/api/live/join", { code: "ZZZZZZ", displayName: "x" })
          ).status,
        ),
    ],
    // A fresh account and address each time: nothing throttles, the decoy hash is checked.
    [
      "sign-in, unknown account, hashed",
      (i) =>
        signIn(
          new Device(server.url, 30_000, { "x-forwarded-for": `198.51.102.${i % 250}` }),
          `nobody.${i}@cost.example`,
        ),
    ],
    // One address far past its limit: refused by the throttle.
    [
      "sign-in, throttled address",
      (i) =>
        signIn(
          new Device(server.url, 30_000, { "x-forwarded-for": "198.51.103.1" }),
          `nobody.${i}@cost.example`,
        ),
    ],
  ];
  // The first pass warms the server (JIT, routes compiled on first use); the second is reported.
  for (const pass of [1, 2])
    for (const [label, attempt] of kinds) {
      const before = sampleCpu(server.pid, DATABASE_NAME);
      const times: number[] = [];
      const outcomes = new Map<string, number>();
      for (let i = 0; i < N; i++) {
        const t = performance.now();
        const outcome = await attempt(i);
        times.push(performance.now() - t);
        outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
      }
      const after = sampleCpu(server.pid, DATABASE_NAME);
      if (pass === 2)
        console.log(
          `${label.padEnd(34)} server ${(((after.server - before.server) / N) * 1000).toFixed(1).padStart(6)} ms CPU, PostgreSQL ${(((after.database - before.database) / N) * 1000).toFixed(1).padStart(5)} ms, median answer ${median(times).toFixed(0)} ms  [${[...outcomes].map(([k, v]) => `${v} ${k}`).join(", ")}]`,
        );
    }
  await server.stop();
  await database.stop();
}
main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);

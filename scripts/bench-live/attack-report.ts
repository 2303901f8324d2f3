import { cpus, loadavg } from "node:os";
import type { AttackPlan, Tally } from "./attack";
import type { FinalCount } from "./final-count";
import type { Metrics } from "./metrics";
import { type Summary, summarise } from "./stats";

/** CPU seconds from the attack's first attempt to its last answer, by who spent them. */
export type AttackCpu = {
  wallSeconds: number;
  server: number;
  hasher: number;
  database: number;
  room: number;
  attackers: number;
};

type Report = {
  /** scripts/bench/machine-speed.ts: runs are comparable only when these are close. */
  referenceMs: number;
  cpu: AttackCpu | null;
  metrics: Metrics;
  count: FinalCount;
  /** The room's ack times that arrived before the attack began: the same run without it. */
  beforeAttack: number[];
  /** The room's ack times that arrived while the attack was under way. */
  duringAttack: number[];
  tallies: { joins: Tally; signIns: Tally };
  plan: AttackPlan;
  guests: number;
  serverErrorLines: string[];
};

const ms = (summary: Summary | null) => (summary ? `${Math.round(summary.p95)} ms` : "—");
const verdict = (met: boolean) => (met ? "✓" : "✗ MISSED");
const of = (tally: Tally, prefix: string) =>
  [...tally.outcomes].filter(([kind]) => kind.startsWith(prefix)).reduce((n, [, c]) => n + c, 0);

/** bench:abuse's figures beside issue 9's targets, then what every attempt was answered. */
export function printAbuseReport(report: Report, log: (line: string) => void = console.log): void {
  const { metrics, count, tallies, plan } = report;
  const during = summarise(report.duringAttack);
  const all = summarise(metrics.ackMs);
  const before = summarise(report.beforeAttack);
  const serverErrors =
    of(tallies.joins, "server error") +
    of(tallies.signIns, "server error") +
    [...metrics.errors].filter(([kind]) => / 5\d\d\b/.test(kind)).reduce((n, [, c]) => n + c, 0);
  const rows: [string, string, string, boolean | null][] = [
    ["Room's ack p95 during the attack", ms(during), "< 100 ms", during ? during.p95 < 100 : false],
    ["Room's ack p95 over the whole run", ms(all), "< 100 ms", all ? all.p95 < 100 : false],
    ["Room's ack p95 before the attack", ms(before), "< 100 ms", before ? before.p95 < 100 : false],
    [
      "Join attempts refused (429)",
      `${of(tallies.joins, "refused")} of ${tallies.joins.sent}`,
      "throttled",
      null,
    ],
    [
      "Sign-ins refused (throttled)",
      `${of(tallies.signIns, "refused")} of ${tallies.signIns.sent}`,
      "throttled",
      null,
    ],
    ["Server errors (5xx)", String(serverErrors), "0", serverErrors === 0],
    ["Acknowledged scores lost", String(count.lost), "0", count.lost === 0],
    ["Scores written twice", String(count.doubled), "0", count.doubled === 0],
  ];
  log(
    `\nAbuse: a room of ${report.guests} guests scoring while ${plan.joins} wrong joins and ${plan.signIns} wrong sign-ins came from ${plan.addresses} addresses (meant to take ${plan.windowMs / 1000} s; sent in ${Math.round(tallies.joins.sendingMs / 1000)} s and ${Math.round(tallies.signIns.sendingMs / 1000)} s).`,
  );
  log(
    `Machine: ${cpus().length} cores, load average ${loadavg()[0].toFixed(2)} at the end (shared: a load above the cores inflates every time); reference work ${Math.round(report.referenceMs)} ms (the same fixed work on one core: runs are comparable when it is close).\n`,
  );
  for (const [name, figure, target, met] of rows) {
    log(
      `  ${name.padEnd(36)} ${figure.padStart(12)}   (target ${target})  ${met === null ? "" : verdict(met)}`,
    );
  }
  if (report.cpu) {
    const { wallSeconds, server, hasher, database, room, attackers } = report.cpu;
    const share = (seconds: number) =>
      `${seconds.toFixed(1)} s (${(seconds / wallSeconds).toFixed(2)} cores)`;
    log(
      `\nCPU during the attack (${wallSeconds.toFixed(0)} s): server ${share(server)} (of which its password hasher at nice 19 ${share(hasher)}), PostgreSQL ${share(database)}, the room's devices ${share(room)}, the attackers at nice 19 ${share(attackers)}.`,
    );
  }
  log("\nDetail:");
  for (const [label, tally] of [
    ["join attempts", tallies.joins],
    ["sign-in attempts", tallies.signIns],
  ] as const) {
    const kinds = [...tally.outcomes].sort((a, b) => b[1] - a[1]);
    log(`  ${label.padEnd(17)} ${kinds.map(([kind, n]) => `${n} ${kind}`).join(", ") || "none"}`);
  }
  // Joins refused only past the per-address limit: a window's first 100 per address are answered.
  log(
    `  join limit        ${Math.ceil(plan.joins / plan.addresses)} attempts per address sent; the server refuses past LIVE_JOIN_ATTEMPTS_PER_ADDRESS (default 100 per 10 minutes)`,
  );
  log(
    `  room's acks       ${metrics.ackMs.length} (${report.beforeAttack.length} before the attack, ${report.duringAttack.length} during it; p50 during it ${during ? Math.round(during.p50) : "—"} ms); over the run p50 ${all ? Math.round(all.p50) : "—"} ms, p99 ${all ? Math.round(all.p99) : "—"} ms, max ${all ? Math.round(all.max) : "—"} ms`,
  );
  log(`  room's errors     ${metrics.errorCount === 0 ? "none" : ""}`);
  for (const [kind, n] of [...metrics.errors].sort((a, b) => b[1] - a[1]))
    log(`    ${String(n).padStart(6)}  ${kind}`);
  log(
    `  database          ${count.acknowledged} acknowledged, ${count.changesInDatabase} ScoreChange rows, ${count.unexplained} unexplained, ${count.wrongFinalAnswer} not holding the last acknowledged answer`,
  );
  if (report.serverErrorLines.length > 0) {
    log(`\nThe server logged ${report.serverErrorLines.length} error line(s); the first few:`);
    for (const line of report.serverErrorLines.slice(0, 3)) log(`  ${line.slice(0, 800)}`);
  }
  log(`\nlost: ${count.lost}, doubled: ${count.doubled}`);
}

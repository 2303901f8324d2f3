/**
 * `npm run bench:abuse`: the main room of bench:live (60 guests, 2 facilitators) scoring while
 * 1,000 join attempts with wrong codes and 1,000 wrong-password sign-ins arrive from 20 addresses
 * within 30 s (issue 9). The server runs as `npm start` runs it, trusting one proxy hop (the bench
 * plays that proxy and sets X-Forwarded-For), with its real throttles; every phone and laptop of
 * the room has its own address, as phones on mobile data would. Prints the room's ack p95 during
 * the attack, the attempts refused, server errors and lost or doubled scores beside the targets.
 * A measurement: exits 0 whatever the figures. Flags: those of bench:live (config.ts) plus
 * `--attack-joins N --attack-sign-ins N --attack-addresses N --attack-seconds N`, and
 * `--server-cpu-prof DIR` for a V8 CPU profile of the server (written when it stops).
 */
import { resolve } from "node:path";
import pg from "pg";
import { startBenchDatabase } from "./bench/database";
import { numberFlag, stringFlag } from "./bench/flags";
import { referenceWorkMs } from "./bench/machine-speed";
import { armHardStop, runBenchmark } from "./bench/run-benchmark";
import type { AttackPlan } from "./bench-live/attack";
import { ATTACKER_NICE, runAttackElsewhere } from "./bench-live/attack-process";
import { type AttackCpu, printAbuseReport } from "./bench-live/attack-report";
import { readConfig } from "./bench-live/config";
import { countInDatabase } from "./bench-live/final-count";
import { seedBenchData } from "./bench-live/fixture";
import { cpuBetween, sampleCpu } from "./bench-live/machine";
import { Ledger, Metrics } from "./bench-live/metrics";
import { Room } from "./bench-live/room";
import { ScoreSender } from "./bench-live/score-sender";
import { ensureBuild, type Server, startServer } from "./bench-live/server";
import type { Database } from "./db/embedded-postgres";

const args = process.argv.slice(2);
// One room, one WISE, a minute of scoring, unless told otherwise (the first flag given wins).
const config = readConfig(
  [
    ...args,
    "--rooms",
    "0",
    "--items",
    "1",
    "--scoring-seconds",
    "60",
    "--hard-stop-seconds",
    "300",
  ],
  process.env.NEXT_DIST_DIR,
);
const attack = {
  joins: numberFlag(args, "attack-joins", 1000),
  signIns: numberFlag(args, "attack-sign-ins", 1000),
  addresses: Math.max(1, numberFlag(args, "attack-addresses", 20)),
  windowMs: numberFlag(args, "attack-seconds", 30) * 1000,
};
/** `--server-cpu-prof DIR`: the server writes a V8 CPU profile there when it stops. */
const profileFlag = stringFlag(args, "server-cpu-prof");
const profileDir = profileFlag === null ? null : resolve(profileFlag);
/** The attack starts this long after scoring opens: the room is at its pace by then. */
const ATTACK_DELAY_MS = 5000;
const log = (line: string) => console.log(line);
const DATABASE_NAME = "wise_focus_bench_abuse";
let stopAt = Number.POSITIVE_INFINITY;
let database: Database | null = null;
let server: Server | null = null;
let client: pg.Client | null = null;
let room: Room | null = null;

async function cleanUp(): Promise<void> {
  room?.close();
  await client?.end().catch(() => {});
  await server?.stop().catch((error: unknown) => console.error(error));
  await database?.stop().catch((error: unknown) => console.error(error));
}

async function main(): Promise<void> {
  await ensureBuild(config.distDir, config.rebuild);
  // Timed after the build, before anything of the run starts: the cores' speed at this moment.
  const referenceMs = referenceWorkMs();
  const hardStop = armHardStop(config.hardStopMs, cleanUp);

  database = await startBenchDatabase({ database: DATABASE_NAME, keepDir: null });
  const fixture = await seedBenchData(database.url, config);
  client = new pg.Client({ connectionString: database.url });
  client.on("error", () => {});
  await client.connect();
  server = await startServer(
    database.url,
    config.distDir,
    { TRUSTED_PROXY_HOPS: "1" },
    {
      asInProduction: true,
      nodeFlags: profileDir ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : [],
    },
  );
  log(`Server ${server.url} (scripts/serve.mjs, one trusted proxy hop, default limits).`);

  const metrics = new Metrics();
  const ledger = new Ledger();
  const queryClient = client;
  let queue: Promise<unknown> = Promise.resolve();
  // The room's own devices: 203.0.113.x and up, never an attacker's 198.51.100.x.
  let roomDevices = 0;
  const [mainRoom] = fixture.rooms;
  room = new Room(mainRoom, {
    baseUrl: server.url,
    config,
    metrics,
    sender: new ScoreSender(metrics, ledger, config.retryShare, () => stopAt),
    password: fixture.password,
    criterionIds: fixture.criterionIds,
    stopAt: () => stopAt,
    deviceHeaders: () => {
      roomDevices += 1;
      return {
        "x-forwarded-for": `203.0.${113 + Math.floor(roomDevices / 250)}.${roomDevices % 250}`,
      };
    },
    oneAtATime<T>(work: () => Promise<T>): Promise<T> {
      const turn = queue.then(work);
      queue = turn.catch(() => {});
      return turn;
    },
    async userIdsOf(participantIds: string[]) {
      const { rows } = await queryClient.query<{ id: string; userId: string }>(
        `SELECT id, "userId" FROM "LiveParticipant" WHERE id = ANY($1)`,
        [participantIds],
      );
      return new Map(rows.map((row) => [row.id, row.userId]));
    },
  });
  await room.prepare();
  log(
    `Where things run: the server, PostgreSQL and the room's ${room.guestCount} phones and ${mainRoom.facilitators.length} laptops (this process) at normal priority; the attackers in a child process at nice ${ATTACKER_NICE}, as if on other machines. Every hash and query an attempt causes is the server's.`,
  );
  const { rows } = await client.query<{ joinCode: string }>(
    `SELECT "joinCode" FROM "LiveSession" WHERE "sessionId" = $1`,
    [mainRoom.sessionId],
  );
  const plan: AttackPlan = {
    ...attack,
    baseUrl: server.url,
    realCode: rows[0]?.joinCode ?? "",
    // The room's facilitators (already signed in) and strangers' accounts that do not exist.
    targets: [
      ...mainRoom.facilitators.map((facilitator) => facilitator.email),
      ...Array.from({ length: 8 }, (_, n) => `stranger.${n}@bench.example`),
    ],
    requestTimeoutMs: config.requestTimeoutMs,
  };
  log(
    `${room.guestCount} guests in the room; scoring for up to ${config.scoringBudgetMs / 1000} s; in ${ATTACK_DELAY_MS / 1000} s, ${plan.joins} wrong joins and ${plan.signIns} wrong sign-ins from ${plan.addresses} addresses over ${plan.windowMs / 1000} s…`,
  );

  stopAt = performance.now() + config.scoringBudgetMs;
  const scoring = room.run();
  let attackAcks: [number, number] = [0, 0];
  let attackCpu: AttackCpu | null = null;
  const attacked = new Promise((resolve) => setTimeout(resolve, ATTACK_DELAY_MS)).then(async () => {
    const from = metrics.ackMs.length;
    attackAcks = [from, from];
    const serverGroup = server?.pid ?? 0;
    const cpuBefore = sampleCpu(serverGroup, DATABASE_NAME);
    const roomBefore = process.cpuUsage();
    const tallies = await runAttackElsewhere(plan);
    attackAcks = [from, metrics.ackMs.length];
    const room = process.cpuUsage(roomBefore);
    attackCpu = {
      ...cpuBetween(cpuBefore, sampleCpu(serverGroup, DATABASE_NAME)),
      room: (room.user + room.system) / 1e6,
      attackers: tallies.cpuSeconds,
    };
    log("Attack over: every attempt answered or timed out; the room goes on…");
    return tallies;
  });
  const [ran, tallies] = await Promise.allSettled([scoring, attacked]);
  if (ran.status === "rejected") log(`The room stopped early: ${String(ran.reason)}`);
  if (tallies.status === "rejected") throw tallies.reason;
  await new Promise((resolve) => setTimeout(resolve, 2000));
  room.collectUpdateTimes(metrics);
  room.close();

  printAbuseReport({
    referenceMs,
    metrics,
    count: await countInDatabase(client, ledger),
    beforeAttack: metrics.ackMs.slice(0, attackAcks[0]),
    duringAttack: metrics.ackMs.slice(...attackAcks),
    tallies: tallies.value,
    cpu: attackCpu,
    plan,
    guests: room.guestCount,
    serverErrorLines: server.errorLines,
  });
  clearTimeout(hardStop);
}

runBenchmark({ main, cleanUp, serverTail: () => server?.tail() });

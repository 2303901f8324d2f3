/**
 * `npm run bench:live`: live sessions under the load of issue 5 against a production build. A
 * throwaway embedded PostgreSQL, `next start` on a loopback port, then a main room (60 guests
 * with phones, 2 facilitators) and 10 more sessions (10 guests, 1 facilitator) scoring the full
 * grid at human pace over HTTP and SSE, with a share of changes sent twice. Prints the time to
 * acknowledge a score, the time for updates to reach other screens, errors, and a count from the
 * database that every acknowledged change is there exactly once. A measurement: it exits 0 when a
 * target is missed, non-zero only when the harness itself fails. Flags: see bench-live/config.ts.
 */
import { cpus } from "node:os";
import pg from "pg";
import { startBenchDatabase } from "./bench/database";
import { loadAverage } from "./bench/figures";
import { referenceWorkMs } from "./bench/machine-speed";
import { armHardStop, runBenchmark } from "./bench/run-benchmark";
import { readConfig } from "./bench-live/config";
import { startDatabaseSampler } from "./bench-live/database-sampler";
import { countInDatabase } from "./bench-live/final-count";
import { seedBenchData } from "./bench-live/fixture";
import { calibrateFloorCpu, startFloorProbe } from "./bench-live/floor-probe";
import { cpuBetween, sampleCpu } from "./bench-live/machine";
import { Ledger, Metrics } from "./bench-live/metrics";
import { printReport } from "./bench-live/report";
import { Room } from "./bench-live/room";
import { ScoreSender } from "./bench-live/score-sender";
import { ensureBuild, type Server, startServer } from "./bench-live/server";
import { summarise } from "./bench-live/stats";
import type { Database } from "./db/embedded-postgres";
import { asOneServer, startScaleOut } from "./scale-out/stack";

const config = readConfig(process.argv.slice(2), process.env.NEXT_DIST_DIR);
const load = () => loadAverage(2);
const log = (line: string) => console.log(line);
const DATABASE_NAME = "wise_focus_bench_live";
const MAIN_ROOM_LABEL = "main room";
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const WRAP_UP_BEFORE_HARD_STOP_MS = 90_000;
const TICK_MS = 20_000;
let stopAt = Number.POSITIVE_INFINITY;
const metrics = new Metrics();
const ledger = new Ledger();

let database: Database | null = null;
let server: Server | null = null;
let client: pg.Client | null = null;
const rooms: Room[] = [];

async function cleanUp(): Promise<void> {
  for (const room of rooms) room.close();
  await client?.end().catch(() => {});
  await server?.stop().catch((error: unknown) => console.error(error));
  await database?.stop().catch((error: unknown) => console.error(error));
}

async function main(): Promise<void> {
  const loadAtStart = load();
  await ensureBuild(config.distDir, config.rebuild);
  // Timed after the build, before anything of the run starts: the cores' speed at this moment.
  const referenceMs = referenceWorkMs();
  // From here on the run is bounded: whatever hangs, everything is stopped and removed.
  const hardStop = armHardStop(config.hardStopMs, cleanUp, () => {
    for (const [kind, n] of metrics.errors) console.error(`  ${String(n).padStart(6)}  ${kind}`);
    for (const line of server?.errorLines.slice(0, 2) ?? [])
      console.error(`  ${line.slice(0, 1500)}`);
  });
  const benchStarted = performance.now();
  const elapsed = () => `${Math.round((performance.now() - benchStarted) / 1000)} s`;
  // Before the hard stop, a gentler one: no new score changes, so that the rooms end, the
  // database is counted and the report is printed with what was measured.
  const wrapUp = setTimeout(() => {
    log(`${elapsed()}: wrapping up before the hard stop; no new score changes.`);
    stopAt = Math.min(stopAt, performance.now());
  }, config.hardStopMs - WRAP_UP_BEFORE_HARD_STOP_MS);
  wrapUp.unref();

  database = await startBenchDatabase({ database: DATABASE_NAME, keepDir: null });
  const fixture = await seedBenchData(database.url, config);
  client = new pg.Client({ connectionString: database.url });
  client.on("error", () => {});
  await client.connect();
  // --instances 2 (or --pooler): nginx in front of the instances, PgBouncer behind them.
  const scaleOut =
    config.instances > 1 || config.pooler
      ? await startScaleOut({ databaseUrl: database.url, ...config })
      : null;
  server = scaleOut ? asOneServer(scaleOut) : await startServer(database.url, config.distDir);
  const serverGroups = scaleOut ? scaleOut.servers.map((instance) => instance.pid) : [server.pid];
  log(
    `${elapsed()}: server ${server.url} (build ${config.distDir}${scaleOut ? `; nginx in front of ${config.instances} instance(s)${config.pooler ? ", PgBouncer behind" : ""}` : ""}); database ready; load ${load()}.`,
  );

  const sender = new ScoreSender(metrics, ledger, config.retryShare, () => stopAt);
  const queryClient = client;
  let queue: Promise<unknown> = Promise.resolve();
  const context = {
    baseUrl: server.url,
    config,
    metrics,
    sender,
    password: fixture.password,
    criterionIds: fixture.criterionIds,
    stopAt: () => stopAt,
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
  };
  for (const roomFixture of fixture.rooms) rooms.push(new Room(roomFixture, context));

  // Sign-ins (argon2), joins and admissions first, outside the measured window.
  const prepared = await Promise.allSettled(rooms.map((room) => room.prepare()));
  const ready = rooms.filter((room, index) => {
    const outcome = prepared[index];
    if (outcome.status === "fulfilled") return true;
    metrics.error("room could not start");
    log(
      `  ${room.fixture.label} could not start: ${outcome.reason instanceof Error ? outcome.reason.message : outcome.reason}`,
    );
    return false;
  });
  const guests = ready.reduce((sum, room) => sum + room.guestCount, 0);
  log(
    `${elapsed()}: ${ready.length} of ${rooms.length} rooms ready with ${guests} guests; scoring (${fixture.criterionIds.length} criteria per WISE, ${config.items} WISE(s) each; the other rooms start within ${config.staggerMs / 1000} s of the main one)…`,
  );

  const floorCpuMs = await calibrateFloorCpu(
    server.url,
    () => sampleCpu(serverGroups, DATABASE_NAME).server,
  );
  const scoringStarted = performance.now();
  stopAt = scoringStarted + config.scoringBudgetMs;
  const cpuAtStart = sampleCpu(serverGroups, DATABASE_NAME);
  const stopProbe = startFloorProbe(server.url, metrics);
  const stopSampler = startDatabaseSampler(client, DATABASE_NAME);
  // Each tick also gives the last window's p95 on its own: the run's figure mixes the opening
  // burst on a cold server (new connections, first plans) with the steady pace after it.
  let ackedAtLastTick = 0;
  const ticker = setInterval(() => {
    const ack = summarise(metrics.ackMs);
    const window = summarise(metrics.ackMs.slice(ackedAtLastTick));
    ackedAtLastTick = metrics.ackMs.length;
    log(
      `${elapsed()}: ${ledger.acked.size} changes acknowledged, ${metrics.errorCount} errors, ack p95 ${ack ? Math.round(ack.p95) : "—"} ms so far (${window ? Math.round(window.p95) : "—"} ms in the last ${TICK_MS / 1000} s), load ${load()}`,
    );
    const worst = [...metrics.errors].sort((a, b) => b[1] - a[1]).slice(0, 3);
    if (worst.length > 0)
      log(`    most errors: ${worst.map(([kind, n]) => `${kind} (${n})`).join("; ")}`);
  }, TICK_MS);
  const startOf = (room: Room) =>
    room.fixture.label === MAIN_ROOM_LABEL ? 0 : Math.random() * config.staggerMs;
  const ran = await Promise.allSettled(
    ready.map((room) => sleep(startOf(room)).then(() => room.run())),
  );
  stopProbe();
  const databaseSamples = stopSampler();
  clearInterval(ticker);
  const cpu = cpuBetween(cpuAtStart, sampleCpu(serverGroups, DATABASE_NAME));
  const scoringSeconds = Math.round((performance.now() - scoringStarted) / 1000);
  for (const [index, outcome] of ran.entries()) {
    if (outcome.status === "rejected") {
      log(
        `  ${ready[index].fixture.label} stopped early: ${outcome.reason instanceof Error ? outcome.reason.message : outcome.reason}`,
      );
    }
  }
  // Late events still on their way are part of the measurement; then the streams close.
  await new Promise((resolve) => setTimeout(resolve, 2000));
  for (const room of ready) room.collectUpdateTimes(metrics);
  for (const room of rooms) room.close();

  const count = await countInDatabase(client, ledger);
  const facilitators = ready.reduce((sum, room) => sum + room.fixture.facilitators.length, 0);
  printReport(metrics, count, {
    loadAtStart,
    loadAtEnd: load(),
    referenceMs,
    cores: cpus().length,
    scoringSeconds,
    cpu,
    floorCpuMs,
    database: databaseSamples,
    raters: `${ready.length} sessions, ${guests} guests + ${facilitators} facilitators${scaleOut ? ` through nginx to ${config.instances} instance(s)${config.pooler ? " and PgBouncer" : ""}` : ""}`,
  });
  if (server.errorLines.length > 0) {
    log(`\nThe server logged ${server.errorLines.length} error line(s); the first few:`);
    for (const line of server.errorLines.slice(0, 3)) log(`  ${line.slice(0, 1500)}`);
  }
  clearTimeout(hardStop);
  clearTimeout(wrapUp);
}

runBenchmark({ main, cleanUp, serverTail: () => server?.tail() });

/**
 * `npm run bench:results`: the server time of the results pages' queries on a large data set
 * (30 countries, 3,000 sessions, 30,000+ WISEs evaluated, 1,000,000+ scores) in a throwaway
 * embedded PostgreSQL, as the median of several runs beside the targets of issue 4. Prints
 * figures; asserts nothing (timings belong here, not in tests). `--runs N` changes the runs.
 * `--keep DIR` keeps the cluster in DIR (git-ignored `.data/…` is a good place): the first run
 * generates the data set there, later runs apply pending migrations to it and reuse it, which
 * saves minutes per run and exercises migrations (and their backfills) on a million scores.
 *
 * Runs with `--conditions=react-server` (see package.json) so that `server-only` modules load.
 */
import { ensureBenchGrid, prepareDataSet, startBenchDatabase, withClient } from "./bench/database";
import { figurePrinter, machineNote, minMax } from "./bench/figures";
import { readRunFlags } from "./bench/flags";
import { runBenchmark } from "./bench/run-benchmark";
import { median, timeRuns } from "./bench-live/stats";
import { BENCH, generate } from "./bench-results-data";
import type { Database } from "./db/embedded-postgres";

const { runs: RUNS, keepDir: KEEP_DIR } = readRunFlags(process.argv.slice(2), 7);
const log = (line: string) => console.log(line);
let database: Database | null = null;

const COUNTS_SQL = `SELECT
  (SELECT count(DISTINCT "countryCode") FROM "FocusGroupSession") AS countries,
  (SELECT count(*) FROM "FocusGroupSession") AS sessions,
  (SELECT count(DISTINCT "agendaItemId") FROM "Evaluation") AS "WISEs evaluated",
  (SELECT count(*) FROM "Evaluation") AS evaluations,
  (SELECT count(*) FROM "Score") AS scores`;

async function main() {
  database = await startBenchDatabase({
    database: "wise_focus_bench",
    keepDir: KEEP_DIR,
    announceMigrations: log,
  });
  const url = database.url;
  const gridId = await ensureBenchGrid(url);
  await withClient(url, (client) =>
    prepareDataSet(client, {
      parts: [{ table: "Score", generate: (client, step) => generate(client, gridId, step) }],
      countsSql: COUNTS_SQL,
      keepDir: KEEP_DIR,
      log,
    }),
  );

  // lib/db reads DATABASE_URL on first use: set it before the app's modules load.
  process.env.DATABASE_URL = url;
  const { getSessionResults, getResultsDashboard, getEuropeanView } = await import(
    "../lib/results/queries"
  );
  const { db } = await import("../lib/db");
  const actor = async (id: string) => {
    const user = await db.user.findUniqueOrThrow({ where: { id } });
    return { id: user.id, role: user.role, countryCode: user.countryCode, organisationId: null };
  };
  const admin = {
    id: "bench-admin",
    role: "ADMIN" as const,
    countryCode: null,
    organisationId: null,
  };
  const partner = await actor("bu-1-1");
  const checks = [
    {
      name: `Session results (${BENCH.big.wises} WISEs × ${BENCH.big.raters} raters, full grid)`,
      target: 150,
      run: () => getSessionResults(partner, BENCH.big.id),
    },
    {
      name: `Country dashboard (partner of ${BENCH.partnerCountry})`,
      target: 400,
      run: () => getResultsDashboard(partner, {}),
    },
    { name: "European view (all countries)", target: 800, run: () => getEuropeanView(admin) },
    {
      name: "Admin dashboard, all countries (no target)",
      target: null,
      run: () => getResultsDashboard(admin, {}),
    },
  ];
  log(`\nServer time, median of ${RUNS} runs after a warm-up (${machineNote()}):`);
  const figures = figurePrinter({ nameWidth: 62, figureWidth: 5 }, log);
  for (const check of checks) {
    const times = await timeRuns(check.run, RUNS);
    figures.print({
      name: check.name,
      ms: median(times),
      target: check.target,
      detail: minMax(times),
    });
  }
  await db.$disconnect();
  figures.printEnd();
}

runBenchmark({
  main,
  cleanUp: async () => {
    await database?.stop().catch((error: unknown) => console.error(error));
  },
  stopping: "stopping the database",
});

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
import { cpus, loadavg } from "node:os";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../lib/generated/prisma/client";
import { ensureDefaultGrid } from "../prisma/seed-grid";
import { median, timeRuns } from "./bench-live/stats";
import { BENCH, generate } from "./bench-results-data";
import { applyPendingMigrations } from "./db/apply";
import { startEmbeddedPostgres, startThrowawayPostgres } from "./db/embedded-postgres";

const runsArg = process.argv.indexOf("--runs");
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 7;
const keepArg = process.argv.indexOf("--keep");
const KEEP_DIR = keepArg > 0 ? process.argv[keepArg + 1] : null;
const log = (line: string) => console.log(line);

async function counts(client: pg.Client) {
  const { rows } = await client.query<Record<string, string>>(`SELECT
    (SELECT count(DISTINCT "countryCode") FROM "FocusGroupSession") AS countries,
    (SELECT count(*) FROM "FocusGroupSession") AS sessions,
    (SELECT count(DISTINCT "agendaItemId") FROM "Evaluation") AS "WISEs evaluated",
    (SELECT count(*) FROM "Evaluation") AS evaluations,
    (SELECT count(*) FROM "Score") AS scores`);
  return Object.entries(rows[0]).map(
    ([name, value]) => `${Number(value).toLocaleString("en")} ${name}`,
  );
}

async function main() {
  const database = KEEP_DIR
    ? await startEmbeddedPostgres({
        dataDir: KEEP_DIR,
        persistent: true,
        database: "wise_focus_bench",
      })
    : await startThrowawayPostgres("wise_focus_bench");
  try {
    const migrated = performance.now();
    const applied = await applyPendingMigrations(database.url);
    if (applied.length > 0)
      log(
        `Migrations applied in ${Math.round((performance.now() - migrated) / 1000)} s: ${applied.join(", ")}`,
      );
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) });
    const gridId = await ensureDefaultGrid(prisma);
    await prisma.$disconnect();
    const client = new pg.Client({ connectionString: database.url });
    // Stopping the database ends this connection; that is not an error worth a crash.
    client.on("error", () => {});
    await client.connect();
    const started = performance.now();
    const { rows: existing } = await client.query(`SELECT 1 FROM "Score" LIMIT 1`);
    if (existing.length === 0) await generate(client, gridId, (line) => log(`  ${line}`));
    else log(`Reusing the data set in ${KEEP_DIR}.`);
    log(
      `Data set (${Math.round((performance.now() - started) / 1000)} s): ${(await counts(client)).join(", ")}`,
    );
    await client.end();

    // lib/db reads DATABASE_URL on first use: set it before the app's modules load.
    process.env.DATABASE_URL = database.url;
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
    // Shared machines: a load above the number of cores inflates every figure below.
    const load = () => loadavg()[0].toFixed(1);
    log(
      `\nServer time, median of ${RUNS} runs after a warm-up (${cpus().length} cores, load ${load()}):`,
    );
    let missed = 0;
    for (const check of checks) {
      const times = await timeRuns(check.run, RUNS);
      const figure = median(times);
      const verdict =
        check.target === null ? "" : figure <= check.target ? "  ✓ within target" : "  ✗ MISSED";
      if (check.target !== null && figure > check.target) missed += 1;
      log(
        `  ${check.name.padEnd(62)} ${figure.toFixed(0).padStart(5)} ms  (target ${
          check.target === null ? "—" : `${check.target} ms`
        }; min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)})${verdict}`,
      );
    }
    await db.$disconnect();
    log(`Load average at the end: ${load()}.`);
    if (missed > 0) log(`${missed} target(s) missed.`);
  } finally {
    await database.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);

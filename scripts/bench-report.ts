/**
 * `npm run bench:report`: the European report on the results and skills benchmarks' data sets
 * together (30 countries, 3,000 sessions, a million scores; 13 countries, 1.5 million skills
 * answers) in a throwaway embedded PostgreSQL, beside the targets of issue 12: building the
 * report's data (assembleReport) under 2 s, its PDF (renderReportPdf) under 10 s, and opening a
 * released report's web version under 300 ms of server time. Prints figures; asserts nothing.
 * `--runs N` changes the runs; `--keep DIR` keeps the cluster in DIR and reuses its data sets.
 *
 * The web version's server time is the page's own work: its query (getRelease, the stored
 * snapshot) and React rendering ReportDocument to HTML (renderToString), timed together; the
 * request's overhead (routing, the session cookie) is not in it. Runs without React's server
 * build (scripts/server-only-hook.mjs stands in for `--conditions=react-server`), which rendering
 * to HTML needs.
 */
import { cpus, loadavg } from "node:os";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { PrismaClient } from "../lib/generated/prisma/client";
import { ensureDefaultGrid } from "../prisma/seed-grid";
import { median, timeRuns } from "./bench-live/stats";
import { generate } from "./bench-results-data";
import { generateSkills } from "./bench-skills-data";
import { applyPendingMigrations } from "./db/apply";
import { startEmbeddedPostgres, startThrowawayPostgres } from "./db/embedded-postgres";

const runsArg = process.argv.indexOf("--runs");
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 5;
const keepArg = process.argv.indexOf("--keep");
const KEEP_DIR = keepArg > 0 ? process.argv[keepArg + 1] : null;
const ADMIN_ID = "bench-report-admin";
const log = (line: string) => console.log(line);

async function prepare(url: string) {
  await applyPendingMigrations(url);
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  const gridId = await ensureDefaultGrid(prisma);
  await prisma.$disconnect();
  const client = new pg.Client({ connectionString: url });
  client.on("error", () => {});
  await client.connect();
  const started = performance.now();
  const step = (line: string) => log(`  ${line}`);
  if ((await client.query(`SELECT 1 FROM "Score" LIMIT 1`)).rows.length === 0)
    await generate(client, gridId, step);
  if ((await client.query(`SELECT 1 FROM "SkillAnswer" LIMIT 1`)).rows.length === 0)
    await generateSkills(client, step);
  await client.query(
    `INSERT INTO "User" ("id", "email", "name", "role", "updatedAt")
     VALUES ($1, 'bench-report-admin@bench.example', 'Bench admin', 'ADMIN', now())
     ON CONFLICT DO NOTHING`,
    [ADMIN_ID],
  );
  const { rows } = await client.query<Record<string, string>>(`SELECT
    (SELECT count(*) FROM "Wise") AS "WISEs",
    (SELECT count(*) FROM "FocusGroupSession") AS sessions,
    (SELECT count(*) FROM "Score") AS scores,
    (SELECT count(*) FROM "SkillAnswer") AS "skills answers"`);
  log(
    `Data sets (${Math.round((performance.now() - started) / 1000)} s): ${Object.entries(rows[0])
      .map(([name, value]) => `${Number(value).toLocaleString("en")} ${name}`)
      .join(", ")}`,
  );
  await client.end();
}

const verdict = (figure: number, target: number) =>
  figure <= target ? "  ✓ within target" : "  ✗ MISSED";
const line = (name: string, times: number[], target: number) =>
  `  ${name.padEnd(52)} ${median(times).toFixed(0).padStart(6)} ms  (target ${target} ms; min ${Math.min(
    ...times,
  ).toFixed(0)}, max ${Math.max(...times).toFixed(0)})${verdict(median(times), target)}`;

async function main() {
  const database = KEEP_DIR
    ? await startEmbeddedPostgres({
        dataDir: KEEP_DIR,
        persistent: true,
        database: "wise_focus_bench_report",
      })
    : await startThrowawayPostgres("wise_focus_bench_report");
  try {
    await prepare(database.url);
    // lib/db reads DATABASE_URL on first use: set it before the app's modules load.
    process.env.DATABASE_URL = database.url;
    const { db } = await import("../lib/db");
    const { assembleReport } = await import("../lib/reports/assemble-queries");
    const { releaseReport } = await import("../lib/reports/mutations");
    const { getRelease } = await import("../lib/reports/queries");
    const { renderReportPdf } = await import("../lib/reports/render-pdf");
    const admin = { id: ADMIN_ID, role: "ADMIN" as const, countryCode: null, organisationId: null };
    const report = await db.report.create({
      data: { scope: "EUROPE", title: "WISEs in Europe", locale: "en", createdById: ADMIN_ID },
    });
    const load = () => loadavg()[0].toFixed(1);
    log(`\nMedian of ${RUNS} runs after a warm-up (${cpus().length} cores, load ${load()}):`);

    const assembly = await timeRuns(() => assembleReport(report), RUNS);
    log(line("European report's data (assembleReport)", assembly, 2_000));

    const snapshot = await assembleReport(report);
    const pdf = await timeRuns(() => renderReportPdf(snapshot), Math.min(RUNS, 3));
    log(line("European report's PDF (renderReportPdf)", pdf, 10_000));

    const started = performance.now();
    const released = await releaseReport(admin, { reportId: report.id });
    if (!released.ok) throw new Error(`release refused: ${released.message}`);
    log(
      `  ${"Releasing it (assembly, diff, store; no target)".padEnd(52)} ${(performance.now() - started).toFixed(0).padStart(6)} ms`,
    );
    // The release page's own work: ReportDocument reads the report's words, then draws ReportView
    // (React's HTML renderer outside Next cannot await an async component, so the two steps are
    // taken here as ReportDocument takes them).
    const { ReportView } = await import("../components/reports/report-document");
    const { reportWords } = await import("../lib/reports/render-words");
    const { defaultTimeZone } = await import("../lib/reports/render-images");
    const web = await timeRuns(async () => {
      const found = await getRelease(admin, report.id, 1);
      if (!found) throw new Error("the release is missing");
      const words = await reportWords(found.snapshot, { timeZone: await defaultTimeZone() });
      const release = { reportId: report.id, number: found.number };
      return renderToString(
        createElement(ReportView, { snapshot: found.snapshot, words, release }),
      );
    }, RUNS);
    log(line("Released web version (query + render to HTML)", web, 300));
    await db.$disconnect();
    log(`Load average at the end: ${load()}.`);
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

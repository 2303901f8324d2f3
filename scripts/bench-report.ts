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
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { ensureBenchGrid, prepareDataSet, startBenchDatabase, withClient } from "./bench/database";
import { figurePrinter, loadAverage, machineNote, minMax } from "./bench/figures";
import { readRunFlags } from "./bench/flags";
import { runBenchmark } from "./bench/run-benchmark";
import { median, timeRuns } from "./bench-live/stats";
import { generate } from "./bench-results-data";
import { generateSkills } from "./bench-skills-data";
import type { Database } from "./db/embedded-postgres";

const { runs: RUNS, keepDir: KEEP_DIR } = readRunFlags(process.argv.slice(2), 5);
const ADMIN_ID = "bench-report-admin";
const log = (line: string) => console.log(line);
let database: Database | null = null;

const COUNTS_SQL = `SELECT
  (SELECT count(*) FROM "Wise") AS "WISEs",
  (SELECT count(*) FROM "FocusGroupSession") AS sessions,
  (SELECT count(*) FROM "Score") AS scores,
  (SELECT count(*) FROM "SkillAnswer") AS "skills answers"`;

/** The results and skills benchmarks' data sets, and the admin who builds the report. */
async function prepare(url: string) {
  const gridId = await ensureBenchGrid(url);
  await withClient(url, async (client) => {
    await prepareDataSet(client, {
      parts: [
        { table: "Score", generate: (client, step) => generate(client, gridId, step) },
        { table: "SkillAnswer", generate: generateSkills },
      ],
      countsSql: COUNTS_SQL,
      log,
    });
    await client.query(
      `INSERT INTO "User" ("id", "email", "name", "role", "updatedAt")
       VALUES ($1, 'bench-report-admin@bench.example', 'Bench admin', 'ADMIN', now())
       ON CONFLICT DO NOTHING`,
      [ADMIN_ID],
    );
  });
}

async function main() {
  database = await startBenchDatabase({ database: "wise_focus_bench_report", keepDir: KEEP_DIR });
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
  log(`\nMedian of ${RUNS} runs after a warm-up (${machineNote()}):`);
  const figures = figurePrinter({ nameWidth: 52, figureWidth: 6 }, log);
  const timed = (name: string, times: number[], target: number) =>
    figures.print({ name, ms: median(times), target, detail: minMax(times) });

  const assembly = await timeRuns(() => assembleReport(report), RUNS);
  timed("European report's data (assembleReport)", assembly, 2_000);

  const snapshot = await assembleReport(report);
  const pdf = await timeRuns(() => renderReportPdf(snapshot), Math.min(RUNS, 3));
  timed("European report's PDF (renderReportPdf)", pdf, 10_000);

  const started = performance.now();
  const released = await releaseReport(admin, { reportId: report.id });
  if (!released.ok) throw new Error(`release refused: ${released.message}`);
  figures.print({
    name: "Releasing it (assembly, diff, store; no target)",
    ms: performance.now() - started,
  });
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
    return renderToString(createElement(ReportView, { snapshot: found.snapshot, words, release }));
  }, RUNS);
  timed("Released web version (query + render to HTML)", web, 300);
  await db.$disconnect();
  log(`Load average at the end: ${loadAverage()}.`);
}

runBenchmark({
  main,
  cleanUp: async () => {
    await database?.stop().catch((error: unknown) => console.error(error));
  },
  stopping: "stopping the database",
});

/**
 * How long the report renderers take on a European report as large as the network's
 * (scripts/bench-report/large-snapshot.ts), without a database: the photos come from a reader
 * that serves one JPEG. Prints the median of a few runs beside the target (the PDF under 10 s).
 * Run: npx tsx --import ./scripts/bench-report/allow-server-only.mjs scripts/bench-report-render.ts
 */
import { renderReportDocx } from "@/lib/reports/render-docx";
import { renderReportPdf } from "@/lib/reports/render-pdf";
import { PHOTOS } from "@/tests/fixtures/report-snapshot";
import { median, timeRuns } from "./bench-live/stats";
import { largeEuropeanSnapshot } from "./bench-report/large-snapshot";

const RUNS = 3;
const snapshot = largeEuropeanSnapshot();
const options = {
  timeZone: "Europe/Bucharest",
  readImage: async () => ({ bytes: PHOTOS.jpeg, mediaType: "image/jpeg" }),
};

let pdfSize = 0;
let docxSize = 0;
const pdf = await timeRuns(async () => {
  pdfSize = (await renderReportPdf(snapshot, options)).length;
}, RUNS);
const docx = await timeRuns(async () => {
  docxSize = (await renderReportDocx(snapshot, options)).length;
}, RUNS);

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
console.log(`European report, ${snapshot.chapters.length} chapters (median of ${RUNS} runs)`);
console.log(`  PDF   ${seconds(median(pdf))}  (target < 10 s)  ${(pdfSize / 1024).toFixed(0)} KiB`);
console.log(`  DOCX  ${seconds(median(docx))}  ${(docxSize / 1024).toFixed(0)} KiB`);

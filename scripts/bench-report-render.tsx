/**
 * Part of `npm run bench:report` (scripts/bench-report.ts): renders a stored report snapshot's
 * web version (ReportDocument) to HTML `runs` times after a warm-up and prints the durations in
 * milliseconds as JSON. A process of its own because rendering needs React's client build.
 */
import { readFileSync } from "node:fs";
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { ReportDocument } from "../components/reports/report-document";
import type { ReportSnapshot } from "../lib/reports/snapshot";
import { timeRuns } from "./bench-live/stats";

const [file, runs = "5"] = process.argv.slice(2);
if (!file) throw new Error("usage: bench-report-render <snapshot.json> [runs]");
const snapshot = JSON.parse(readFileSync(file, "utf8")) as ReportSnapshot;
const times = await timeRuns(
  async () => renderToString(createElement(ReportDocument, { snapshot })),
  Number(runs),
);
console.log(JSON.stringify(times));

/**
 * `npm run bench:weight`: the compressed JavaScript each phone page ships (issue 10: target under
 * 120 KB). Builds the app when missing (`--rebuild` builds again), starts it on a throwaway
 * database with the demo data, loads each page in Chromium on a phone-sized screen as the person
 * who uses it, and prints script files and inline scripts (React's server payload, which carries
 * the messages client components get) gzip-compressed, beside the target.
 * A measurement: exits 0 whatever the figures. `--locale xx` loads the pages in another language; `--details` lists each script file.
 */
import { chromium } from "@playwright/test";
import pg from "pg";
import { seedIfEmpty } from "../prisma/seed";
import { startBenchDatabase } from "./bench/database";
import { stringFlag } from "./bench/flags";
import { runBenchmark } from "./bench/run-benchmark";
import { ensureBuild, type Server, startServer } from "./bench-live/server";
import { admitLiveGuest } from "./bench-weight/live-guest";
import { measurePage, type PageWeight } from "./bench-weight/measure-page";
import { printWeights } from "./bench-weight/report";
import { signInInBrowser } from "./bench-weight/sign-in";
import { consentInBrowser, openWorkerSurveyCode } from "./bench-weight/survey-link";
import type { Database } from "./db/embedded-postgres";

const TARGET_KB = 120;
const args = process.argv.slice(2);
const locale = stringFlag(args, "locale") ?? "en";
const distDir = process.env.NEXT_DIST_DIR ?? ".next-bench";
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

let database: Database | null = null;
let server: Server | null = null;
let browser: Awaited<ReturnType<typeof chromium.launch>> | null = null;

async function cleanUp(): Promise<void> {
  await browser?.close().catch(() => {});
  await server?.stop().catch((error: unknown) => console.error(error));
  await database?.stop().catch((error: unknown) => console.error(error));
}

async function publishedSummaryOfParticipant(databaseUrl: string): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows } = await client
    .query<{ id: string }>(
      `SELECT s.id FROM "FocusGroupSession" s
       JOIN "SessionMember" m ON m."sessionId" = s.id
       JOIN "User" u ON u.id = m."userId"
       WHERE s.status = 'PUBLISHED' AND u.email = 'participant@wisefocus.example' LIMIT 1`,
    )
    .finally(() => client.end());
  if (!rows[0]) throw new Error("The demo participant has no published summary");
  return rows[0].id;
}

async function main(): Promise<void> {
  await ensureBuild(distDir, args.includes("--rebuild"));
  database = await startBenchDatabase({ database: "wise_focus_bench_weight", keepDir: null });
  await seedIfEmpty(database.url);
  server = await startServer(database.url, distDir);
  const summaryId = await publishedSummaryOfParticipant(database.url);
  const live = await admitLiveGuest(server.url, database.url);
  const surveyCode = await openWorkerSurveyCode(database.url);

  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  });
  const stranger = await browser.newContext({ ...PHONE, locale });
  const guest = await browser.newContext({ ...PHONE, locale });
  await guest.addCookies(live.cookies.map((cookie) => ({ ...cookie, url: server?.url ?? "" })));
  const participant = await browser.newContext({ ...PHONE, locale });
  await signInInBrowser(
    participant,
    server.url,
    "participant@wisefocus.example",
    "wise-participant-demo",
  );

  const respondent = await browser.newContext({ ...PHONE, locale });
  await consentInBrowser(respondent, server.url, surveyCode);

  const pages: [string, typeof stranger, string][] = [
    ["join", stranger, "/join"],
    ["live phone (scoring)", guest, `/live/${live.sessionId}`],
    ["summary", participant, `/summaries/${summaryId}`],
    ["easy-read summary", participant, `/summaries/${summaryId}?view=easy`],
    ["survey code", stranger, "/survey"],
    ["survey consent", stranger, `/survey/${surveyCode}`],
    ["survey easy-read", respondent, `/survey/${surveyCode}`],
  ];
  const results: [string, PageWeight][] = [];
  for (const [name, context, path] of pages) {
    results.push([name, await measurePage(context, `${server.url}${path}`)]);
  }
  printWeights(results, { targetKb: TARGET_KB, locale, details: args.includes("--details") });
}

runBenchmark({ main, cleanUp, serverTail: () => server?.tail() });

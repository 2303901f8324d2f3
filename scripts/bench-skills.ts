/**
 * `npm run bench:skills`: the server time of the skills gap map and plans on a large data set
 * (13 countries, 1,300 WISEs, 26,000 respondents, about 1.5 million answers) in a throwaway
 * embedded PostgreSQL, as the median of several runs beside the targets of issue 11, and the
 * p95 of answer saves with 200 respondents answering at once. Prints figures; asserts nothing.
 * `--runs N` changes the runs; `--keep DIR` keeps the cluster in DIR and reuses its data set.
 *
 * Runs with `--conditions=react-server` (see package.json) so that `server-only` modules load.
 */
import { randomUUID } from "node:crypto";
import { prepareDataSet, startBenchDatabase, withClient } from "./bench/database";
import { figurePrinter, machineNote, minMax } from "./bench/figures";
import { readRunFlags } from "./bench/flags";
import { runBenchmark } from "./bench/run-benchmark";
import { median, percentile, timeRuns } from "./bench-live/stats";
import { generateSkills, SKILLS_BENCH } from "./bench-skills-data";
import type { Database } from "./db/embedded-postgres";

const { runs: RUNS, keepDir: KEEP_DIR } = readRunFlags(process.argv.slice(2), 7);
const SAVERS = 200;
const SAVES_EACH = 10;
const log = (line: string) => console.log(line);
let database: Database | null = null;

const COUNTS_SQL = `SELECT
  (SELECT count(DISTINCT "countryCode") FROM "Survey") AS countries,
  (SELECT count(*) FROM "SurveyWise") AS "WISEs surveyed",
  (SELECT count(*) FROM "SurveyResponse") AS respondents,
  (SELECT count(*) FROM "SkillAnswer") AS answers`;

async function main() {
  database = await startBenchDatabase({ database: "wise_focus_bench_skills", keepDir: KEEP_DIR });
  await withClient(database.url, (client) =>
    prepareDataSet(client, {
      parts: [{ table: "SkillAnswer", generate: generateSkills }],
      countsSql: COUNTS_SQL,
      keepDir: KEEP_DIR,
      log,
    }),
  );

  process.env.DATABASE_URL = database.url;
  const { getCountryGapMap } = await import("../lib/skills/gaps/queries");
  const { getPlanPage } = await import("../lib/skills/plans/queries");
  const { db } = await import("../lib/db");
  const country = SKILLS_BENCH.partnerCountry;
  const partner = {
    id: `bsu-${country}`,
    role: "PARTNER" as const,
    countryCode: country,
    organisationId: null,
  };
  const admin = {
    id: "bench-admin",
    role: "ADMIN" as const,
    countryCode: null,
    organisationId: null,
  };
  const checks = [
    {
      name: `Country gap map (partner of ${country})`,
      target: 150,
      run: () => getCountryGapMap(partner, {}),
    },
    {
      name: "European gap map (admin, all countries)",
      target: 500,
      run: () => getCountryGapMap(admin, {}),
    },
    {
      name: "A WISE's proposed plan",
      target: 100,
      run: () => getPlanPage(partner, `bss-${country}`, `bsw-${country}-7`),
    },
  ];
  log(`\nServer time, median of ${RUNS} runs after a warm-up (${machineNote()}):`);
  const figures = figurePrinter({ nameWidth: 48, figureWidth: 5 }, log);
  for (const check of checks) {
    const times = await timeRuns(check.run, RUNS);
    figures.print({
      name: check.name,
      ms: median(times),
      target: check.target,
      detail: minMax(times),
    });
  }

  // Answer saves through the save route's own command (saveSurveyChange: zod, the resume
  // token's lookup, the survey's state, the idempotent upsert, the rollup triggers), in this
  // process: the HTTP layer around it is the same thin liveRoute as the live room's. The
  // partner country's survey is opened for it, and 200 respondents get a token of their own.
  const { saveSurveyChange } = await import("../lib/skills/answers/answer-mutations");
  const { RESPONDENT, hashResumeToken } = await import("../lib/skills/answers/resume-token");
  const { formatChangeId } = await import("../lib/skills/answers/change-id");
  await db.$executeRaw`UPDATE "Survey" SET "status" = 'OPEN', "closesAt" = now() + interval '1 day'
      WHERE "id" = ${`bss-${country}`}`;
  const savers = await db.$queryRaw<{ response_id: string; code: string; skill_ids: string[] }[]>`
      SELECT r."id" AS response_id, l."code",
        array_agg(a."skillId" ORDER BY a."skillId") AS skill_ids
      FROM "SurveyResponse" r JOIN "SurveyLink" l ON l."id" = r."linkId"
      JOIN "SkillAnswer" a ON a."responseId" = r."id"
      WHERE r."id" LIKE ${`bssw-bsw-${country}-%`}
      GROUP BY r."id", l."code" ORDER BY r."id" LIMIT ${SAVERS}`;
  for (const saver of savers) {
    await db.$executeRaw`UPDATE "SurveyResponse" SET "resumeTokenHash" = ${hashResumeToken(`bench-token-${saver.response_id}`)}
        WHERE "id" = ${saver.response_id}`;
  }
  // Respondents answer at a person's pace: each starts within the first second, then taps an
  // answer every 0.5-2 s; a save's time includes waiting for a connection of the app's pool.
  const latencies: number[] = [];
  let refused = 0;
  let unapplied = 0;
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  let sequence = Date.now();
  await Promise.all(
    savers.map(async (saver) => {
      await pause(Math.random() * 1000);
      for (let i = 0; i < SAVES_EACH; i++) {
        const skillId = saver.skill_ids[i % saver.skill_ids.length];
        sequence += 1;
        const started = performance.now();
        const result = await saveSurveyChange(RESPONDENT, {
          token: `bench-token-${saver.response_id}`,
          code: saver.code,
          change: {
            kind: "skill",
            changeId: formatChangeId(sequence, randomUUID()),
            responseId: saver.response_id,
            skillId,
            importanceNow: 4,
            importanceFuture: 5,
            mastery: 2,
            notPartOfJob: false,
          },
        });
        latencies.push(performance.now() - started);
        if (result.ok && !result.data.applied) unapplied += 1;
        if (!result.ok) {
          refused += 1;
          if (refused === 1) log(`  first refusal: ${JSON.stringify(result)}`);
        }
        await pause(500 + Math.random() * 1500);
      }
    }),
  );
  if (refused + unapplied > 0) {
    log(
      `  ${refused} saves refused, ${unapplied} not applied: the figure below is not a fair one.`,
    );
  }
  const through = "the save route's command (saveSurveyChange) in process";
  figures.print({
    name: `Answer saves, p95 of ${latencies.length} (${SAVERS} answering)`,
    ms: percentile(
      [...latencies].sort((a, b) => a - b),
      95,
    ),
    target: 50,
    detail: `median ${median(latencies).toFixed(0)}; ${through}`,
  });
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

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
import { cpus, loadavg } from "node:os";
import pg from "pg";
import { median, percentile, timeRuns } from "./bench-live/stats";
import { generateSkills, SKILLS_BENCH } from "./bench-skills-data";
import { applyPendingMigrations } from "./db/apply";
import { startEmbeddedPostgres, startThrowawayPostgres } from "./db/embedded-postgres";

const runsArg = process.argv.indexOf("--runs");
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 7;
const keepArg = process.argv.indexOf("--keep");
const KEEP_DIR = keepArg > 0 ? process.argv[keepArg + 1] : null;
const SAVERS = 200;
const SAVES_EACH = 10;
const log = (line: string) => console.log(line);

async function counts(client: pg.Client) {
  const { rows } = await client.query<Record<string, string>>(`SELECT
    (SELECT count(DISTINCT "countryCode") FROM "Survey") AS countries,
    (SELECT count(*) FROM "SurveyWise") AS "WISEs surveyed",
    (SELECT count(*) FROM "SurveyResponse") AS respondents,
    (SELECT count(*) FROM "SkillAnswer") AS answers`);
  return Object.entries(rows[0]).map(
    ([name, value]) => `${Number(value).toLocaleString("en")} ${name}`,
  );
}

async function main() {
  const database = KEEP_DIR
    ? await startEmbeddedPostgres({
        dataDir: KEEP_DIR,
        persistent: true,
        database: "wise_focus_bench_skills",
      })
    : await startThrowawayPostgres("wise_focus_bench_skills");
  try {
    await applyPendingMigrations(database.url);
    const client = new pg.Client({ connectionString: database.url });
    client.on("error", () => {});
    await client.connect();
    const started = performance.now();
    const { rows: existing } = await client.query(`SELECT 1 FROM "SkillAnswer" LIMIT 1`);
    if (existing.length === 0) await generateSkills(client, (line) => log(`  ${line}`));
    else log(`Reusing the data set in ${KEEP_DIR}.`);
    log(
      `Data set (${Math.round((performance.now() - started) / 1000)} s): ${(await counts(client)).join(", ")}`,
    );
    await client.end();

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
    const load = () => loadavg()[0].toFixed(1);
    log(
      `\nServer time, median of ${RUNS} runs after a warm-up (${cpus().length} cores, load ${load()}):`,
    );
    let missed = 0;
    const line = (name: string, figure: number, target: number, extra: string) => {
      const verdict = figure <= target ? "  ✓ within target" : "  ✗ MISSED";
      if (figure > target) missed += 1;
      log(
        `  ${name.padEnd(48)} ${figure.toFixed(0).padStart(5)} ms  (target ${target} ms; ${extra})${verdict}`,
      );
    };
    for (const check of checks) {
      const times = await timeRuns(check.run, RUNS);
      line(
        check.name,
        median(times),
        check.target,
        `min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)}`,
      );
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
    line(
      `Answer saves, p95 of ${latencies.length} (${SAVERS} answering)`,
      percentile(
        [...latencies].sort((a, b) => a - b),
        95,
      ),
      50,
      `median ${median(latencies).toFixed(0)}; ${through}`,
    );
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

/**
 * The benchmark's data set, generated inside PostgreSQL with generate_series so that a million
 * scores take seconds, not minutes. Levels are drawn around a "true" level per WISE × criterion,
 * so that raters mostly agree (alpha is a real figure, not noise). Reproducible: setseed().
 */
import type pg from "pg";

export const BENCH = {
  countries: 30,
  sessions: 3_000,
  /** 11 WISEs a session, so that WISEs evaluated (drafts are not) pass 30,000. */
  wisesPerSession: 11,
  /** One session of the partner's country, as large as a focus group gets. */
  big: { id: "bench-big-session", wises: 40, raters: 25 },
  partnerCountry: "RO",
} as const;

/** Share of criteria a rater leaves unanswered, and of N/A and don't know among answers. */
const SKIP = 0.08;
const NOT_APPLICABLE = 0.08;
const UNKNOWN = 0.07;

/** `n` countries from the Country table, the partner's first. */
async function countries(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ code: string }>(
    `SELECT "code" FROM "Country" ORDER BY ("code" = $1) DESC, "code" LIMIT $2`,
    [BENCH.partnerCountry, BENCH.countries],
  );
  return rows.map((row) => row.code);
}

/** An answer to criterion `cr` for evaluation `e`, unit `unit` (a text key of WISE × criterion). */
const ANSWER_SQL = `
  CASE WHEN x.r < ${NOT_APPLICABLE} THEN 'NOT_APPLICABLE'::"ScoreAnswer"
       WHEN x.r < ${NOT_APPLICABLE + UNKNOWN} THEN 'UNKNOWN'::"ScoreAnswer"
       ELSE 'LEVEL'::"ScoreAnswer" END`;
const LEVEL_SQL = `
  CASE WHEN x.r < ${NOT_APPLICABLE + UNKNOWN} THEN NULL
       ELSE least(5, greatest(1, (abs(hashtext(x.unit_key)) % 5) + 1
         + CASE WHEN random() < 0.25 THEN (floor(random() * 3) - 1)::int ELSE 0 END)) END`;

export async function generate(client: pg.Client, gridId: string, log: (line: string) => void) {
  const codes = await countries(client);
  const n = codes.length;
  await client.query("SELECT setseed(0.42)");
  const step = async (label: string, sql: string, params: unknown[] = []) => {
    const started = performance.now();
    const result = await client.query(sql, params);
    log(`${label}: ${result.rowCount ?? 0} rows in ${Math.round(performance.now() - started)} ms`);
  };
  // One facilitator, one partner and 60 raters per country; raters are reused across sessions.
  await step(
    "users",
    `INSERT INTO "User" ("id", "email", "name", "role", "countryCode", "updatedAt")
     SELECT 'bu-' || c.i || '-' || k, 'bench-' || c.i || '-' || k || '@bench.example',
       'Bench ' || c.i || '-' || k,
       (CASE k WHEN 0 THEN 'FACILITATOR' WHEN 1 THEN 'PARTNER' ELSE 'PARTICIPANT' END)::"Role",
       c.code, now()
     FROM unnest($1::text[]) WITH ORDINALITY AS c(code, i), generate_series(0, 61) AS k`,
    [codes],
  );
  await step(
    "sessions",
    `INSERT INTO "FocusGroupSession"
       ("id", "title", "startsAt", "countryCode", "gridId", "status", "facilitatorId", "updatedAt")
     SELECT 'bs-' || g, 'Bench session ' || g, timestamp '2024-01-01' + g * interval '5 hours',
       ($1::text[])[(g % $2) + 1], $3,
       (CASE WHEN g % 20 = 0 THEN 'DRAFT' WHEN g % 7 = 0 THEN 'OPEN' WHEN g % 3 = 0 THEN 'PUBLISHED'
        ELSE 'CLOSED' END)::"SessionStatus",
       'bu-' || ((g % $2) + 1) || '-0', now()
     FROM generate_series(1, $4) AS g`,
    [codes, n, gridId, BENCH.sessions - 1],
  );
  await step(
    "big session",
    `INSERT INTO "FocusGroupSession"
       ("id", "title", "startsAt", "countryCode", "gridId", "status", "facilitatorId", "updatedAt")
     VALUES ($1, 'Bench: the largest focus group', now(), $2, $3, 'CLOSED', 'bu-1-0', now())`,
    [BENCH.big.id, BENCH.partnerCountry, gridId],
  );
  const regions = ["North", "South", "East", "West", "Centre", "Capital"];
  await step(
    "WISEs and agenda items",
    `WITH slots AS (
       SELECT s."id" AS session_id, s."countryCode", p AS position, row_number() OVER () AS g
       FROM "FocusGroupSession" s,
         generate_series(1, CASE WHEN s."id" = $1 THEN $2::int ELSE $3::int END) AS p
     ), wises AS (
       INSERT INTO "Wise" ("id", "name", "countryCode", "region", "totalEmployees",
         "supportNeedWorkers", "supportNeedWorkingTimePct", "salesRevenuePct", "updatedAt")
       SELECT 'bw-' || g, 'Bench WISE ' || g, "countryCode", ($4::text[])[(g % 6) + 1],
         10 + (g % 40), (g * 7) % 30, (g % 60)::numeric, (g % 90)::numeric, now()
       FROM slots RETURNING "id"
     )
     INSERT INTO "AgendaItem" ("id", "sessionId", "wiseId", "position")
     SELECT 'ba-' || g, session_id, 'bw-' || g, position FROM slots`,
    [BENCH.big.id, BENCH.big.wises, BENCH.wisesPerSession, regions],
  );
  await step(
    "agreed models",
    `INSERT INTO "Classification" ("agendaItemId", "suggestedModel", "suggestion", "agreedModel", "updatedAt")
     SELECT ai."id", m, '{}'::jsonb, CASE WHEN random() < 0.8 THEN m END, now()
     FROM "AgendaItem" ai,
       LATERAL (SELECT models[1 + abs(hashtext(ai."id")) % cardinality(models)] AS m
                FROM (SELECT enum_range(NULL::"WiseModel") AS models) all_models) pick
     WHERE random() < 0.7`,
  );
  await step(
    "evaluations",
    `INSERT INTO "Evaluation" ("id", "agendaItemId", "raterId", "updatedAt")
     SELECT 'be-' || ai."id" || '-' || k, ai."id",
       'bu-' || (array_position($1::text[], s."countryCode"::text)) || '-'
         || (2 + (abs(hashtext(ai."id")) + k * 7) % 60), now()
     FROM "AgendaItem" ai JOIN "FocusGroupSession" s ON s."id" = ai."sessionId",
       -- Two raters per WISE, a third for one WISE in three: 1.2 million scores in all.
       generate_series(0, CASE WHEN s."id" = $2 THEN $3::int - 1
         ELSE 1 + (abs(hashtext(ai."id")) % 3 = 0)::int END) AS k
     WHERE s."status" <> 'DRAFT'`,
    [codes, BENCH.big.id, BENCH.big.raters],
  );
  await step(
    "scores",
    `INSERT INTO "Score" ("id", "evaluationId", "criterionId", "answer", "level", "updatedAt")
     SELECT 'bsc-' || e."id" || '-' || cr."id", e."id", cr."id", ${ANSWER_SQL}, ${LEVEL_SQL}, now()
     FROM "Evaluation" e
     JOIN "AgendaItem" ai ON ai."id" = e."agendaItemId"
     JOIN "GridCriterion" cr ON cr."categoryId" IN (SELECT "id" FROM "GridCategory" WHERE "gridId" = $1),
       LATERAL (SELECT random() AS r, e."agendaItemId" || cr."id" AS unit_key, random() AS skip) x
     -- The big session answers the full grid; elsewhere raters leave a few criteria out.
     WHERE ai."sessionId" = $3 OR x.skip >= $2::float8`,
    [gridId, SKIP, BENCH.big.id],
  );
  // As autovacuum leaves a database that has been in use: visibility map set, statistics fresh.
  await step("vacuum and analyse", "VACUUM (ANALYZE)");
}

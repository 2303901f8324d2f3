/**
 * The skills benchmark's data set, generated inside PostgreSQL with generate_series (one
 * multi-row INSERT … SELECT per table), so that 1.5 million answers take seconds. Reproducible:
 * setseed(). 13 countries (B-WISE's), 100 WISEs each, 20 respondents per WISE (5 enablers,
 * 6 supporters, 9 workers), 58 skills per group (21 DigComp competences and 37 of the group's own).
 */
import type pg from "pg";

export const SKILLS_BENCH = {
  countries: ["RO", "AT", "BE", "BG", "HR", "FR", "GR", "IT", "LV", "NL", "PL", "SI", "ES"],
  wisesPerCountry: 100,
  respondents: { ENABLER: 5, SUPPORTER: 6, WORKER: 9 },
  ownSkillsPerGroup: 37,
  digitalSkills: 21,
  partnerCountry: "RO",
  frameworkId: "bench-skills-framework",
} as const;

/** Share of answers "not part of my job". */
const NOT_PART_OF_JOB = 0.06;

const OWN_AREAS = {
  ENABLER: ["MANAGEMENT", "NETWORKING"],
  SUPPORTER: ["SUPPORT", "PEDAGOGY"],
  WORKER: ["WORK", "TRANSVERSAL"],
} as const;

const DIGITAL_AREAS = [
  "DIGITAL_INFORMATION",
  "DIGITAL_COMMUNICATION",
  "DIGITAL_CONTENT",
  "DIGITAL_SAFETY",
  "DIGITAL_PROBLEM_SOLVING",
];
/** DigComp 2.2: competences per area (3, 6, 4, 4, 4). */
const DIGCOMP = [3, 6, 4, 4, 4].flatMap((count, area) =>
  Array.from({ length: count }, (_, i) => ({
    code: `DIGCOMP_${area + 1}_${i + 1}`,
    area: DIGITAL_AREAS[area],
  })),
);

export async function generateSkills(client: pg.Client, log: (line: string) => void) {
  const B = SKILLS_BENCH;
  await client.query("SELECT setseed(0.11)");
  const step = async (label: string, sql: string, params: unknown[] = []) => {
    const started = performance.now();
    const result = await client.query(sql, params);
    log(`${label}: ${result.rowCount ?? 0} rows in ${Math.round(performance.now() - started)} ms`);
  };
  await step(
    "partners",
    `INSERT INTO "User" ("id", "email", "name", "role", "countryCode", "updatedAt")
     SELECT 'bsu-' || c, 'bench-skills-' || lower(c) || '@bench.example', 'Partner ' || c,
       'PARTNER'::"Role", c, now() FROM unnest($1::text[]) AS c`,
    [B.countries],
  );
  await step(
    "framework",
    `INSERT INTO "SkillFramework" ("id", "name", "version") VALUES ($1, 'Bench skills', 1)`,
    [B.frameworkId],
  );
  const skills = (["ENABLER", "SUPPORTER", "WORKER"] as const).flatMap((group) => [
    ...DIGCOMP.map((d) => ({ group, code: d.code, area: d.area })),
    ...Array.from({ length: B.ownSkillsPerGroup }, (_, i) => ({
      group,
      code: `${group}_SKILL_${i + 1}`,
      area: OWN_AREAS[group][i % 2],
    })),
  ]);
  await step(
    "skills",
    `INSERT INTO "Skill" ("id", "frameworkId", "code", "group", "area", "position")
     SELECT 'bsk-' || s.grp || '-' || s.code, $1, s.code, s.grp::"StaffGroup", s.area::"SkillArea", s.i
     FROM unnest($2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS s(grp, code, area, i)`,
    [
      B.frameworkId,
      skills.map((s) => s.group),
      skills.map((s) => s.code),
      skills.map((s) => s.area),
    ],
  );
  await step(
    "skill texts",
    `INSERT INTO "SkillText" ("skillId", "locale", "name")
     SELECT "id", 'en', initcap(replace(lower("code"), '_', ' ')) FROM "Skill" WHERE "frameworkId" = $1`,
    [B.frameworkId],
  );
  await step(
    "WISEs",
    `INSERT INTO "Wise" ("id", "name", "countryCode", "totalEmployees", "updatedAt")
     SELECT 'bsw-' || c || '-' || k, 'Skills WISE ' || c || ' ' || k, c,
       (ARRAY[4, 12, 25, 40, 80, 160, 300])[(k % 7) + 1], now()
     FROM unnest($1::text[]) AS c, generate_series(1, $2) AS k`,
    [B.countries, B.wisesPerCountry],
  );
  await step(
    "surveys",
    `INSERT INTO "Survey" ("id", "title", "countryCode", "frameworkId", "opensAt", "closesAt",
       "status", "createdById", "updatedAt")
     SELECT 'bss-' || c, 'Skills survey ' || c, c, $2, now() - interval '30 days', now(),
       'CLOSED'::"SurveyStatus", 'bsu-' || c, now() FROM unnest($1::text[]) AS c`,
    [B.countries, B.frameworkId],
  );
  await step(
    "surveyed WISEs",
    `INSERT INTO "SurveyWise" ("id", "surveyId", "wiseId")
     SELECT 'bssw-' || w."id", 'bss-' || w."countryCode", w."id" FROM "Wise" w WHERE w."id" LIKE 'bsw-%'`,
  );
  await step(
    "links",
    `INSERT INTO "SurveyLink" ("id", "surveyWiseId", "group", "code")
     SELECT sw."id" || '-' || g, sw."id", g::"StaffGroup", upper(substr(md5(sw."id" || g), 1, 10))
     FROM "SurveyWise" sw, unnest(ARRAY['ENABLER', 'SUPPORTER', 'WORKER']) AS g
     WHERE sw."id" LIKE 'bssw-%'`,
  );
  await step(
    "respondents",
    `INSERT INTO "SurveyResponse" ("id", "linkId", "resumeTokenHash", "mode", "locale",
       "consentedAt", "submittedAt", "updatedAt")
     SELECT l."id" || '-' || k, l."id", md5(l."id" || '-' || k),
       (CASE WHEN l."group" = 'WORKER' AND k % 3 = 0 THEN 'EASY_READ'
             WHEN l."group" = 'WORKER' AND k % 3 = 1 THEN 'INTERVIEWER' ELSE 'SELF' END)::"AnswerMode",
       'en', now(), now(), now()
     FROM "SurveyLink" l
     JOIN LATERAL generate_series(1, CASE l."group" WHEN 'ENABLER' THEN $1::int
       WHEN 'SUPPORTER' THEN $2::int ELSE $3::int END) AS k ON TRUE
     WHERE l."id" LIKE 'bssw-%'`,
    [B.respondents.ENABLER, B.respondents.SUPPORTER, B.respondents.WORKER],
  );
  // Importance and mastery drawn around a level per WISE × skill, so that WISEs differ.
  await step(
    "answers",
    `INSERT INTO "SkillAnswer" ("responseId", "skillId", "importanceNow", "importanceFuture",
       "mastery", "notPartOfJob", "updatedAt")
     SELECT r."id", s."id",
       CASE WHEN x.r < ${NOT_PART_OF_JOB} THEN NULL ELSE least(5, greatest(1, 2 + (x.h % 4) + (random() * 2)::int - 1)) END,
       CASE WHEN x.r < ${NOT_PART_OF_JOB} THEN NULL ELSE least(5, greatest(1, 3 + (x.h % 3) + (random() * 2)::int - 1)) END,
       CASE WHEN x.r < ${NOT_PART_OF_JOB} THEN NULL ELSE least(4, greatest(1, 1 + ((x.h / 4) % 4) + (random() * 2)::int - 1)) END,
       x.r < ${NOT_PART_OF_JOB}, now()
     FROM "SurveyResponse" r
     JOIN "SurveyLink" l ON l."id" = r."linkId"
     JOIN "Skill" s ON s."frameworkId" = $1 AND s."group" = l."group"
     CROSS JOIN LATERAL (SELECT random() AS r, abs(hashtext(l."surveyWiseId" || s."code")) AS h) x
     WHERE r."id" LIKE 'bssw-%'`,
    [B.frameworkId],
  );
  await step(
    "training offers",
    `INSERT INTO "TrainingOffer" ("id", "title", "group", "format", "language", "countryCode",
       "provider", "updatedAt")
     SELECT 'bso-' || c || '-' || k, 'Course ' || k, (ARRAY['ENABLER', 'SUPPORTER', 'WORKER'])[(k % 3) + 1]::"StaffGroup",
       'BLENDED'::"TrainingFormat", lower(CASE c WHEN 'AT' THEN 'de' WHEN 'BE' THEN 'fr' WHEN 'HR' THEN 'hr'
         WHEN 'GR' THEN 'el' WHEN 'SI' THEN 'sl' ELSE c END), c, 'Provider ' || c, now()
     FROM unnest($1::text[]) AS c, generate_series(1, 30) AS k`,
    [B.countries],
  );
  await step(
    "offer skills",
    `INSERT INTO "TrainingOfferSkill" ("offerId", "skillCode")
     SELECT o."id", s."code" FROM "TrainingOffer" o
     JOIN "Skill" s ON s."frameworkId" = $1 AND s."group" = o."group"
       AND abs(hashtext(o."id" || s."code")) % 10 = 0
     WHERE o."id" LIKE 'bso-%'`,
    [B.frameworkId],
  );
  await client.query("ANALYZE");
}

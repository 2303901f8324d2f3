import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { SIZE_BAND_LIMITS } from "./rules";
import type { GapFilter, HeatmapRows } from "./schemas";
import type { GapScope } from "./scope";

/**
 * The gap map in SQL (lib/skills/gaps/rules.ts says what each figure means; the formulas here are
 * the same). Answers marked "not part of my job", and answers missing importance or mastery,
 * leave both means: a pair is counted whole or not at all. Mastery 1-4 is rescaled onto the
 * importance scale as 1 + (m − 1) × 4/3.
 *
 * Each query starts from the surveyed WISEs in the reader's scope, cut by the filters, and reads
 * the sums that triggers keep per answer link and skill ("SkillLinkTotal") and per respondent and
 * area ("SkillResponseAreaTotal"), not the million answers themselves (migration
 * skills_gap_rollups). Respondents are counted without DISTINCT: a respondent answers a skill
 * once, and has one row per area.
 */

/** The scope and the WISE-level cuts as conditions on `"Survey" sv`, `"Wise" w`, `sw`. */
function surveyWiseConditions(scope: GapScope, filter: GapFilter): Prisma.Sql {
  const where: Prisma.Sql[] = [];
  if (!scope.everything) {
    if (scope.countryCodes.length === 0) return Prisma.sql`FALSE`;
    where.push(Prisma.sql`sv."countryCode" IN (${Prisma.join(scope.countryCodes)})`);
  }
  if (filter.country) where.push(Prisma.sql`sv."countryCode" = ${filter.country}`);
  if (filter.surveyId) where.push(Prisma.sql`sv."id" = ${filter.surveyId}`);
  if (filter.wiseId) where.push(Prisma.sql`sw."wiseId" = ${filter.wiseId}`);
  return where.length === 0 ? Prisma.sql`TRUE` : Prisma.join(where, " AND ");
}

const SIZE_BAND = Prisma.sql`CASE
    WHEN w."totalEmployees" IS NULL THEN 'UNKNOWN'
    WHEN w."totalEmployees" < ${SIZE_BAND_LIMITS.MICRO} THEN 'MICRO'
    WHEN w."totalEmployees" < ${SIZE_BAND_LIMITS.SMALL} THEN 'SMALL'
    WHEN w."totalEmployees" < ${SIZE_BAND_LIMITS.MEDIUM} THEN 'MEDIUM'
    ELSE 'LARGE' END`;

/**
 * The model the focus group agreed for the WISE: in the survey's own focus group when it decided
 * one, else the latest agreed anywhere. Looked up once per surveyed WISE, not per answer.
 */
const AGREED_MODEL = Prisma.sql`(SELECT c."agreedModel"::text
    FROM "AgendaItem" ai JOIN "Classification" c ON c."agendaItemId" = ai."id"
    WHERE ai."wiseId" = sw."wiseId" AND c."agreedModel" IS NOT NULL
    ORDER BY (ai."sessionId" IS NOT DISTINCT FROM sv."sessionId") DESC, c."decidedAt" DESC NULLS LAST
    LIMIT 1)`;

/** `surveyed` and `wises_in_scope`: the surveyed WISEs in scope, cut by model and size band. */
function wisesInScope(scope: GapScope, filter: GapFilter): Prisma.Sql {
  const wiseCuts: Prisma.Sql[] = [];
  if (filter.model === "NONE") wiseCuts.push(Prisma.sql`model IS NULL`);
  else if (filter.model) wiseCuts.push(Prisma.sql`model = ${filter.model}`);
  if (filter.size) wiseCuts.push(Prisma.sql`size_band = ${filter.size}`);
  return Prisma.sql`
  surveyed AS MATERIALIZED (
    SELECT sw."id" AS survey_wise_id, sw."wiseId" AS wise_id, sv."countryCode"::text AS country,
      ${SIZE_BAND} AS size_band, ${AGREED_MODEL} AS model
    FROM "Survey" sv
    JOIN "SurveyWise" sw ON sw."surveyId" = sv."id"
    JOIN "Wise" w ON w."id" = sw."wiseId"
    WHERE ${surveyWiseConditions(scope, filter)}
  ),
  wises_in_scope AS MATERIALIZED (
    SELECT * FROM surveyed
    ${wiseCuts.length > 0 ? Prisma.sql`WHERE ${Prisma.join(wiseCuts, " AND ")}` : Prisma.empty}
  )`;
}

function groupCut(filter: GapFilter): Prisma.Sql {
  return filter.group ? Prisma.sql`l."group" = ${filter.group}::"StaffGroup"` : Prisma.sql`TRUE`;
}

/** `responses_in_scope`: respondents of the WISEs in scope, cut by group and answering mode. */
function responsesInScope(scope: GapScope, filter: GapFilter): Prisma.Sql {
  const mode = filter.mode ? Prisma.sql`r."mode" = ${filter.mode}::"AnswerMode"` : Prisma.sql`TRUE`;
  return Prisma.sql`${wisesInScope(scope, filter)},
  responses_in_scope AS (
    SELECT r."id" AS response_id, l."group"::text AS grp, ws.wise_id, ws.country,
      coalesce(ws.model, 'NONE') AS model
    FROM wises_in_scope ws
    JOIN "SurveyLink" l ON l."surveyWiseId" = ws.survey_wise_id
    JOIN "SurveyResponse" r ON r."linkId" = l."id"
    WHERE ${groupCut(filter)} AND ${mode}
  )`;
}

/** Every rated answer in scope, one row each: for cuts the rollups cannot serve (answering mode). */
export function answersInScope(scope: GapScope, filter: GapFilter): Prisma.Sql {
  return Prisma.sql`${responsesInScope(scope, filter)},
  answers_in_scope AS (
    SELECT ri.*, an."skillId" AS skill_id,
      an."importanceNow"::float8 AS imp, an."importanceFuture"::float8 AS fut,
      1 + (an."mastery" - 1) * 4.0::float8 / 3 AS mas
    FROM responses_in_scope ri
    JOIN "SkillAnswer" an ON an."responseId" = ri.response_id
    WHERE NOT an."notPartOfJob" AND an."importanceNow" IS NOT NULL AND an."mastery" IS NOT NULL
  )`;
}

/**
 * `per_skill` (grp, skill_id, n, imp, mas, fut, n_fut): sums per group and skill row, mastery
 * summed rescaled (Σ(1 + (m − 1) × 4/3) = n + (Σm − n) × 4/3). From the link rollup kept by
 * triggers (migration skills_gap_rollups) unless the answering mode is cut, which only the
 * answers themselves know.
 */
function skillSums(scope: GapScope, filter: GapFilter): Prisma.Sql {
  if (filter.mode) {
    return Prisma.sql`${answersInScope(scope, filter)},
  per_skill AS (
    SELECT grp, skill_id, count(*) AS n, sum(imp) AS imp, sum(mas) AS mas,
      sum(fut) AS fut, count(fut) AS n_fut
    FROM answers_in_scope GROUP BY grp, skill_id
  )`;
  }
  return Prisma.sql`${wisesInScope(scope, filter)},
  per_skill AS (
    SELECT l."group"::text AS grp, t."skillId" AS skill_id, sum(t."rated")::float8 AS n,
      sum(t."importance")::float8 AS imp,
      sum(t."rated") + (sum(t."mastery") - sum(t."rated")) * 4.0::float8 / 3 AS mas,
      sum(t."future")::float8 AS fut, sum(t."futureRated")::float8 AS n_fut
    FROM wises_in_scope ws
    JOIN "SurveyLink" l ON l."surveyWiseId" = ws.survey_wise_id
    JOIN "SkillLinkTotal" t ON t."linkId" = l."id"
    WHERE t."rated" > 0 AND ${groupCut(filter)}
    GROUP BY l."group", t."skillId"
  )`;
}

/** `link_sums`: per WISE in scope, group and skill row, the link rollup's sums (mastery rescaled). */
export function linkSkillSums(scope: GapScope, filter: GapFilter): Prisma.Sql {
  return Prisma.sql`${wisesInScope(scope, filter)},
  link_sums AS (
    SELECT ws.wise_id, ws.country, l."group"::text AS grp, t."skillId" AS skill_id,
      t."rated"::float8 AS n, t."importance"::float8 AS imp,
      t."rated" + (t."mastery" - t."rated") * 4.0::float8 / 3 AS mas
    FROM wises_in_scope ws
    JOIN "SurveyLink" l ON l."surveyWiseId" = ws.survey_wise_id
    JOIN "SkillLinkTotal" t ON t."linkId" = l."id"
    WHERE t."rated" > 0 AND ${groupCut(filter)}
  )`;
}

/** `area_sums`: per respondent in scope and area, their rated answers' count and discrepancy. */
function areaSums(scope: GapScope, filter: GapFilter): Prisma.Sql {
  return Prisma.sql`${responsesInScope(scope, filter)},
  area_sums AS (
    SELECT ri.*, t."area"::text AS area, t."rated" AS n,
      t."importance" - (t."rated" + (t."mastery" - t."rated") * 4.0::float8 / 3) AS discrepancy
    FROM responses_in_scope ri
    JOIN "SkillResponseAreaTotal" t ON t."responseId" = ri.response_id
    WHERE t."rated" > 0
  )`;
}

export type SkillGapRow = {
  grp: string;
  code: string;
  area: string;
  position: number;
  respondents: number;
  mean_importance: number;
  mean_future: number | null;
  mean_mastery: number;
  gap: number;
  mwds: number;
  rank: number;
};

/**
 * Per group and skill (by code, so that two framework versions line up): respondents, the means,
 * the gap, Borich's MWDS (mean discrepancy × mean importance, which equals the mean of each
 * discrepancy weighted by the mean importance) and its rank within the group, 1 the largest.
 * Sums first per skill row, then per code.
 */
export function skillGapsSql(scope: GapScope, filter: GapFilter): Prisma.Sql {
  return Prisma.sql`WITH ${skillSums(scope, filter)},
  per_code AS (
    SELECT p.grp, s."code" AS code, min(s."area"::text) AS area, min(s."position") AS position,
      sum(p.n)::int AS respondents, sum(p.imp) / sum(p.n) AS mean_importance,
      sum(p.fut) / nullif(sum(p.n_fut), 0) AS mean_future, sum(p.mas) / sum(p.n) AS mean_mastery
    FROM per_skill p JOIN "Skill" s ON s."id" = p.skill_id
    GROUP BY p.grp, s."code"
  )
  SELECT *, mean_importance - mean_mastery AS gap,
    (mean_importance - mean_mastery) * mean_importance AS mwds,
    rank() OVER (PARTITION BY grp ORDER BY (mean_importance - mean_mastery) * mean_importance DESC)::int AS rank
  FROM per_code ORDER BY grp, rank, code`;
}

export type HeatmapCellRow = { row_key: string; area: string; respondents: number; gap: number };

const ROW_KEY: Record<HeatmapRows, Prisma.Sql> = {
  group: Prisma.sql`grp`,
  model: Prisma.sql`model`,
  country: Prisma.sql`country`,
};

/**
 * Heatmap cells: rows by group, agreed model or country; columns skill areas; the cell is the
 * mean discrepancy over every rated answer in it, and its respondents those with at least one.
 */
export function heatmapSql(scope: GapScope, filter: GapFilter, rows: HeatmapRows): Prisma.Sql {
  return Prisma.sql`WITH ${areaSums(scope, filter)}
  SELECT ${ROW_KEY[rows]} AS row_key, area, count(*)::int AS respondents,
    sum(discrepancy) / sum(n) AS gap
  FROM area_sums GROUP BY 1, 2 ORDER BY 1, 2`;
}

export type WiseGapRow = { wise_id: string; respondents: number; gap: number };

/** Per WISE, the mean discrepancy of its staff over the given areas (the digital ones). */
export function wiseAreaGapsSql(scope: GapScope, filter: GapFilter, areas: readonly string[]) {
  return Prisma.sql`WITH ${areaSums(scope, filter)},
  per_respondent AS (
    SELECT response_id, wise_id, sum(discrepancy) AS discrepancy, sum(n) AS n
    FROM area_sums WHERE area IN (${Prisma.join([...areas])})
    GROUP BY response_id, wise_id
  )
  SELECT wise_id, count(*)::int AS respondents, sum(discrepancy) / sum(n) AS gap
  FROM per_respondent GROUP BY wise_id`;
}

export type RespondentCountRow = { grp: string; respondents: number };

/** Respondents with at least one rated answer, per group. */
export function respondentCountsSql(scope: GapScope, filter: GapFilter) {
  return Prisma.sql`WITH ${responsesInScope(scope, filter)}
  SELECT grp, count(*)::int AS respondents FROM responses_in_scope ri
  WHERE EXISTS (SELECT 1 FROM "SkillResponseAreaTotal" t
    WHERE t."responseId" = ri.response_id AND t."rated" > 0)
  GROUP BY grp`;
}

export type AnswerExportRow = {
  respondent: number;
  country: string;
  wise_name: string | null;
  grp: string;
  mode: string;
  code: string;
  importance_now: number | null;
  importance_future: number | null;
  mastery: number | null;
  not_part_of_job: boolean;
};

/**
 * Anonymous answers in the reader's scope, every answer (also "not part of my job"). A row carries
 * its WISE only where that WISE's group (its link) has at least `minimum` respondents, so that
 * a few colleagues cannot be told apart by their answers. Respondents are numbered per file.
 */
export function answersExportSql(scope: GapScope, filter: GapFilter, minimum: number) {
  const cuts: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (filter.mode) cuts.push(Prisma.sql`r."mode" = ${filter.mode}::"AnswerMode"`);
  if (filter.group) cuts.push(Prisma.sql`l."group" = ${filter.group}::"StaffGroup"`);
  const wiseCuts: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (filter.model === "NONE") wiseCuts.push(Prisma.sql`model IS NULL`);
  else if (filter.model) wiseCuts.push(Prisma.sql`model = ${filter.model}`);
  if (filter.size) wiseCuts.push(Prisma.sql`size_band = ${filter.size}`);
  return Prisma.sql`WITH surveyed AS MATERIALIZED (
    SELECT sw."id" AS survey_wise_id, sw."wiseId" AS wise_id, sv."countryCode"::text AS country,
      ${SIZE_BAND} AS size_band, ${AGREED_MODEL} AS model, w."name" AS wise_name
    FROM "Survey" sv JOIN "SurveyWise" sw ON sw."surveyId" = sv."id" JOIN "Wise" w ON w."id" = sw."wiseId"
    WHERE ${surveyWiseConditions(scope, filter)}
  ),
  links AS (
    SELECT l."id" AS link_id, l."group"::text AS grp, s.*,
      (SELECT count(*) FROM "SurveyResponse" x WHERE x."linkId" = l."id") AS link_respondents
    FROM surveyed s JOIN "SurveyLink" l ON l."surveyWiseId" = s.survey_wise_id
    WHERE ${Prisma.join(wiseCuts, " AND ")}
  )
  SELECT dense_rank() OVER (ORDER BY r."id")::int AS respondent, k.country,
    CASE WHEN k.link_respondents >= ${minimum} THEN k.wise_name END AS wise_name,
    k.grp, r."mode"::text AS mode, s."code" AS code,
    an."importanceNow"::int AS importance_now, an."importanceFuture"::int AS importance_future,
    an."mastery"::int AS mastery, an."notPartOfJob" AS not_part_of_job
  FROM links k
  JOIN "SurveyLink" l ON l."id" = k.link_id
  JOIN "SurveyResponse" r ON r."linkId" = k.link_id
  JOIN "SkillAnswer" an ON an."responseId" = r."id"
  JOIN "Skill" s ON s."id" = an."skillId"
  WHERE ${Prisma.join(cuts, " AND ")}
  ORDER BY respondent, k.grp, s."position"`;
}

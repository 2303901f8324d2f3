import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { SIZE_BAND_LIMITS } from "@/lib/skills/gaps/rules";
import { RULES } from "@/lib/wises/country-rules/index";
import {
  THRESHOLD_OUTCOMES,
  THRESHOLD_RULE_IDS,
  type ThresholdOutcome,
  type ThresholdRuleId,
} from "@/lib/wises/threshold-rules";
import { thresholdOutcomeSql } from "@/lib/wises/threshold-sql";

/**
 * The report's figures, aggregated in PostgreSQL: each query returns counts and means, never
 * the rows behind them. `country` null reads every country (the European report).
 *
 * Focus groups count once their scoring has ended: CLOSED (awaiting or under the partner's
 * review) and PUBLISHED. Drafts and open sessions are still moving; a release freezes what the
 * report showed anyway (docs/decisions/0017-reports.md).
 */
export const REPORTED_SESSION_STATUSES = ["CLOSED", "PUBLISHED"] as const;

const countryOf = (column: string, country: string | null) =>
  country ? Prisma.sql`${Prisma.raw(column)} = ${country}` : Prisma.sql`TRUE`;

/** The ids of the focus groups the report counts. */
export function reportSessionsSql(country: string | null) {
  return Prisma.sql`SELECT s."id" FROM "FocusGroupSession" s
    WHERE s."status" IN (${Prisma.join(
      REPORTED_SESSION_STATUSES.map((status) => Prisma.sql`${status}::"SessionStatus"`),
    )}) AND ${countryOf(`s."countryCode"`, country)}`;
}

/** The size bands of the skills gap map (lib/skills/gaps/rules.ts), by total staff. */
const SIZE_BAND = Prisma.sql`CASE
    WHEN w."totalEmployees" IS NULL THEN 'UNKNOWN'
    WHEN w."totalEmployees" < ${SIZE_BAND_LIMITS.MICRO} THEN 'MICRO'
    WHEN w."totalEmployees" < ${SIZE_BAND_LIMITS.SMALL} THEN 'SMALL'
    WHEN w."totalEmployees" < ${SIZE_BAND_LIMITS.MEDIUM} THEN 'MEDIUM'
    ELSE 'LARGE' END`;

export type CountRow = { dim: "model" | "size"; key: string; wises: number };

/**
 * The registry's WISEs of the scope by model and by size band. A WISE's model is the one a
 * reported focus group agreed last; "NONE" when none has.
 */
export function sectorSql(country: string | null, sessionIds: string[]) {
  return Prisma.sql`WITH sector AS MATERIALIZED (
      SELECT ${SIZE_BAND} AS size_band,
        coalesce((SELECT c."agreedModel"::text FROM "AgendaItem" ai
          JOIN "Classification" c ON c."agendaItemId" = ai."id"
          WHERE ai."wiseId" = w."id" AND ai."sessionId" = ANY(${sessionIds}::text[])
            AND c."agreedModel" IS NOT NULL
          ORDER BY c."decidedAt" DESC NULLS LAST LIMIT 1), 'NONE') AS model
      FROM "Wise" w WHERE ${countryOf(`w."countryCode"`, country)}
    )
    SELECT CASE WHEN GROUPING(model) = 0 THEN 'model' ELSE 'size' END AS dim,
      coalesce(model, size_band) AS key, count(*)::int AS wises
    FROM sector GROUP BY GROUPING SETS ((model), (size_band))`;
}

/** The rules that apply in the scope: the country's own and the EU's; every rule for Europe. */
export function rulesOf(country: string | null): ThresholdRuleId[] {
  return THRESHOLD_RULE_IDS.filter(
    (rule) => !country || (RULES[rule].countries as readonly string[]).includes(country),
  );
}

export type ThresholdRow = Record<`${ThresholdRuleId}:${ThresholdOutcome}`, number>;

/** The registry's WISEs of the scope per legal rule and outcome, through the list filters' SQL. */
export function thresholdSql(country: string | null, rules: readonly ThresholdRuleId[]) {
  if (rules.length === 0) return Prisma.sql`SELECT 1 AS none`;
  const columns = rules.flatMap((rule) =>
    THRESHOLD_OUTCOMES.map(
      (outcome) =>
        Prisma.sql`count(*) FILTER (WHERE ${thresholdOutcomeSql(rule, outcome)})::int AS ${Prisma.raw(`"${rule}:${outcome}"`)}`,
    ),
  );
  return Prisma.sql`SELECT ${Prisma.join(columns, ", ")}
    FROM "Wise" w WHERE ${countryOf(`w."countryCode"`, country)}`;
}

export type MeanRow = {
  by: "model" | "country" | "all";
  key: string | null;
  category: string;
  mean: number;
  wises: number;
};

/**
 * Mean level per grid category of the WISEs scored in the sessions, per agreed model ("NONE":
 * not agreed), per country and over all: the mean of each WISE's score (ItemScore, its complete
 * evaluations), so that a WISE heard by many raters weighs as much as one heard by few.
 */
export function categoryMeansSql(sessionIds: string[]) {
  return Prisma.sql`WITH scores AS (
      SELECT s."countryCode"::text AS country, coalesce(c."agreedModel"::text, 'NONE') AS model,
        x."category" AS category, x."mean" AS mean
      FROM "FocusGroupSession" s
      JOIN "AgendaItem" ai ON ai."sessionId" = s."id"
      JOIN "ItemScore" x ON x."agendaItemId" = ai."id"
      LEFT JOIN "Classification" c ON c."agendaItemId" = ai."id"
      WHERE s."id" = ANY(${sessionIds}::text[]) AND x."mean" IS NOT NULL AND x."category" <> ''
    )
    SELECT CASE WHEN GROUPING(model) = 0 THEN 'model' WHEN GROUPING(country) = 0 THEN 'country'
        ELSE 'all' END AS by,
      CASE WHEN GROUPING(model) = 0 THEN model WHEN GROUPING(country) = 0 THEN country END AS key,
      category, avg(mean)::float8 AS mean, count(*)::int AS wises
    FROM scores GROUP BY GROUPING SETS ((model, category), (country, category), (category))`;
}

export type ClassificationRow = {
  by: "model" | "countryModel" | "outcome" | "sessions";
  country: string | null;
  /** The agreed model ("NONE": not agreed), or the suggestion's outcome. */
  key: string;
  count: number;
};

/**
 * WISEs on the agendas by agreed model (over all, and per country) and by what the rules
 * suggested (a model, a tie, not enough information; "UNCLASSIFIED" before any suggestion);
 * and how many sessions, as `sessions` rows keyed by status.
 */
export function classificationSql(sessionIds: string[]) {
  return Prisma.sql`WITH items AS (
      SELECT s."countryCode"::text AS country, coalesce(c."agreedModel"::text, 'NONE') AS model,
        CASE WHEN c."agendaItemId" IS NULL THEN 'UNCLASSIFIED'
          WHEN c."suggestedModel" IS NOT NULL THEN 'suggested'
          WHEN c."suggestion"->>'outcome' = 'tie' THEN 'tie'
          ELSE 'notEnoughInformation' END AS outcome
      FROM "FocusGroupSession" s
      JOIN "AgendaItem" ai ON ai."sessionId" = s."id"
      LEFT JOIN "Classification" c ON c."agendaItemId" = ai."id"
      WHERE s."id" = ANY(${sessionIds}::text[])
    )
    SELECT CASE WHEN GROUPING(country) = 0 THEN 'countryModel'
        WHEN GROUPING(model) = 0 THEN 'model' ELSE 'outcome' END AS by,
      CASE WHEN GROUPING(country) = 0 THEN country END AS country,
      CASE WHEN GROUPING(model) = 0 THEN model ELSE outcome END AS key, count(*)::int AS count
    FROM items GROUP BY GROUPING SETS ((country, model), (model), (outcome))
    UNION ALL
    SELECT 'sessions', NULL, s."status"::text, count(*)::int FROM "FocusGroupSession" s
    WHERE s."id" = ANY(${sessionIds}::text[]) GROUP BY s."status"`;
}

import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { thresholdOutcomeSql } from "@/lib/wises/threshold-sql";
import { ORDINAL_ALPHA } from "./agreement-sql";
import type { ResultsFilter } from "./schemas";
import type { ResultsScope } from "./scope";
import { scopeSql } from "./scope-sql";
import { COMPLETE_RATER_SCORES, GRID_SIZES, RATED, RATER_SCORES } from "./score-sql";

/**
 * The dashboards' grouped queries. Everything starts from `items`: the WISEs on the agenda of
 * sessions in the reader's scope, narrowed by the filters (all applied in SQL, on
 * "FocusGroupSession" s, "AgendaItem" ai, "Wise" w and "Classification" c).
 *
 * Dashboard figures count only complete evaluations (see COMPLETE_RATER_SCORES): a WISE's score
 * is the mean of its complete evaluations, and a median (benchmark, session) is the median of
 * those WISE scores, so that a WISE heard by 25 raters weighs as much as one heard by 2.
 */

export function sessionFilterSql(scope: ResultsScope, filter: ResultsFilter): Prisma.Sql {
  const conditions = [scopeSql(scope)];
  if (filter.country) conditions.push(Prisma.sql`s."countryCode" = ${filter.country}`);
  return Prisma.join(conditions, " AND ");
}

/** Whether a filter narrows the WISEs (and so hides sessions without a matching one). */
export function filtersWises(filter: ResultsFilter): boolean {
  return Boolean(filter.model || filter.region || filter.check);
}

function itemFilterSql(filter: ResultsFilter): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (filter.model === "NONE") conditions.push(Prisma.sql`c."agreedModel" IS NULL`);
  else if (filter.model)
    conditions.push(Prisma.sql`c."agreedModel" = ${filter.model}::"WiseModel"`);
  if (filter.region) conditions.push(Prisma.sql`lower(w."region") = lower(${filter.region})`);
  if (filter.check) conditions.push(thresholdOutcomeSql(filter.check, filter.outcome ?? "pass"));
  return Prisma.join(conditions, " AND ");
}

/**
 * The `items` CTE, then `ev` (their evaluations) and `grid_sizes`. With `limit`, only the first
 * items, newest session first (a page of the WISE list), each with the `total` that matched.
 */
export function itemsSql(scope: ResultsScope, filter: ResultsFilter, limit?: number) {
  const page = limit
    ? Prisma.sql`ORDER BY s."startsAt" DESC, s."id", ai."position" LIMIT ${limit}`
    : Prisma.empty;
  return Prisma.sql`items AS (
      SELECT ai."id" AS agenda_item_id, ai."sessionId" AS session_id, s."countryCode" AS country,
        s."gridId" AS grid_id, c."agreedModel"::text AS model, ${limit ? Prisma.sql`count(*) OVER ()` : Prisma.sql`NULL`}::int AS total
      FROM "FocusGroupSession" s
      JOIN "AgendaItem" ai ON ai."sessionId" = s."id"
      JOIN "Wise" w ON w."id" = ai."wiseId"
      LEFT JOIN "Classification" c ON c."agendaItemId" = ai."id"
      WHERE ${sessionFilterSql(scope, filter)} AND ${itemFilterSql(filter)}
      ${page}
    ),
    ev AS (
      SELECT e."id" AS evaluation_id, e."agendaItemId" AS agenda_item_id, e."raterId" AS rater_id,
        i.grid_id
      FROM items i JOIN "Evaluation" e ON e."agendaItemId" = i.agenda_item_id
    ),
    grid_sizes AS (${GRID_SIZES})`;
}

/** Per-item scores over complete evaluations: `item_scores` (agenda_item_id, category, mean, raters). */
export const ITEM_SCORES = Prisma.sql`
    rater_scores AS (${RATER_SCORES}),
    complete AS (${COMPLETE_RATER_SCORES}),
    item_scores AS (
      SELECT agenda_item_id, category, avg(score)::float8 AS mean, count(score)::int AS raters
      FROM complete GROUP BY agenda_item_id, category
    )`;

export type MedianRow = {
  /** "model", "country" or "session"; `key` is then the model (null: not agreed), country or session id. */
  by: "model" | "country" | "session" | "all";
  key: string | null;
  category: string | null;
  median: number | null;
  wises: number;
  /** Complete evaluations behind those WISE scores. */
  evaluations: number;
};

/** Each grouping's column of `items`; `all` groups by category alone. */
const GROUPINGS = { model: "model", country: "country", session: "session_id", all: null } as const;
type Grouping = keyof typeof GROUPINGS;

/**
 * Medians of WISE scores per category (NULL = overall) for each of `groupings` (per agreed
 * model, country, session, or over everything), in one pass over the scores.
 */
export function mediansSql(scope: ResultsScope, filter: ResultsFilter, groupings: Grouping[]) {
  const keyed = groupings.flatMap((g) => {
    const column = GROUPINGS[g];
    return column ? [{ name: g, column: Prisma.raw(`i.${column}`) }] : [];
  });
  // GROUPING() may only name columns of the grouping sets, hence the arms built per grouping.
  const by = keyed.map((g) => Prisma.sql`WHEN GROUPING(${g.column}) = 0 THEN ${g.name}`);
  const key = keyed.map((g) => Prisma.sql`WHEN GROUPING(${g.column}) = 0 THEN ${g.column}`);
  const sets = groupings.map((g) => {
    const column = GROUPINGS[g];
    return column
      ? Prisma.sql`(${Prisma.raw(`i.${column}`)}, isc.category)`
      : Prisma.sql`(isc.category)`;
  });
  const cases = (arms: Prisma.Sql[], otherwise: Prisma.Sql) =>
    arms.length > 0 ? Prisma.sql`CASE ${Prisma.join(arms, " ")} ELSE ${otherwise} END` : otherwise;
  return Prisma.sql`WITH ${itemsSql(scope, filter)}, ${ITEM_SCORES}
    SELECT ${cases(by, Prisma.sql`'all'`)}::text AS by, ${cases(key, Prisma.sql`NULL`)}::text AS key,
      isc.category,
      (percentile_cont(0.5) WITHIN GROUP (ORDER BY isc.mean))::float8 AS median,
      count(isc.mean)::int AS wises,
      sum(isc.raters)::int AS evaluations
    FROM item_scores isc JOIN items i ON i.agenda_item_id = isc.agenda_item_id
    WHERE isc.mean IS NOT NULL
    GROUP BY GROUPING SETS (${Prisma.join(sets)})`;
}

/**
 * Ordinal alpha per `groupBy` column of `items` (session_id or country): the units are each
 * WISE × criterion, the values the raters' levels.
 */
export function agreementSql(
  scope: ResultsScope,
  filter: ResultsFilter,
  groupBy: "session_id" | "country",
) {
  return Prisma.sql`WITH ${itemsSql(scope, filter)},
    levels AS (
      SELECT i.${Prisma.raw(groupBy)} AS group_key, ev.agenda_item_id AS unit_item,
        s."criterionId" AS unit_criterion, ev.rater_id, s."level"
      FROM ev
      JOIN items i ON i.agenda_item_id = ev.agenda_item_id
      JOIN "Score" s ON s."evaluationId" = ev.evaluation_id
      JOIN "GridCriterion" cr ON cr."id" = s."criterionId"
      JOIN "GridCategory" gc ON gc."id" = cr."categoryId" AND gc."gridId" = ev.grid_id
      WHERE ${RATED}
    ),
    ${ORDINAL_ALPHA}
    SELECT * FROM agreement`;
}

import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { thresholdOutcomeSql } from "@/lib/wises/threshold-sql";
import { alphaSumsSql, ORDINAL_ALPHA } from "./agreement-sql";
import type { ResultsFilter } from "./schemas";
import { criteriaSql } from "./score-sql";

/**
 * The dashboards' grouped queries. Everything starts from `items`: the WISEs on the agenda of
 * the sessions in the reader's scope (their ids, from scopedSessionsSql: a list of ids gives the
 * planner true row counts where a scope's ORs did not), narrowed by the filters in SQL (on
 * "FocusGroupSession" s, "AgendaItem" ai, "Wise" w and "Classification" c).
 *
 * Dashboard figures count only complete evaluations (see ITEM_SCORES): a WISE's score is
 * the mean of its complete evaluations, and a median (benchmark, session) is the median of
 * those WISE scores, so that a WISE heard by 25 raters weighs as much as one heard by 2.
 */

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

type ItemsOptions = {
  /** Only the first items, newest session first (a page of the WISE list), with `total`. */
  limit?: number;
  /** Whether the agreed model is needed as a column (grouping by model). */
  withModel?: boolean;
};

/** The `items` CTE, then `ev` (their evaluations) and `crit` (every grid's criteria). */
export function itemsSql(sessionIds: string[], filter: ResultsFilter, options: ItemsOptions = {}) {
  const { limit, withModel = false } = options;
  // Joins only what the filters and columns need: the European view reads 30,000 agenda items.
  const wise = filter.region || filter.check;
  const model = withModel || filter.model;
  return Prisma.sql`items AS (
      SELECT ai."id" AS agenda_item_id, ai."sessionId" AS session_id, s."countryCode" AS country,
        s."gridId" AS grid_id,
        ${model ? Prisma.sql`c."agreedModel"::text` : Prisma.sql`NULL::text`} AS model,
        ${limit ? Prisma.sql`count(*) OVER ()` : Prisma.sql`NULL`}::int AS total
      FROM "FocusGroupSession" s
      JOIN "AgendaItem" ai ON ai."sessionId" = s."id"
      ${wise ? Prisma.sql`JOIN "Wise" w ON w."id" = ai."wiseId"` : Prisma.empty}
      ${model ? Prisma.sql`LEFT JOIN "Classification" c ON c."agendaItemId" = ai."id"` : Prisma.empty}
      WHERE s."id" = ANY(${sessionIds}::text[]) AND ${itemFilterSql(filter)}
      ${limit ? Prisma.sql`ORDER BY s."startsAt" DESC, s."id", ai."position" LIMIT ${limit}` : Prisma.empty}
    ),
    -- Inlined where used: materialised, its columns would have no statistics, and the planner,
    -- unable to tell evaluation ids apart, would rather hash a million scores than 70,000 ids.
    ev AS NOT MATERIALIZED (
      SELECT e."id" AS evaluation_id, e."agendaItemId" AS agenda_item_id, e."raterId" AS rater_id,
        i.grid_id, i.session_id, i.country
      FROM items i JOIN "Evaluation" e ON e."agendaItemId" = i.agenda_item_id
    ),
    crit AS (${criteriaSql()})`;
}

/**
 * Per-item scores over complete evaluations: `item_scores` (agenda_item_id, category, mean,
 * raters), the overall row with `category` NULL. Read from "ItemScore", which the triggers
 * recompute for each WISE whose scores change (migration results_item_scores, by the rule of
 * COMPLETE_NUMERATOR / COMPLETE_DENOMINATOR in score-sql.ts): one row per WISE and category,
 * with the WISE's session, country and model from `items`.
 */
export const ITEM_SCORES = Prisma.sql`
    item_scores AS (
      SELECT i.session_id, i.country, i.model, i.agenda_item_id,
        NULLIF(x."category", '') AS category, x."mean" AS mean, x."raters" AS raters
      FROM items i JOIN "ItemScore" x ON x."agendaItemId" = i.agenda_item_id
    )`;

export type MedianRow = {
  /** How the row is grouped; `key` is then the model (null: not agreed), country or session id. */
  by: "model" | "country" | "session" | "all";
  key: string | null;
  category: string | null;
  median: number | null;
  wises: number;
  /** Complete evaluations behind those WISE scores. */
  evaluations: number;
};

/** Raters who gave a level, per key of the grouping agreement is computed by. */
export type RatersByKey = { key: string; raters: number };

/** Each grouping's column of `items`; `all` groups by category alone. */
const GROUPINGS = { model: "model", country: "country", session: "session_id", all: null } as const;
type Grouping = keyof typeof GROUPINGS;
export type AgreementGrouping = "country" | "session";

/**
 * One JSON document: `medians`, the medians of WISE scores per category (NULL = overall) for each
 * of `groupings` (per agreed model, country, session, or over everything), and `sessions`, the
 * counts per session (empty unless `withSessions`).
 */
export function mediansSql(
  sessionIds: string[],
  filter: ResultsFilter,
  groupings: Grouping[],
  /** Whether to count WISEs, evaluations and raters per session (the dashboard's list). */
  withSessions = true,
) {
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
      ? Prisma.sql`(${Prisma.raw(`i.${column}`)}, i.category)`
      : Prisma.sql`(i.category)`;
  });
  const cases = (arms: Prisma.Sql[], otherwise: Prisma.Sql) =>
    arms.length > 0 ? Prisma.sql`CASE ${Prisma.join(arms, " ")} ELSE ${otherwise} END` : otherwise;
  return Prisma.sql`WITH ${itemsSql(sessionIds, filter, { withModel: groupings.includes("model") })},
    ${ITEM_SCORES},
    medians AS (
      SELECT ${cases(by, Prisma.sql`'all'`)}::text AS by, ${cases(key, Prisma.sql`NULL`)}::text AS key,
        i.category,
        (percentile_cont(0.5) WITHIN GROUP (ORDER BY i.mean))::float8 AS median,
        count(i.mean)::int AS wises,
        sum(i.raters)::int AS evaluations
      FROM item_scores i
      WHERE i.mean IS NOT NULL
      GROUP BY GROUPING SETS (${Prisma.join(sets)})
    ),
    session_counts AS (
      SELECT i.session_id AS id, count(DISTINCT i.agenda_item_id)::int AS wises,
        count(ev.evaluation_id)::int AS evaluations, count(DISTINCT ev.rater_id)::int AS raters
      FROM items i LEFT JOIN ev ON ev.agenda_item_id = i.agenda_item_id
      GROUP BY i.session_id
    )
    SELECT json_build_object(
      'medians', (SELECT COALESCE(json_agg(medians), '[]'::json) FROM medians),
      'sessions', ${
        withSessions
          ? Prisma.sql`(SELECT COALESCE(json_agg(session_counts), '[]'::json) FROM session_counts)`
          : Prisma.sql`'[]'::json`
      }
    ) AS result`;
}

/** A session's WISEs matching the filters, their evaluations and raters (all, complete or not). */
export type SessionCounts = { id: string; wises: number; evaluations: number; raters: number };

/**
 * Raters who gave a level to a criterion of the session's grid, per session or country, from
 * "LevelRater" (kept by the triggers): the "raters" of the agreement figures. A query of its own
 * so that it runs beside the medians rather than after them.
 */
export function raterCountsSql(
  sessionIds: string[],
  filter: ResultsFilter,
  groupBy: AgreementGrouping,
) {
  return Prisma.sql`WITH ${itemsSql(sessionIds, filter)}
    SELECT i.${Prisma.raw(GROUPINGS[groupBy])}::text AS key,
      count(DISTINCT r."raterId")::int AS raters
    FROM items i JOIN "LevelRater" r ON r."agendaItemId" = i.agenda_item_id
    GROUP BY 1`;
}

/** What mediansSql's JSON document holds. */
export type MediansJson = { medians: MedianRow[]; sessions: SessionCounts[] };

/** The medians with the rater counts of raterCountsSql beside them. */
export type MediansResult = MediansJson & { raters: RatersByKey[] };

/**
 * The sums of ordinal alpha per session or country (see agreement-sql.ts): the units are each
 * WISE × criterion, the values the raters' levels, summed per WISE by triggers.
 */
export function agreementSql(
  sessionIds: string[],
  filter: ResultsFilter,
  groupBy: AgreementGrouping,
) {
  return Prisma.sql`WITH ${itemsSql(sessionIds, filter)},
    ${alphaSumsSql(Prisma.raw(`i.${GROUPINGS[groupBy]}`))},
    ${ORDINAL_ALPHA}
    SELECT * FROM agreement`;
}

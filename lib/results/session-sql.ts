import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { RatersRow, UnitCountRow } from "./rules";
import { criteriaSql, RATER_SCORES, SCORES_OF_EV, unitCountsSql } from "./score-sql";

/**
 * One session's results in one statement: everything the page shows is derived from the two
 * rollups of its scores (per rater and category, per WISE and criterion; see score-sql.ts),
 * returned as one JSON document, in a single round trip.
 */
function sessionCtes(sessionId: string) {
  const gridId = Prisma.sql`(SELECT "gridId" FROM "FocusGroupSession" WHERE "id" = ${sessionId})`;
  return Prisma.sql`items AS (
      SELECT ai."id" AS agenda_item_id, ${gridId} AS grid_id
      FROM "AgendaItem" ai WHERE ai."sessionId" = ${sessionId}
    ),
    ev AS (
      SELECT e."id" AS evaluation_id, i.agenda_item_id, e."raterId" AS rater_id, i.grid_id
      FROM items i JOIN "Evaluation" e ON e."agendaItemId" = i.agenda_item_id
    ),
    crit AS (${criteriaSql(gridId)})`;
}

const LEVEL_SUMS = Prisma.sql`(n1 + n2 + n3 + n4 + n5)::float8 AS m,
  (n1 + 2 * n2 + 3 * n3 + 4 * n4 + 5 * n5)::float8 AS sum1,
  (n1 + 4 * n2 + 9 * n3 + 16 * n4 + 25 * n5)::float8 AS sum2,
  greatest(CASE WHEN n1 > 0 THEN 1 END, CASE WHEN n2 > 0 THEN 2 END, CASE WHEN n3 > 0 THEN 3 END,
    CASE WHEN n4 > 0 THEN 4 END, CASE WHEN n5 > 0 THEN 5 END)
  - least(CASE WHEN n1 > 0 THEN 1 END, CASE WHEN n2 > 0 THEN 2 END, CASE WHEN n3 > 0 THEN 3 END,
    CASE WHEN n4 > 0 THEN 4 END, CASE WHEN n5 > 0 THEN 5 END) AS range`;

/**
 * The JSON has:
 * - `spreads`: per WISE (group_key = agenda item) and category (NULL = overall): mean, median,
 *   sample standard deviation, min and max over raters, with counts;
 * - `units`: per WISE × criterion, raters per level, "not applicable" and "don't know";
 * - `raters`: raters who gave a level, per category and overall (NULL);
 * - `disputes`: the `limit` WISE × criterion pairs whose levels vary most (sample variance,
 *   then range), among those with at least two levels that are not all the same.
 */
export function sessionAggregatesSql(sessionId: string, limit: number) {
  return Prisma.sql`WITH ${sessionCtes(sessionId)},
    ${RATER_SCORES},
    ${unitCountsSql(true)},
    spreads AS (
      SELECT agenda_item_id AS group_key, category,
        avg(score)::float8 AS mean,
        (percentile_cont(0.5) WITHIN GROUP (ORDER BY score))::float8 AS median,
        stddev_samp(score)::float8 AS sd,
        min(score)::float8 AS min, max(score)::float8 AS max,
        count(score)::int AS raters, count(*)::int AS evaluations, sum(answered)::int AS answered
      FROM rater_scores GROUP BY agenda_item_id, category
    ),
    rater_counts AS (
      SELECT rp.category, count(DISTINCT rp.rater_id)::int AS raters
      FROM rater_parts rp
      WHERE rp.rated > 0
      GROUP BY ROLLUP (rp.category)
    ),
    disputes AS (
      SELECT agenda_item_id, criterion_id, m::int AS ratings,
        ((sum2 - sum1 * sum1 / m) / (m - 1))::float8 AS variance, range::int AS range
      FROM (SELECT *, ${LEVEL_SUMS} FROM unit_counts) u
      WHERE m >= 2 AND range > 0
      ORDER BY variance DESC, range DESC, ratings DESC, agenda_item_id, criterion_id
      LIMIT ${limit}
    )
    SELECT json_build_object(
      'spreads', (SELECT COALESCE(json_agg(spreads), '[]'::json) FROM spreads),
      'units', (SELECT COALESCE(json_agg(unit_counts), '[]'::json) FROM unit_counts),
      'raters', (SELECT COALESCE(json_agg(rater_counts), '[]'::json) FROM rater_counts),
      'disputes', (SELECT COALESCE(json_agg(disputes), '[]'::json) FROM disputes)
    ) AS result`;
}

export type SpreadRow = {
  group_key: string;
  category: string | null;
  mean: number | null;
  median: number | null;
  sd: number | null;
  min: number | null;
  max: number | null;
  raters: number;
  evaluations: number;
  answered: number;
};

export type DisagreementRow = {
  agenda_item_id: string;
  criterion_id: string;
  ratings: number;
  variance: number;
  range: number;
};

export type SessionAggregates = {
  spreads: SpreadRow[];
  units: UnitCountRow[];
  raters: RatersRow[];
  disputes: DisagreementRow[];
};

export type CommentRow = { agenda_item_id: string; criterion_id: string; comment: string };

/**
 * Raters' comments without their authors. Sorted by text rather than by time or rater, so that
 * the order does not let a reader string one rater's comments together.
 */
export function commentsSql(sessionId: string) {
  return Prisma.sql`WITH ${sessionCtes(sessionId)}
    SELECT ev.agenda_item_id, s."criterionId" AS criterion_id, btrim(s."comment") AS comment
    ${SCORES_OF_EV}
    WHERE s."comment" IS NOT NULL AND btrim(s."comment") <> ''
    ORDER BY 1, 2, 3`;
}

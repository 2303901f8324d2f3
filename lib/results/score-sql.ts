import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * lib/evaluations/scoring-rules.ts in SQL, so that results over thousands of evaluations are
 * aggregated by PostgreSQL instead of loading every score. The same definitions, word for word:
 * - a score is "rated" when it is a LEVEL of 1-5; only rated scores enter the mean;
 * - it is "answered" when rated, "not applicable" or "don't know" (progress, never a zero);
 * - a category's score is Σ(weight × level) / Σ(weight) over rated criteria of positive weight;
 *   the overall score pools every rated criterion of the grid (not the mean of the categories);
 * - scores on criteria of another grid than the session's are ignored.
 * tests/integration/results-scores.test.ts checks that both give the same numbers.
 *
 * The fragments below expect two CTEs: `ev` (evaluation_id, agenda_item_id, rater_id, grid_id),
 * the evaluations in question, and `crit` (criteriaSql: criterion_id, category, weight,
 * grid_id). The sums come from rollup tables kept by triggers on "Score" (see
 * docs/decisions/0009-results-aggregation.md); tests/integration/results-rollups.test.ts checks
 * that they equal the scores.
 */

/** Criteria with their category's code and their weight; of one grid when `gridId` is given. */
export function criteriaSql(gridId?: Prisma.Sql) {
  // float8 weights: the same binary arithmetic as scoring-rules in JavaScript, and faster than numeric.
  return Prisma.sql`SELECT cr."id" AS criterion_id, gc."code" AS category,
      cr."weight"::float8 AS weight, gc."gridId" AS grid_id
    FROM "GridCriterion" cr JOIN "GridCategory" gc ON gc."id" = cr."categoryId"
    ${gridId ? Prisma.sql`WHERE gc."gridId" = ${gridId}` : Prisma.empty}`;
}

/**
 * The scores of `ev` with their criterion, as `FROM … JOIN …` text, for what only the scores
 * themselves hold (comments). Written in the order to join in: the queries run with
 * join_collapse_limit = 1 (see queries.ts).
 */
export const SCORES_OF_EV = Prisma.sql`
  FROM ev
  JOIN "Score" s ON s."evaluationId" = ev.evaluation_id
  JOIN crit c ON c.criterion_id = s."criterionId"`;

/**
 * `rater_parts`: per evaluation and category (its code, so that sessions on different versions
 * of a grid line up), the sums a weighted mean is made of and the counts. Read from the
 * "EvaluationCategoryTotal" rollup that triggers keep equal to the scores (migration
 * results_rollups): three rows per evaluation instead of every score. Weighted sums are kept in
 * integer thousandths of a weight; as float8 they stay exact, and their ratio is the mean.
 * Only categories of the session's grid count: scores on another grid's criteria are ignored.
 * Each row carries every column of `ev`, so that later steps need not join it again.
 */
export const RATER_PARTS = Prisma.sql`
  rater_parts AS (
    SELECT ev.*, gc."code" AS category,
      t."weightedMilli"::float8 AS weighted, t."weightsMilli"::float8 AS weights,
      t."rated", t."answered"
    FROM ev
    JOIN "EvaluationCategoryTotal" t ON t."evaluationId" = ev.evaluation_id
    JOIN "GridCategory" gc ON gc."id" = t."categoryId"
    WHERE gc."gridId" = ev.grid_id
  )`;

/**
 * RATER_PARTS, then `rater_scores`: per evaluation one row per category and one overall row
 * (`category` NULL) pooling the categories' sums (the overall mean is over all rated criteria).
 */
export const RATER_SCORES = Prisma.sql`
  ${RATER_PARTS},
  rater_scores AS (
    SELECT evaluation_id, agenda_item_id, category, weighted / NULLIF(weights, 0) AS score,
      rated, answered
    FROM rater_parts
    UNION ALL
    SELECT evaluation_id, agenda_item_id, NULL, sum(weighted) / NULLIF(sum(weights), 0),
      sum(rated)::int, sum(answered)::int
    FROM rater_parts GROUP BY evaluation_id, agenda_item_id
  )`;

/**
 * An evaluation counts towards dashboards and benchmarks when at least 75% of its grid's
 * criteria are answered, "not applicable" and "don't know" included: a rater who dealt with
 * three quarters of the grid has formed a view of the WISE; one who stopped after a few
 * criteria has not. Compared in integers (4 × answered ≥ 3 × criteria) so that 75% is exact.
 * Applied inside PostgreSQL, by the function that recomputes "ItemScore" (migration
 * results_item_scores): change both together.
 */
export const COMPLETE_NUMERATOR = 3;
export const COMPLETE_DENOMINATOR = 4;

/**
 * `unit_counts`: per WISE × criterion (a unit of agreement), how many raters gave each level,
 * and with `withMissing` also "not applicable" and "don't know" (the distributions). Read from
 * the "UnitAnswerCount" rollup kept by triggers, for the agenda items of `items` (a CTE with
 * agenda_item_id and grid_id), criteria of their session's grid only. With `groupKey` (an
 * expression on `items` i), each row also carries it as group_key, so that agreement per
 * session or country needs no join after the grouping.
 */
export function unitCountsSql(withMissing: boolean, groupKey?: Prisma.Sql) {
  const key = groupKey ? Prisma.sql`${groupKey}::text` : Prisma.sql`NULL::text`;
  const levels = Prisma.sql`u."level1" + u."level2" + u."level3" + u."level4" + u."level5"`;
  return Prisma.sql`unit_counts AS (
    SELECT ${key} AS group_key, i.agenda_item_id, u."criterionId" AS criterion_id,
      u."level1" AS n1, u."level2" AS n2, u."level3" AS n3, u."level4" AS n4, u."level5" AS n5,
      u."notApplicable" AS not_applicable, u."unknown" AS unknown
    FROM items i
    JOIN "UnitAnswerCount" u ON u."agendaItemId" = i.agenda_item_id
    JOIN crit c ON c.criterion_id = u."criterionId"
    WHERE c.grid_id = i.grid_id AND ${
      withMissing
        ? Prisma.sql`${levels} + u."notApplicable" + u."unknown" > 0`
        : Prisma.sql`${levels} > 0`
    }
  )`;
}

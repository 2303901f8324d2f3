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
 * the evaluations in question, and `crit` (CRITERIA: criterion_id, category, weight, grid_id).
 */

/**
 * Whether a score's criterion belongs to its session's grid. Tested inside each aggregate's
 * FILTER rather than as a join condition: as a join condition between two CTEs its selectivity
 * is a guess (1/200), and the planner, expecting a few thousand rows instead of a million,
 * sorted a million rows on disk instead of hashing them.
 */
const IN_GRID = Prisma.sql`c.grid_id = ev.grid_id`;
const LEVEL = Prisma.sql`(s."answer" = 'LEVEL' AND s."level" BETWEEN 1 AND 5)`;
export const RATED = Prisma.sql`(${IN_GRID} AND ${LEVEL})`;
export const ANSWERED = Prisma.sql`(${IN_GRID} AND (s."answer" <> 'LEVEL' OR s."level" BETWEEN 1 AND 5))`;
const WEIGHED = Prisma.sql`(${RATED} AND c.weight > 0)`;

/** Criteria with their category's code and their weight; of one grid when `gridId` is given. */
export function criteriaSql(gridId?: Prisma.Sql) {
  // float8 weights: the same binary arithmetic as scoring-rules in JavaScript, and faster than numeric.
  return Prisma.sql`SELECT cr."id" AS criterion_id, gc."code" AS category,
      cr."weight"::float8 AS weight, gc."gridId" AS grid_id
    FROM "GridCriterion" cr JOIN "GridCategory" gc ON gc."id" = cr."categoryId"
    ${gridId ? Prisma.sql`WHERE gc."gridId" = ${gridId}` : Prisma.empty}`;
}

/**
 * The scores of `ev` with their criterion, as `FROM … JOIN …` text; aggregates keep only those
 * IN_GRID. Written in the order to join in (evaluations with their scores, then the criteria):
 * the queries run with join_collapse_limit = 1 (see queries.ts), because CTE row estimates are
 * poor and a planner left to itself once paired every evaluation with every criterion first.
 */
export const SCORES_OF_EV = Prisma.sql`
  FROM ev
  JOIN "Score" s ON s."evaluationId" = ev.evaluation_id
  JOIN crit c ON c.criterion_id = s."criterionId"`;

/**
 * `rater_parts`: per evaluation and category (its code, so that sessions on different versions
 * of a grid line up), the sums a weighted mean is made of and the counts. One grouping of the
 * scores, so PostgreSQL reads each score once.
 */
export const RATER_PARTS = Prisma.sql`
  rater_parts AS (
    SELECT ev.evaluation_id, ev.agenda_item_id, c.category,
      sum(c.weight * s."level") FILTER (WHERE ${WEIGHED}) AS weighted,
      sum(c.weight) FILTER (WHERE ${WEIGHED}) AS weights,
      (count(*) FILTER (WHERE ${RATED}))::int AS rated,
      (count(*) FILTER (WHERE ${ANSWERED}))::int AS answered
    ${SCORES_OF_EV}
    GROUP BY ev.evaluation_id, ev.agenda_item_id, c.category
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
 */
export const COMPLETE_NUMERATOR = 3;
export const COMPLETE_DENOMINATOR = 4;

/**
 * RATER_PARTS, then `complete`: per evaluation complete by the rule above, its overall sums
 * (evaluation_id, agenda_item_id, weighted, weights). Needs `ev` to carry grid_id.
 */
export const COMPLETE_EVALUATIONS = Prisma.sql`
  ${RATER_PARTS},
  grid_sizes AS (SELECT grid_id, count(*)::int AS criteria FROM crit GROUP BY grid_id),
  complete AS (
    SELECT t.evaluation_id, t.agenda_item_id, t.weighted, t.weights
    FROM (
      SELECT evaluation_id, agenda_item_id, sum(weighted) AS weighted, sum(weights) AS weights,
        sum(answered) AS answered
      FROM rater_parts GROUP BY evaluation_id, agenda_item_id
    ) t
    JOIN ev ON ev.evaluation_id = t.evaluation_id
    JOIN grid_sizes g ON g.grid_id = ev.grid_id
    WHERE ${COMPLETE_DENOMINATOR}::int * t.answered >= ${COMPLETE_NUMERATOR}::int * g.criteria
  )`;

/**
 * `unit_counts`: per WISE × criterion (a unit of agreement), how many raters gave each level,
 * and with `withMissing` also "not applicable" and "don't know" (the distributions). With
 * `groupKey` (an expression on `ev`), each row also carries it as group_key, so that agreement
 * per session or country needs no join after the grouping.
 */
export function unitCountsSql(withMissing: boolean, groupKey?: Prisma.Sql) {
  const levels = [1, 2, 3, 4, 5].map(
    (level) =>
      Prisma.sql`(count(*) FILTER (WHERE ${RATED} AND s."level" = ${Prisma.raw(String(level))}))::int AS ${Prisma.raw(`n${level}`)}`,
  );
  const key = groupKey ? Prisma.sql`${groupKey}::text` : Prisma.sql`NULL::text`;
  return Prisma.sql`unit_counts AS (
    SELECT ${key} AS group_key, ev.agenda_item_id, s."criterionId" AS criterion_id,
      ${Prisma.join(levels)},
      (count(*) FILTER (WHERE ${IN_GRID} AND s."answer" = 'NOT_APPLICABLE'))::int AS not_applicable,
      (count(*) FILTER (WHERE ${IN_GRID} AND s."answer" = 'UNKNOWN'))::int AS unknown
    ${SCORES_OF_EV}
    WHERE ${withMissing ? Prisma.sql`(s."answer" <> 'LEVEL' OR s."level" BETWEEN 1 AND 5)` : LEVEL}
    GROUP BY ${groupKey ? Prisma.sql`${groupKey}, ` : Prisma.empty}ev.agenda_item_id, s."criterionId"
  )`;
}

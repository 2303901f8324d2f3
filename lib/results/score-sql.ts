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
 */

export const RATED = Prisma.sql`(s."answer" = 'LEVEL' AND s."level" BETWEEN 1 AND 5)`;
export const ANSWERED = Prisma.sql`(s."answer" <> 'LEVEL' OR s."level" BETWEEN 1 AND 5)`;
const WEIGHED = Prisma.sql`(${RATED} AND cr."weight" > 0)`;

/**
 * An evaluation counts towards dashboards and benchmarks when at least 75% of its grid's
 * criteria are answered, "not applicable" and "don't know" included: a rater who dealt with
 * three quarters of the grid has formed a view of the WISE; one who stopped after a few
 * criteria has not. Compared in integers (4 × answered ≥ 3 × criteria) so that 75% is exact.
 */
export const COMPLETE_NUMERATOR = 3;
export const COMPLETE_DENOMINATOR = 4;

/** Criteria per grid, for the completeness rule. */
export const GRID_SIZES = Prisma.sql`
  SELECT gc."gridId" AS grid_id, count(*)::int AS criteria
  FROM "GridCriterion" cr JOIN "GridCategory" gc ON gc."id" = cr."categoryId"
  GROUP BY gc."gridId"`;

/**
 * One row per evaluation and category (`category` = the category's code) and one per
 * evaluation for the overall score (`category` NULL), from `ev`, a CTE with columns
 * evaluation_id, agenda_item_id, grid_id. Codes rather than ids, so that sessions on different
 * versions of a grid still line up by category.
 */
export const RATER_SCORES = Prisma.sql`
  SELECT ev.evaluation_id, ev.agenda_item_id, gc."code" AS category,
    (sum(cr."weight" * s."level") FILTER (WHERE ${WEIGHED})
      / NULLIF(sum(cr."weight") FILTER (WHERE ${WEIGHED}), 0))::float8 AS score,
    (count(*) FILTER (WHERE ${RATED}))::int AS rated,
    (count(*) FILTER (WHERE ${ANSWERED}))::int AS answered
  FROM ev
  JOIN "Score" s ON s."evaluationId" = ev.evaluation_id
  JOIN "GridCriterion" cr ON cr."id" = s."criterionId"
  JOIN "GridCategory" gc ON gc."id" = cr."categoryId" AND gc."gridId" = ev.grid_id
  GROUP BY GROUPING SETS (
    (ev.evaluation_id, ev.agenda_item_id, gc."code"),
    (ev.evaluation_id, ev.agenda_item_id)
  )`;

/**
 * The rows of RATER_SCORES (a CTE named `rater_scores`) whose evaluation is complete by the
 * rule above; needs the CTEs `ev` and `grid_sizes` (GRID_SIZES).
 */
export const COMPLETE_RATER_SCORES = Prisma.sql`
  SELECT rs.* FROM rater_scores rs
  JOIN rater_scores overall
    ON overall.evaluation_id = rs.evaluation_id AND overall.category IS NULL
  JOIN ev ON ev.evaluation_id = rs.evaluation_id
  JOIN grid_sizes g ON g.grid_id = ev.grid_id
  WHERE ${COMPLETE_DENOMINATOR}::int * overall.answered >= ${COMPLETE_NUMERATOR}::int * g.criteria`;

/**
 * Mean, median, spread and counts over raters, one row per `group_key` and category (NULL
 * category = overall), from a CTE `scored` with columns group_key, category, score, answered.
 * The standard deviation is the sample one (n - 1): raters are a sample of possible raters.
 */
export const SPREAD_OVER_RATERS = Prisma.sql`
  SELECT group_key, category,
    avg(score)::float8 AS mean,
    (percentile_cont(0.5) WITHIN GROUP (ORDER BY score))::float8 AS median,
    stddev_samp(score)::float8 AS sd,
    min(score)::float8 AS min,
    max(score)::float8 AS max,
    count(score)::int AS raters,
    count(*)::int AS evaluations,
    sum(answered)::int AS answered
  FROM scored
  GROUP BY group_key, category`;

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

import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { ANSWERED, RATED, RATER_SCORES, SPREAD_OVER_RATERS } from "./score-sql";

/**
 * The grouped queries of one session's results page. Each starts from `ev`, the session's
 * evaluations, and joins scores only to the criteria of the session's own grid.
 */
function sessionEvaluations(sessionId: string) {
  return Prisma.sql`ev AS (
    SELECT e."id" AS evaluation_id, e."agendaItemId" AS agenda_item_id,
      e."raterId" AS rater_id, s."gridId" AS grid_id
    FROM "AgendaItem" ai
    JOIN "FocusGroupSession" s ON s."id" = ai."sessionId"
    JOIN "Evaluation" e ON e."agendaItemId" = ai."id"
    WHERE ai."sessionId" = ${sessionId}
  )`;
}

const SCORES_OF_GRID = Prisma.sql`
  FROM ev
  JOIN "Score" s ON s."evaluationId" = ev.evaluation_id
  JOIN "GridCriterion" cr ON cr."id" = s."criterionId"
  JOIN "GridCategory" gc ON gc."id" = cr."categoryId" AND gc."gridId" = ev.grid_id`;

/** Per WISE (group_key = agenda item) and category: mean, median, spread over raters. */
export function wiseScoresSql(sessionId: string) {
  return Prisma.sql`WITH ${sessionEvaluations(sessionId)},
    rater_scores AS (${RATER_SCORES}),
    scored AS (
      SELECT agenda_item_id AS group_key, category, score, answered FROM rater_scores
    )
    ${SPREAD_OVER_RATERS}`;
}

/** Raters per answer and level, per WISE and criterion: the distributions and alpha's units. */
export function distributionSql(sessionId: string) {
  return Prisma.sql`WITH ${sessionEvaluations(sessionId)}
    SELECT ev.agenda_item_id, s."criterionId" AS criterion_id, s."answer"::text AS answer,
      s."level", count(*)::int AS n
    ${SCORES_OF_GRID}
    WHERE ${ANSWERED}
    GROUP BY ev.agenda_item_id, s."criterionId", s."answer", s."level"`;
}

export type DisagreementRow = {
  agenda_item_id: string;
  criterion_id: string;
  ratings: number;
  variance: number;
  range: number;
};

/**
 * The WISE × criterion pairs whose levels vary most between raters (sample variance, then
 * range), among those with at least two levels that are not all the same.
 */
export function disagreementSql(sessionId: string, limit: number) {
  return Prisma.sql`WITH ${sessionEvaluations(sessionId)}
    SELECT ev.agenda_item_id, s."criterionId" AS criterion_id, count(*)::int AS ratings,
      var_samp(s."level")::float8 AS variance, (max(s."level") - min(s."level"))::int AS range
    ${SCORES_OF_GRID}
    WHERE ${RATED}
    GROUP BY ev.agenda_item_id, s."criterionId"
    HAVING count(*) >= 2 AND max(s."level") > min(s."level")
    ORDER BY variance DESC, range DESC, ratings DESC, ev.agenda_item_id, s."criterionId"
    LIMIT ${limit}`;
}

/** Raters who gave a level in a unit someone else also rated, per category and overall (NULL). */
export function pairableRatersSql(sessionId: string) {
  return Prisma.sql`WITH ${sessionEvaluations(sessionId)},
    lv AS (
      SELECT ev.agenda_item_id, s."criterionId" AS criterion_id, ev.rater_id, gc."code" AS category
      ${SCORES_OF_GRID}
      WHERE ${RATED}
    ),
    pairable AS (
      SELECT agenda_item_id, criterion_id FROM lv
      GROUP BY agenda_item_id, criterion_id HAVING count(*) >= 2
    )
    SELECT lv.category, count(DISTINCT lv.rater_id)::int AS raters
    FROM lv JOIN pairable USING (agenda_item_id, criterion_id)
    GROUP BY ROLLUP (lv.category)`;
}

export type CommentRow = { agenda_item_id: string; criterion_id: string; comment: string };

/**
 * Raters' comments without their authors. Sorted by text rather than by time or rater, so that
 * the order does not let a reader string one rater's comments together.
 */
export function commentsSql(sessionId: string) {
  return Prisma.sql`WITH ${sessionEvaluations(sessionId)}
    SELECT ev.agenda_item_id, s."criterionId" AS criterion_id, btrim(s."comment") AS comment
    ${SCORES_OF_GRID}
    WHERE s."comment" IS NOT NULL AND btrim(s."comment") <> ''
    ORDER BY ev.agenda_item_id, cr."position", comment`;
}

-- CreateTable
CREATE TABLE "LevelRater" (
    "agendaItemId" TEXT NOT NULL,
    "raterId" TEXT NOT NULL,

    CONSTRAINT "LevelRater_pkey" PRIMARY KEY ("agendaItemId","raterId")
);

-- ---------------------------------------------------------------------------------------------
-- Hand-written: "LevelRater" is recomputed with "ItemScore", per WISE, under the same lock.
-- ---------------------------------------------------------------------------------------------

CREATE OR REPLACE FUNCTION "results_rollup_item_scores"(agenda_item_ids text[])
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  -- Row locks (not advisory locks) so that a bulk write of thousands of WISEs does not fill the
  -- shared lock table; NO KEY UPDATE, so that raters adding evaluations are not held up.
  PERFORM 1 FROM "AgendaItem" ai
  WHERE ai."id" IN (SELECT unnest(agenda_item_ids))
  ORDER BY ai."id" FOR NO KEY UPDATE;

  DELETE FROM "ItemScore" x USING (SELECT DISTINCT unnest(agenda_item_ids) AS id) k
  WHERE x."agendaItemId" = k.id;

  INSERT INTO "ItemScore" ("agendaItemId", "category", "mean", "raters")
  WITH ev AS (
    SELECT e."id" AS evaluation_id, e."agendaItemId" AS agenda_item_id, s."gridId" AS grid_id
    FROM (SELECT DISTINCT unnest(agenda_item_ids) AS id) k
    JOIN "AgendaItem" ai ON ai."id" = k.id
    JOIN "FocusGroupSession" s ON s."id" = ai."sessionId"
    JOIN "Evaluation" e ON e."agendaItemId" = ai."id"
  ),
  rater_parts AS (
    SELECT ev.evaluation_id, ev.agenda_item_id, ev.grid_id, gc."code" AS category,
      t."weightedMilli"::float8 AS weighted, t."weightsMilli"::float8 AS weights, t."answered"
    FROM ev
    JOIN "EvaluationCategoryTotal" t ON t."evaluationId" = ev.evaluation_id
    JOIN "GridCategory" gc ON gc."id" = t."categoryId"
    WHERE gc."gridId" = ev.grid_id
  ),
  grid_sizes AS (
    SELECT gc."gridId" AS grid_id, count(*)::int AS criteria
    FROM "GridCriterion" cr JOIN "GridCategory" gc ON gc."id" = cr."categoryId"
    GROUP BY gc."gridId"
  ),
  complete AS (
    SELECT t.evaluation_id, t.agenda_item_id, t.weighted, t.weights
    FROM (
      SELECT evaluation_id, agenda_item_id, grid_id, sum(weighted) AS weighted,
        sum(weights) AS weights, sum(answered) AS answered
      FROM rater_parts GROUP BY evaluation_id, agenda_item_id, grid_id
    ) t
    JOIN grid_sizes g ON g.grid_id = t.grid_id
    WHERE 4 * t.answered >= 3 * g.criteria
  )
  SELECT rp.agenda_item_id, rp.category, avg(rp.weighted / NULLIF(rp.weights, 0)),
    count(rp.weighted / NULLIF(rp.weights, 0))
  FROM rater_parts rp JOIN complete c ON c.evaluation_id = rp.evaluation_id
  GROUP BY rp.agenda_item_id, rp.category
  UNION ALL
  SELECT agenda_item_id, '', avg(weighted / NULLIF(weights, 0)), count(weighted / NULLIF(weights, 0))
  FROM complete GROUP BY agenda_item_id;

  DELETE FROM "LevelRater" x USING (SELECT DISTINCT unnest(agenda_item_ids) AS id) k
  WHERE x."agendaItemId" = k.id;

  INSERT INTO "LevelRater" ("agendaItemId", "raterId")
  SELECT e."agendaItemId", e."raterId"
  FROM (SELECT DISTINCT unnest(agenda_item_ids) AS id) k
  JOIN "AgendaItem" ai ON ai."id" = k.id
  JOIN "FocusGroupSession" s ON s."id" = ai."sessionId"
  JOIN "Evaluation" e ON e."agendaItemId" = ai."id"
  WHERE EXISTS (
    SELECT 1 FROM "EvaluationCategoryTotal" t JOIN "GridCategory" gc ON gc."id" = t."categoryId"
    WHERE t."evaluationId" = e."id" AND t."rated" > 0 AND gc."gridId" = s."gridId"
  );
END;
$$;

CREATE OR REPLACE FUNCTION "results_rollup_scores_truncated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "EvaluationCategoryTotal";
  DELETE FROM "UnitAnswerCount";
  DELETE FROM "AgreementSum";
  DELETE FROM "ItemScore";
  DELETE FROM "LevelRater";
  RETURN NULL;
END;
$$;

-- Backfill: every WISE with evaluations (its scores again too: cheaper than a second pass).
SELECT "results_rollup_item_scores"(ARRAY(SELECT DISTINCT "agendaItemId" FROM "Evaluation"));
ANALYZE "LevelRater";

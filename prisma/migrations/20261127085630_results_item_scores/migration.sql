-- CreateTable
CREATE TABLE "ItemScore" (
    "agendaItemId" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "mean" DOUBLE PRECISION,
    "raters" INTEGER NOT NULL,

    CONSTRAINT "ItemScore_pkey" PRIMARY KEY ("agendaItemId","category")
);

-- ---------------------------------------------------------------------------------------------
-- Hand-written: "ItemScore", recomputed for each WISE whose sums change. A WISE's score is the
-- mean over its complete evaluations of each rater's score (a mean of ratios: it cannot be kept
-- by adding), so it is recomputed from that WISE's "EvaluationCategoryTotal" rows: a few dozen
-- rows, under a lock on the agenda item, so that two raters scoring the same WISE at once
-- recompute one after the other and the second sees the first's committed sums.
-- The rule is lib/results/score-sql.ts's, word for word: an evaluation is complete when
-- 4 × answered ≥ 3 × the criteria of its session's grid; only categories of that grid count.
-- ---------------------------------------------------------------------------------------------

CREATE FUNCTION "results_rollup_item_scores"(agenda_item_ids text[])
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
END;
$$;

-- results_rollup_apply and results_rollup_recompute, as before, then the WISEs' scores.
CREATE FUNCTION "results_rollup_apply_with_items"(
  signs integer[], evaluation_ids text[], criterion_ids text[], answers "ScoreAnswer"[],
  score_levels integer[]
) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "results_rollup_apply"(signs, evaluation_ids, criterion_ids, answers, score_levels);
  PERFORM "results_rollup_item_scores"(ARRAY(
    SELECT DISTINCT e."agendaItemId" FROM unnest(evaluation_ids) AS x(id)
    JOIN "Evaluation" e ON e."id" = x.id));
END;
$$;

CREATE OR REPLACE FUNCTION "results_rollup_score_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "results_rollup_apply_with_items"(array_agg(1), array_agg(n."evaluationId"),
      array_agg(n."criterionId"), array_agg(n."answer"), array_agg(n."level"))
    FROM new_scores n HAVING count(*) > 0;
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM "results_rollup_apply_with_items"(array_agg(-1), array_agg(o."evaluationId"),
      array_agg(o."criterionId"), array_agg(o."answer"), array_agg(o."level"))
    FROM old_scores o HAVING count(*) > 0;
  ELSE
    PERFORM "results_rollup_apply_with_items"(array_agg(c.sign), array_agg(c."evaluationId"),
      array_agg(c."criterionId"), array_agg(c."answer"), array_agg(c."level"))
    FROM (
      SELECT -1 AS sign, o."evaluationId", o."criterionId", o."answer", o."level"
      FROM old_scores o
      WHERE NOT EXISTS (SELECT 1 FROM new_scores n WHERE n."id" = o."id"
        AND (n."evaluationId", n."criterionId", n."answer", n."level")
          IS NOT DISTINCT FROM (o."evaluationId", o."criterionId", o."answer", o."level"))
      UNION ALL
      SELECT 1, n."evaluationId", n."criterionId", n."answer", n."level"
      FROM new_scores n
      WHERE NOT EXISTS (SELECT 1 FROM old_scores o WHERE o."id" = n."id"
        AND (n."evaluationId", n."criterionId", n."answer", n."level")
          IS NOT DISTINCT FROM (o."evaluationId", o."criterionId", o."answer", o."level"))
    ) c
    HAVING count(*) > 0;
  END IF;
  RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION "results_rollup_evaluation_deleting"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM "Evaluation" WHERE "id" = OLD."id" FOR UPDATE;
  PERFORM "results_rollup_apply_with_items"(array_agg(-1), array_agg(s."evaluationId"),
    array_agg(s."criterionId"), array_agg(s."answer"), array_agg(s."level"))
  FROM (SELECT * FROM "Score" WHERE "evaluationId" = OLD."id" FOR UPDATE) s
  HAVING count(*) > 0;
  RETURN OLD;
END;
$$;

CREATE OR REPLACE FUNCTION "results_rollup_evaluation_moved"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "results_rollup_recompute"(ARRAY[]::text[], ARRAY[OLD."agendaItemId", NEW."agendaItemId"]);
  PERFORM "results_rollup_recompute_agreement"(ARRAY[OLD."agendaItemId", NEW."agendaItemId"]);
  PERFORM "results_rollup_item_scores"(ARRAY[OLD."agendaItemId", NEW."agendaItemId"]);
  RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION "results_rollup_criterion_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "results_rollup_recompute"(
    ARRAY(SELECT DISTINCT s."evaluationId" FROM "Score" s WHERE s."criterionId" = NEW."id"),
    ARRAY[]::text[]);
  PERFORM "results_rollup_recompute_agreement"(
    ARRAY(SELECT u."agendaItemId" FROM "UnitAnswerCount" u WHERE u."criterionId" = NEW."id"));
  PERFORM "results_rollup_item_scores"(
    ARRAY(SELECT u."agendaItemId" FROM "UnitAnswerCount" u WHERE u."criterionId" = NEW."id"));
  RETURN NULL;
END;
$$;

-- A grid that gains or loses criteria changes what "complete" means for every session on it
-- (the app makes a new version instead once a grid has scores; this keeps the scores right).
CREATE FUNCTION "results_rollup_grid_resized"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "results_rollup_item_scores"(ARRAY(
      SELECT DISTINCT u."agendaItemId"
      FROM (SELECT DISTINCT "categoryId" FROM new_criteria) k
      JOIN "GridCategory" gc ON gc."id" = k."categoryId"
      JOIN "FocusGroupSession" s ON s."gridId" = gc."gridId"
      JOIN "AgendaItem" ai ON ai."sessionId" = s."id"
      JOIN "ItemScore" u ON u."agendaItemId" = ai."id"));
  ELSE
    PERFORM "results_rollup_item_scores"(ARRAY(
      SELECT DISTINCT u."agendaItemId"
      FROM (SELECT DISTINCT "categoryId" FROM old_criteria) k
      JOIN "GridCategory" gc ON gc."id" = k."categoryId"
      JOIN "FocusGroupSession" s ON s."gridId" = gc."gridId"
      JOIN "AgendaItem" ai ON ai."sessionId" = s."id"
      JOIN "ItemScore" u ON u."agendaItemId" = ai."id"));
  END IF;
  RETURN NULL;
END;
$$;
CREATE TRIGGER "GridCriterion_results_rollup_insert" AFTER INSERT ON "GridCriterion"
  REFERENCING NEW TABLE AS new_criteria
  FOR EACH STATEMENT EXECUTE FUNCTION "results_rollup_grid_resized"();
CREATE TRIGGER "GridCriterion_results_rollup_delete" AFTER DELETE ON "GridCriterion"
  REFERENCING OLD TABLE AS old_criteria
  FOR EACH STATEMENT EXECUTE FUNCTION "results_rollup_grid_resized"();

-- A session put on another grid: its WISEs' scores count that grid's categories now.
CREATE FUNCTION "results_rollup_session_regridded"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "results_rollup_item_scores"(ARRAY(
    SELECT ai."id" FROM "AgendaItem" ai WHERE ai."sessionId" = NEW."id"));
  RETURN NULL;
END;
$$;
CREATE TRIGGER "FocusGroupSession_results_rollup_grid" AFTER UPDATE OF "gridId" ON "FocusGroupSession"
  FOR EACH ROW WHEN (OLD."gridId" IS DISTINCT FROM NEW."gridId")
  EXECUTE FUNCTION "results_rollup_session_regridded"();

CREATE OR REPLACE FUNCTION "results_rollup_scores_truncated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "EvaluationCategoryTotal";
  DELETE FROM "UnitAnswerCount";
  DELETE FROM "AgreementSum";
  DELETE FROM "ItemScore";
  RETURN NULL;
END;
$$;

-- Backfill: every WISE with evaluations.
SELECT "results_rollup_item_scores"(ARRAY(SELECT DISTINCT "agendaItemId" FROM "Evaluation"));
ANALYZE "ItemScore";

-- CreateTable
CREATE TABLE "EvaluationCategoryTotal" (
    "evaluationId" TEXT NOT NULL,
    "categoryId" TEXT NOT NULL,
    "scores" INTEGER NOT NULL,
    "answered" INTEGER NOT NULL,
    "rated" INTEGER NOT NULL,
    "weightedMilli" BIGINT NOT NULL,
    "weightsMilli" BIGINT NOT NULL,

    CONSTRAINT "EvaluationCategoryTotal_pkey" PRIMARY KEY ("evaluationId","categoryId")
);

-- CreateTable
CREATE TABLE "UnitAnswerCount" (
    "agendaItemId" TEXT NOT NULL,
    "criterionId" TEXT NOT NULL,
    "scores" INTEGER NOT NULL,
    "level1" INTEGER NOT NULL,
    "level2" INTEGER NOT NULL,
    "level3" INTEGER NOT NULL,
    "level4" INTEGER NOT NULL,
    "level5" INTEGER NOT NULL,
    "notApplicable" INTEGER NOT NULL,
    "unknown" INTEGER NOT NULL,

    CONSTRAINT "UnitAnswerCount_pkey" PRIMARY KEY ("agendaItemId","criterionId")
);

-- ---------------------------------------------------------------------------------------------
-- Hand-written: the triggers that keep both rollups equal to the scores, on every write path
-- (scoring page, live scoring, bundle import, bulk inserts), then the backfill.
-- Both are sums, kept by adding each changed score's contribution (+1 for the new row, -1 for
-- the old one): an ON CONFLICT upsert adds atomically to the latest committed row, so
-- concurrent writers never lose each other's changes. Weights go in as integer thousandths:
-- sums of integers kept by adding and subtracting never drift.
-- ---------------------------------------------------------------------------------------------

-- Adds the contributions of score rows (sign +1) or takes them away (sign -1). The rows come as
-- parallel arrays because a trigger's transition tables are visible only inside the trigger
-- function itself. Scores whose evaluation no longer exists are skipped: they are being deleted
-- with it, and "results_rollup_evaluation_deleting" has already taken them out. Rows are upserted
-- in key order, so that two transactions writing several scores lock rollup rows in the same
-- order and cannot deadlock.
CREATE FUNCTION "results_rollup_apply"(
  signs integer[], evaluation_ids text[], criterion_ids text[], answers "ScoreAnswer"[],
  levels integer[]
) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "EvaluationCategoryTotal" AS t
    ("evaluationId", "categoryId", "scores", "answered", "rated", "weightedMilli", "weightsMilli")
  SELECT c.evaluation_id, cr."categoryId",
    sum(c.sign),
    sum(CASE WHEN c.answer <> 'LEVEL' OR c.level BETWEEN 1 AND 5 THEN c.sign ELSE 0 END),
    sum(CASE WHEN c.answer = 'LEVEL' AND c.level BETWEEN 1 AND 5 THEN c.sign ELSE 0 END),
    sum(CASE WHEN c.answer = 'LEVEL' AND c.level BETWEEN 1 AND 5 AND cr."weight" > 0
      THEN c.sign * (cr."weight" * 1000)::bigint * c.level ELSE 0 END),
    sum(CASE WHEN c.answer = 'LEVEL' AND c.level BETWEEN 1 AND 5 AND cr."weight" > 0
      THEN c.sign * (cr."weight" * 1000)::bigint ELSE 0 END)
  FROM unnest(signs, evaluation_ids, criterion_ids, answers, levels)
    AS c(sign, evaluation_id, criterion_id, answer, level)
  JOIN "GridCriterion" cr ON cr."id" = c.criterion_id
  WHERE EXISTS (SELECT 1 FROM "Evaluation" e WHERE e."id" = c.evaluation_id)
  GROUP BY c.evaluation_id, cr."categoryId"
  ORDER BY c.evaluation_id, cr."categoryId"
  ON CONFLICT ("evaluationId", "categoryId") DO UPDATE SET
    "scores" = t."scores" + excluded."scores",
    "answered" = t."answered" + excluded."answered",
    "rated" = t."rated" + excluded."rated",
    "weightedMilli" = t."weightedMilli" + excluded."weightedMilli",
    "weightsMilli" = t."weightsMilli" + excluded."weightsMilli";

  INSERT INTO "UnitAnswerCount" AS t
    ("agendaItemId", "criterionId", "scores", "level1", "level2", "level3", "level4", "level5",
     "notApplicable", "unknown")
  SELECT e."agendaItemId", c.criterion_id,
    sum(c.sign),
    sum(CASE WHEN c.answer = 'LEVEL' AND c.level = 1 THEN c.sign ELSE 0 END),
    sum(CASE WHEN c.answer = 'LEVEL' AND c.level = 2 THEN c.sign ELSE 0 END),
    sum(CASE WHEN c.answer = 'LEVEL' AND c.level = 3 THEN c.sign ELSE 0 END),
    sum(CASE WHEN c.answer = 'LEVEL' AND c.level = 4 THEN c.sign ELSE 0 END),
    sum(CASE WHEN c.answer = 'LEVEL' AND c.level = 5 THEN c.sign ELSE 0 END),
    sum(CASE WHEN c.answer = 'NOT_APPLICABLE' THEN c.sign ELSE 0 END),
    sum(CASE WHEN c.answer = 'UNKNOWN' THEN c.sign ELSE 0 END)
  FROM unnest(signs, evaluation_ids, criterion_ids, answers, levels)
    AS c(sign, evaluation_id, criterion_id, answer, level)
  JOIN "Evaluation" e ON e."id" = c.evaluation_id
  GROUP BY e."agendaItemId", c.criterion_id
  ORDER BY e."agendaItemId", c.criterion_id
  ON CONFLICT ("agendaItemId", "criterionId") DO UPDATE SET
    "scores" = t."scores" + excluded."scores",
    "level1" = t."level1" + excluded."level1",
    "level2" = t."level2" + excluded."level2",
    "level3" = t."level3" + excluded."level3",
    "level4" = t."level4" + excluded."level4",
    "level5" = t."level5" + excluded."level5",
    "notApplicable" = t."notApplicable" + excluded."notApplicable",
    "unknown" = t."unknown" + excluded."unknown";

  -- Only removals can empty a row; a row without scores is deleted rather than kept at zero.
  IF -1 = ANY (signs) THEN
    DELETE FROM "EvaluationCategoryTotal"
    WHERE "evaluationId" = ANY (evaluation_ids) AND "scores" = 0;
    DELETE FROM "UnitAnswerCount"
    WHERE "agendaItemId" IN (SELECT "agendaItemId" FROM "Evaluation" WHERE "id" = ANY (evaluation_ids))
      AND "criterionId" = ANY (criterion_ids) AND "scores" = 0;
  END IF;
END;
$$;

-- One function for the three statement triggers on "Score" (a trigger with transition tables
-- may have only one event). An update that leaves evaluation, criterion, answer and level as
-- they were (a comment, a measured value, the version) changes no sum and costs nothing.
CREATE FUNCTION "results_rollup_score_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "results_rollup_apply"(array_agg(1), array_agg(n."evaluationId"),
      array_agg(n."criterionId"), array_agg(n."answer"), array_agg(n."level"))
    FROM new_scores n HAVING count(*) > 0;
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM "results_rollup_apply"(array_agg(-1), array_agg(o."evaluationId"),
      array_agg(o."criterionId"), array_agg(o."answer"), array_agg(o."level"))
    FROM old_scores o HAVING count(*) > 0;
  ELSE
    PERFORM "results_rollup_apply"(array_agg(c.sign), array_agg(c."evaluationId"),
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

CREATE TRIGGER "Score_results_rollup_insert" AFTER INSERT ON "Score"
  REFERENCING NEW TABLE AS new_scores
  FOR EACH STATEMENT EXECUTE FUNCTION "results_rollup_score_changed"();
CREATE TRIGGER "Score_results_rollup_update" AFTER UPDATE ON "Score"
  REFERENCING OLD TABLE AS old_scores NEW TABLE AS new_scores
  FOR EACH STATEMENT EXECUTE FUNCTION "results_rollup_score_changed"();
CREATE TRIGGER "Score_results_rollup_delete" AFTER DELETE ON "Score"
  REFERENCING OLD TABLE AS old_scores
  FOR EACH STATEMENT EXECUTE FUNCTION "results_rollup_score_changed"();

-- TRUNCATE fires no row or transition triggers: the rollups are emptied with the scores.
CREATE FUNCTION "results_rollup_scores_truncated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "EvaluationCategoryTotal";
  DELETE FROM "UnitAnswerCount";
  RETURN NULL;
END;
$$;
CREATE TRIGGER "Score_results_rollup_truncate" AFTER TRUNCATE ON "Score"
  FOR EACH STATEMENT EXECUTE FUNCTION "results_rollup_scores_truncated"();

-- Deleting an evaluation (itself, or with its agenda item or session) deletes its scores by
-- cascade, but by the time their trigger runs the evaluation is gone and with it the agenda
-- item their unit counts belong to. So its scores are taken out here, before it goes. The
-- evaluation's row is locked first (new scores for it wait, or fail on the missing evaluation),
-- then its scores (a change in flight finishes first and is read as committed), so that what
-- is taken out is exactly what the cascade deletes.
CREATE FUNCTION "results_rollup_evaluation_deleting"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM "Evaluation" WHERE "id" = OLD."id" FOR UPDATE;
  PERFORM "results_rollup_apply"(array_agg(-1), array_agg(s."evaluationId"),
    array_agg(s."criterionId"), array_agg(s."answer"), array_agg(s."level"))
  FROM (SELECT * FROM "Score" WHERE "evaluationId" = OLD."id" FOR UPDATE) s
  HAVING count(*) > 0;
  RETURN OLD;
END;
$$;
CREATE TRIGGER "Evaluation_results_rollup_delete" BEFORE DELETE ON "Evaluation"
  FOR EACH ROW EXECUTE FUNCTION "results_rollup_evaluation_deleting"();

-- From scratch, for the rare changes that alter what existing scores contribute: an evaluation
-- moved to another agenda item, a criterion's weight or category changed (the app makes a new
-- grid version instead once a grid has scores; this keeps the sums right if someone does not).
CREATE FUNCTION "results_rollup_recompute"(evaluation_ids text[], agenda_item_ids text[])
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "EvaluationCategoryTotal" WHERE "evaluationId" = ANY (evaluation_ids);
  INSERT INTO "EvaluationCategoryTotal"
    ("evaluationId", "categoryId", "scores", "answered", "rated", "weightedMilli", "weightsMilli")
  SELECT s."evaluationId", cr."categoryId", count(*),
    count(*) FILTER (WHERE s."answer" <> 'LEVEL' OR s."level" BETWEEN 1 AND 5),
    count(*) FILTER (WHERE s."answer" = 'LEVEL' AND s."level" BETWEEN 1 AND 5),
    COALESCE(sum((cr."weight" * 1000)::bigint * s."level") FILTER (
      WHERE s."answer" = 'LEVEL' AND s."level" BETWEEN 1 AND 5 AND cr."weight" > 0), 0),
    COALESCE(sum((cr."weight" * 1000)::bigint) FILTER (
      WHERE s."answer" = 'LEVEL' AND s."level" BETWEEN 1 AND 5 AND cr."weight" > 0), 0)
  FROM "Score" s JOIN "GridCriterion" cr ON cr."id" = s."criterionId"
  WHERE s."evaluationId" = ANY (evaluation_ids)
  GROUP BY s."evaluationId", cr."categoryId";

  DELETE FROM "UnitAnswerCount" WHERE "agendaItemId" = ANY (agenda_item_ids);
  INSERT INTO "UnitAnswerCount"
    ("agendaItemId", "criterionId", "scores", "level1", "level2", "level3", "level4", "level5",
     "notApplicable", "unknown")
  SELECT e."agendaItemId", s."criterionId", count(*),
    count(*) FILTER (WHERE s."answer" = 'LEVEL' AND s."level" = 1),
    count(*) FILTER (WHERE s."answer" = 'LEVEL' AND s."level" = 2),
    count(*) FILTER (WHERE s."answer" = 'LEVEL' AND s."level" = 3),
    count(*) FILTER (WHERE s."answer" = 'LEVEL' AND s."level" = 4),
    count(*) FILTER (WHERE s."answer" = 'LEVEL' AND s."level" = 5),
    count(*) FILTER (WHERE s."answer" = 'NOT_APPLICABLE'),
    count(*) FILTER (WHERE s."answer" = 'UNKNOWN')
  FROM "Evaluation" e JOIN "Score" s ON s."evaluationId" = e."id"
  WHERE e."agendaItemId" = ANY (agenda_item_ids)
  GROUP BY e."agendaItemId", s."criterionId";
END;
$$;

CREATE FUNCTION "results_rollup_evaluation_moved"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "results_rollup_recompute"(ARRAY[]::text[], ARRAY[OLD."agendaItemId", NEW."agendaItemId"]);
  RETURN NULL;
END;
$$;
CREATE TRIGGER "Evaluation_results_rollup_move" AFTER UPDATE OF "agendaItemId" ON "Evaluation"
  FOR EACH ROW WHEN (OLD."agendaItemId" IS DISTINCT FROM NEW."agendaItemId")
  EXECUTE FUNCTION "results_rollup_evaluation_moved"();

CREATE FUNCTION "results_rollup_criterion_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "results_rollup_recompute"(
    ARRAY(SELECT DISTINCT s."evaluationId" FROM "Score" s WHERE s."criterionId" = NEW."id"),
    ARRAY[]::text[]);
  RETURN NULL;
END;
$$;
CREATE TRIGGER "GridCriterion_results_rollup_change" AFTER UPDATE OF "weight", "categoryId"
  ON "GridCriterion"
  FOR EACH ROW WHEN (OLD."weight" IS DISTINCT FROM NEW."weight"
    OR OLD."categoryId" IS DISTINCT FROM NEW."categoryId")
  EXECUTE FUNCTION "results_rollup_criterion_changed"();

-- Backfill: every existing score, from scratch (the same sums the triggers keep), in two
-- grouped passes rather than through the recompute function's id lists.
INSERT INTO "EvaluationCategoryTotal"
  ("evaluationId", "categoryId", "scores", "answered", "rated", "weightedMilli", "weightsMilli")
SELECT s."evaluationId", cr."categoryId", count(*),
  count(*) FILTER (WHERE s."answer" <> 'LEVEL' OR s."level" BETWEEN 1 AND 5),
  count(*) FILTER (WHERE s."answer" = 'LEVEL' AND s."level" BETWEEN 1 AND 5),
  COALESCE(sum((cr."weight" * 1000)::bigint * s."level") FILTER (
    WHERE s."answer" = 'LEVEL' AND s."level" BETWEEN 1 AND 5 AND cr."weight" > 0), 0),
  COALESCE(sum((cr."weight" * 1000)::bigint) FILTER (
    WHERE s."answer" = 'LEVEL' AND s."level" BETWEEN 1 AND 5 AND cr."weight" > 0), 0)
FROM "Score" s JOIN "GridCriterion" cr ON cr."id" = s."criterionId"
GROUP BY s."evaluationId", cr."categoryId";

INSERT INTO "UnitAnswerCount"
  ("agendaItemId", "criterionId", "scores", "level1", "level2", "level3", "level4", "level5",
   "notApplicable", "unknown")
SELECT e."agendaItemId", s."criterionId", count(*),
  count(*) FILTER (WHERE s."answer" = 'LEVEL' AND s."level" = 1),
  count(*) FILTER (WHERE s."answer" = 'LEVEL' AND s."level" = 2),
  count(*) FILTER (WHERE s."answer" = 'LEVEL' AND s."level" = 3),
  count(*) FILTER (WHERE s."answer" = 'LEVEL' AND s."level" = 4),
  count(*) FILTER (WHERE s."answer" = 'LEVEL' AND s."level" = 5),
  count(*) FILTER (WHERE s."answer" = 'NOT_APPLICABLE'),
  count(*) FILTER (WHERE s."answer" = 'UNKNOWN')
FROM "Evaluation" e JOIN "Score" s ON s."evaluationId" = e."id"
GROUP BY e."agendaItemId", s."criterionId";

ANALYZE "EvaluationCategoryTotal";
ANALYZE "UnitAnswerCount";

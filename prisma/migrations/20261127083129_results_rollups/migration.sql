-- Results rollups (docs/decisions/0009): summary tables that triggers keep equal to the scores,
-- on every write path (scoring page, live scoring, bundle import, bulk inserts, cascaded
-- deletes), so that the dashboards read a few rows per WISE instead of every score.
--
-- In reading order: the five tables; a score write (the triggers on "Score", then the functions
-- they call: results_rollup_apply for the sums, results_rollup_item_scores for each WISE's
-- scores); the recomputations for the rare changes that alter what existing scores contribute;
-- the backfill of scores that existed before this migration.
--
-- This file was rewritten to its final definitions before any installation outside development
-- had applied it (it had grown in six steps that created, replaced and renamed these functions).
-- The text it replaced is kept in tests/fixtures/migrations-before-rewrite/, and
-- tests/integration/migration-rewrite.test.ts proves that both build the same database.

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

-- CreateTable
CREATE TABLE "AgreementSum" (
    "agendaItemId" TEXT NOT NULL,
    "gridId" TEXT NOT NULL,
    "levels" INTEGER NOT NULL,
    "units" INTEGER NOT NULL,
    "total1" INTEGER NOT NULL,
    "total2" INTEGER NOT NULL,
    "total3" INTEGER NOT NULL,
    "total4" INTEGER NOT NULL,
    "total5" INTEGER NOT NULL,
    "pair12" INTEGER NOT NULL,
    "pair13" INTEGER NOT NULL,
    "pair14" INTEGER NOT NULL,
    "pair15" INTEGER NOT NULL,
    "pair23" INTEGER NOT NULL,
    "pair24" INTEGER NOT NULL,
    "pair25" INTEGER NOT NULL,
    "pair34" INTEGER NOT NULL,
    "pair35" INTEGER NOT NULL,
    "pair45" INTEGER NOT NULL,

    CONSTRAINT "AgreementSum_pkey" PRIMARY KEY ("agendaItemId","gridId","levels")
);

-- CreateTable
CREATE TABLE "ItemScore" (
    "agendaItemId" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "mean" DOUBLE PRECISION,
    "raters" INTEGER NOT NULL,

    CONSTRAINT "ItemScore_pkey" PRIMARY KEY ("agendaItemId","category")
);

-- CreateTable
CREATE TABLE "LevelRater" (
    "agendaItemId" TEXT NOT NULL,
    "raterId" TEXT NOT NULL,

    CONSTRAINT "LevelRater_pkey" PRIMARY KEY ("agendaItemId","raterId")
);

-- ---------------------------------------------------------------------------------------------
-- Hand-written from here on.
--
-- "EvaluationCategoryTotal", "UnitAnswerCount" and "AgreementSum" are sums, kept by adding each
-- changed score's contribution (+1 for the new row, -1 for the old one): an ON CONFLICT upsert
-- adds atomically to the latest committed row, so concurrent writers never lose each other's
-- changes. Weights go in as integer thousandths: sums of integers kept by adding and
-- subtracting never drift. "AgreementSum" is kept from the changes to "UnitAnswerCount": the
-- unit upsert returns each unit's counts after the change, the counts before are those minus
-- the change, and the unit's products move from the row of its old m to the row of its new m.
--
-- "ItemScore" and "LevelRater" are recomputed for each WISE whose sums change (why: see
-- results_rollup_item_scores below).
-- ---------------------------------------------------------------------------------------------

-- ============================================================================================
-- A score write
-- ============================================================================================

-- One function for the three statement triggers on "Score" (a trigger with transition tables
-- may have only one event). An update that leaves evaluation, criterion, answer and level as
-- they were (a comment, a measured value, the version) changes no sum and costs nothing.
CREATE FUNCTION "results_rollup_score_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
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
  DELETE FROM "AgreementSum";
  DELETE FROM "ItemScore";
  DELETE FROM "LevelRater";
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
  PERFORM "results_rollup_apply_with_items"(array_agg(-1), array_agg(s."evaluationId"),
    array_agg(s."criterionId"), array_agg(s."answer"), array_agg(s."level"))
  FROM (SELECT * FROM "Score" WHERE "evaluationId" = OLD."id" FOR UPDATE) s
  HAVING count(*) > 0;
  RETURN OLD;
END;
$$;
CREATE TRIGGER "Evaluation_results_rollup_delete" BEFORE DELETE ON "Evaluation"
  FOR EACH ROW EXECUTE FUNCTION "results_rollup_evaluation_deleting"();

-- The sums (results_rollup_apply), then the scores of the WISEs the changed scores belong to.
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

-- ---------------------------------------------------------------------------------------------
-- Each of the two functions that do the work comes in two plans, picked by the size of its
-- lists. The rollup functions run on every score write. Left to choose, PostgreSQL kept
-- planning their statements afresh on each call (a custom plan for each array of ids), which
-- cost more than running them (measured: about 10 ms of planning against 2 ms of work for one
-- WISE on a busy machine). Their generic plans (index lookups from the ids) suit the one-score
-- writes of the scoring page and live scoring, so the *_small functions keep them
-- (force_generic_plan). But generic plans estimate every list of ids at 10 rows: ruinous for a
-- bulk write (the benchmark's million scores ran for minutes in nested loops over hundreds of
-- thousands of rows before it was stopped). So the *_bulk functions, the same bodies, are
-- planned for the actual lists on each call (force_custom_plan), which a bulk write can afford.
-- ---------------------------------------------------------------------------------------------

-- Adds the contributions of score rows (sign +1) or takes them away (sign -1). The rows come as
-- parallel arrays because a trigger's transition tables are visible only inside the trigger
-- function itself. Scores whose evaluation no longer exists are skipped: they are being deleted
-- with it, and "results_rollup_evaluation_deleting" has already taken them out. Rows are upserted
-- in key order, so that two transactions writing several scores lock rollup rows in the same
-- order and cannot deadlock.
CREATE FUNCTION "results_rollup_apply"(
  signs integer[], evaluation_ids text[], criterion_ids text[], answers "ScoreAnswer"[],
  score_levels integer[]
) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF cardinality(signs) > 64 THEN
    PERFORM "results_rollup_apply_bulk"(signs, evaluation_ids, criterion_ids, answers, score_levels);
  ELSE
    PERFORM "results_rollup_apply_small"(signs, evaluation_ids, criterion_ids, answers, score_levels);
  END IF;
END;
$$;

CREATE FUNCTION "results_rollup_apply_small"(
  signs integer[], evaluation_ids text[], criterion_ids text[], answers "ScoreAnswer"[],
  score_levels integer[]
) RETURNS void LANGUAGE plpgsql SET plan_cache_mode = force_generic_plan AS $$
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
  FROM unnest(signs, evaluation_ids, criterion_ids, answers, score_levels)
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

  WITH delta AS (
    SELECT e."agendaItemId" AS agenda_item_id, c.criterion_id,
      sum(c.sign) AS scores,
      sum(CASE WHEN c.answer = 'LEVEL' AND c.level = 1 THEN c.sign ELSE 0 END) AS l1,
      sum(CASE WHEN c.answer = 'LEVEL' AND c.level = 2 THEN c.sign ELSE 0 END) AS l2,
      sum(CASE WHEN c.answer = 'LEVEL' AND c.level = 3 THEN c.sign ELSE 0 END) AS l3,
      sum(CASE WHEN c.answer = 'LEVEL' AND c.level = 4 THEN c.sign ELSE 0 END) AS l4,
      sum(CASE WHEN c.answer = 'LEVEL' AND c.level = 5 THEN c.sign ELSE 0 END) AS l5,
      sum(CASE WHEN c.answer = 'NOT_APPLICABLE' THEN c.sign ELSE 0 END) AS not_applicable,
      sum(CASE WHEN c.answer = 'UNKNOWN' THEN c.sign ELSE 0 END) AS unknown
    FROM unnest(signs, evaluation_ids, criterion_ids, answers, score_levels)
      AS c(sign, evaluation_id, criterion_id, answer, level)
    JOIN "Evaluation" e ON e."id" = c.evaluation_id
    GROUP BY e."agendaItemId", c.criterion_id
  ),
  kept AS (
    INSERT INTO "UnitAnswerCount" AS t
      ("agendaItemId", "criterionId", "scores", "level1", "level2", "level3", "level4", "level5",
       "notApplicable", "unknown")
    SELECT * FROM delta ORDER BY agenda_item_id, criterion_id
    ON CONFLICT ("agendaItemId", "criterionId") DO UPDATE SET
      "scores" = t."scores" + excluded."scores",
      "level1" = t."level1" + excluded."level1",
      "level2" = t."level2" + excluded."level2",
      "level3" = t."level3" + excluded."level3",
      "level4" = t."level4" + excluded."level4",
      "level5" = t."level5" + excluded."level5",
      "notApplicable" = t."notApplicable" + excluded."notApplicable",
      "unknown" = t."unknown" + excluded."unknown"
    RETURNING t.*
  ),
  -- Each changed unit's level counts after (+1) and before (-1) this statement.
  st AS (
    SELECT 1 AS sign, k."agendaItemId", k."criterionId", k."level1" AS n1, k."level2" AS n2, k."level3" AS n3, k."level4" AS n4, k."level5" AS n5 FROM kept k
    UNION ALL
    SELECT -1, k."agendaItemId", k."criterionId", k."level1" - d.l1, k."level2" - d.l2, k."level3" - d.l3, k."level4" - d.l4, k."level5" - d.l5
    FROM kept k
    JOIN delta d ON d.agenda_item_id = k."agendaItemId" AND d.criterion_id = k."criterionId"
  )
  INSERT INTO "AgreementSum" AS a
    ("agendaItemId", "gridId", "levels", "units", "total1", "total2", "total3", "total4", "total5",
     "pair12", "pair13", "pair14", "pair15", "pair23", "pair24", "pair25", "pair34", "pair35", "pair45")
  SELECT st."agendaItemId", gc."gridId", st.n1 + st.n2 + st.n3 + st.n4 + st.n5, sum(st.sign),
    sum(st.sign * st.n1),
    sum(st.sign * st.n2),
    sum(st.sign * st.n3),
    sum(st.sign * st.n4),
    sum(st.sign * st.n5),
    sum(st.sign * st.n1 * st.n2),
    sum(st.sign * st.n1 * st.n3),
    sum(st.sign * st.n1 * st.n4),
    sum(st.sign * st.n1 * st.n5),
    sum(st.sign * st.n2 * st.n3),
    sum(st.sign * st.n2 * st.n4),
    sum(st.sign * st.n2 * st.n5),
    sum(st.sign * st.n3 * st.n4),
    sum(st.sign * st.n3 * st.n5),
    sum(st.sign * st.n4 * st.n5)
  FROM st
  JOIN "GridCriterion" cr ON cr."id" = st."criterionId"
  JOIN "GridCategory" gc ON gc."id" = cr."categoryId"
  WHERE st.n1 + st.n2 + st.n3 + st.n4 + st.n5 >= 2
  GROUP BY st."agendaItemId", gc."gridId", st.n1 + st.n2 + st.n3 + st.n4 + st.n5
  HAVING sum(st.sign) <> 0 OR sum(st.sign * st.n1) <> 0 OR sum(st.sign * st.n2) <> 0 OR sum(st.sign * st.n3) <> 0 OR sum(st.sign * st.n4) <> 0 OR sum(st.sign * st.n5) <> 0 OR sum(st.sign * st.n1 * st.n2) <> 0 OR sum(st.sign * st.n1 * st.n3) <> 0 OR sum(st.sign * st.n1 * st.n4) <> 0 OR sum(st.sign * st.n1 * st.n5) <> 0 OR sum(st.sign * st.n2 * st.n3) <> 0 OR sum(st.sign * st.n2 * st.n4) <> 0 OR sum(st.sign * st.n2 * st.n5) <> 0 OR sum(st.sign * st.n3 * st.n4) <> 0 OR sum(st.sign * st.n3 * st.n5) <> 0 OR sum(st.sign * st.n4 * st.n5) <> 0
  ORDER BY 1, 2, 3
  ON CONFLICT ("agendaItemId", "gridId", "levels") DO UPDATE SET
    "units" = a."units" + excluded."units",
    "total1" = a."total1" + excluded."total1",
    "total2" = a."total2" + excluded."total2",
    "total3" = a."total3" + excluded."total3",
    "total4" = a."total4" + excluded."total4",
    "total5" = a."total5" + excluded."total5",
    "pair12" = a."pair12" + excluded."pair12",
    "pair13" = a."pair13" + excluded."pair13",
    "pair14" = a."pair14" + excluded."pair14",
    "pair15" = a."pair15" + excluded."pair15",
    "pair23" = a."pair23" + excluded."pair23",
    "pair24" = a."pair24" + excluded."pair24",
    "pair25" = a."pair25" + excluded."pair25",
    "pair34" = a."pair34" + excluded."pair34",
    "pair35" = a."pair35" + excluded."pair35",
    "pair45" = a."pair45" + excluded."pair45";

  -- Removals empty rows; so does a unit moving to another m (a new score included). The keys
  -- are joined rather than tested with = ANY (array): a bulk insert brings a million of them.
  DELETE FROM "AgreementSum" a
  USING (
    SELECT DISTINCT e."agendaItemId" FROM unnest(evaluation_ids) AS x(id)
    JOIN "Evaluation" e ON e."id" = x.id
  ) k
  WHERE a."agendaItemId" = k."agendaItemId" AND a."units" = 0;
  IF -1 = ANY (signs) THEN
    DELETE FROM "EvaluationCategoryTotal" t
    USING (SELECT DISTINCT x.id FROM unnest(evaluation_ids) AS x(id)) k
    WHERE t."evaluationId" = k.id AND t."scores" = 0;
    DELETE FROM "UnitAnswerCount" u
    USING (
      SELECT DISTINCT e."agendaItemId", x.criterion_id
      FROM unnest(evaluation_ids, criterion_ids) AS x(evaluation_id, criterion_id)
      JOIN "Evaluation" e ON e."id" = x.evaluation_id
    ) k
    WHERE u."agendaItemId" = k."agendaItemId" AND u."criterionId" = k.criterion_id
      AND u."scores" = 0;
  END IF;
END;
$$;

-- A WISE's score is the mean over its complete evaluations of each rater's score (a mean of
-- ratios: it cannot be kept by adding), so it is recomputed from that WISE's
-- "EvaluationCategoryTotal" rows: a few dozen rows, under a lock on the agenda item, so that two
-- raters scoring the same WISE at once recompute one after the other and the second sees the
-- first's committed sums. The rule is lib/results/score-sql.ts's, word for word: an evaluation
-- is complete when 4 × answered ≥ 3 × the criteria of its session's grid; only categories of
-- that grid count. "LevelRater" (the raters who gave a level) is recomputed with it, under the
-- same lock. Rows that stay the same are left alone rather than deleted and written again: a
-- rater's score changes one WISE's scores in one or two categories, and rewriting all of them,
-- and the list of raters, made every commit write (and flush) several times the WAL it needs.
CREATE FUNCTION "results_rollup_item_scores"(agenda_item_ids text[])
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF cardinality(agenda_item_ids) > 16 THEN
    PERFORM "results_rollup_item_scores_bulk"(agenda_item_ids);
  ELSE
    PERFORM "results_rollup_item_scores_small"(agenda_item_ids);
  END IF;
END;
$$;

CREATE FUNCTION "results_rollup_item_scores_small"(agenda_item_ids text[])
RETURNS void LANGUAGE plpgsql SET plan_cache_mode = force_generic_plan AS $$
BEGIN
  -- Row locks (not advisory locks) so that a bulk write of thousands of WISEs does not fill the
  -- shared lock table; NO KEY UPDATE, so that raters adding evaluations are not held up.
  PERFORM 1 FROM "AgendaItem" ai
  WHERE ai."id" IN (SELECT unnest(agenda_item_ids))
  ORDER BY ai."id" FOR NO KEY UPDATE;

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
  ),
  fresh AS (
    SELECT rp.agenda_item_id, rp.category, avg(rp.weighted / NULLIF(rp.weights, 0)) AS mean,
      count(rp.weighted / NULLIF(rp.weights, 0))::int AS raters
    FROM rater_parts rp JOIN complete c ON c.evaluation_id = rp.evaluation_id
    GROUP BY rp.agenda_item_id, rp.category
    UNION ALL
    SELECT agenda_item_id, '', avg(weighted / NULLIF(weights, 0)),
      count(weighted / NULLIF(weights, 0))::int
    FROM complete GROUP BY agenda_item_id
  ),
  gone AS (
    DELETE FROM "ItemScore" x USING (SELECT DISTINCT unnest(agenda_item_ids) AS id) k
    WHERE x."agendaItemId" = k.id AND NOT EXISTS (
      SELECT 1 FROM fresh f WHERE f.agenda_item_id = x."agendaItemId" AND f.category = x."category")
  )
  INSERT INTO "ItemScore" AS x ("agendaItemId", "category", "mean", "raters")
  SELECT * FROM fresh ORDER BY 1, 2
  ON CONFLICT ("agendaItemId", "category") DO UPDATE
    SET "mean" = excluded."mean", "raters" = excluded."raters"
    WHERE (x."mean", x."raters") IS DISTINCT FROM (excluded."mean", excluded."raters");

  WITH fresh AS (
    SELECT e."agendaItemId", e."raterId"
    FROM (SELECT DISTINCT unnest(agenda_item_ids) AS id) k
    JOIN "AgendaItem" ai ON ai."id" = k.id
    JOIN "FocusGroupSession" s ON s."id" = ai."sessionId"
    JOIN "Evaluation" e ON e."agendaItemId" = ai."id"
    WHERE EXISTS (
      SELECT 1 FROM "EvaluationCategoryTotal" t JOIN "GridCategory" gc ON gc."id" = t."categoryId"
      WHERE t."evaluationId" = e."id" AND t."rated" > 0 AND gc."gridId" = s."gridId"
    )
  ),
  gone AS (
    DELETE FROM "LevelRater" x USING (SELECT DISTINCT unnest(agenda_item_ids) AS id) k
    WHERE x."agendaItemId" = k.id AND NOT EXISTS (
      SELECT 1 FROM fresh f WHERE f."agendaItemId" = x."agendaItemId" AND f."raterId" = x."raterId")
  )
  INSERT INTO "LevelRater" ("agendaItemId", "raterId")
  SELECT * FROM fresh ORDER BY 1, 2
  ON CONFLICT DO NOTHING;
END;
$$;

-- The *_bulk functions: the bodies of the *_small ones, copied from the catalogue so that the
-- two cannot drift apart, with the other plan setting.
DO $$
DECLARE
  small regprocedure;
BEGIN
  FOREACH small IN ARRAY ARRAY[
    '"results_rollup_apply_small"(integer[], text[], text[], "ScoreAnswer"[], integer[])',
    '"results_rollup_item_scores_small"(text[])'
  ]::regprocedure[] LOOP
    EXECUTE (
      SELECT format(
        'CREATE FUNCTION %I(%s) RETURNS void LANGUAGE plpgsql '
        'SET plan_cache_mode = force_custom_plan AS %L',
        replace(p.proname, '_small', '_bulk'), pg_get_function_arguments(p.oid), p.prosrc)
      FROM pg_proc p WHERE p.oid = small);
  END LOOP;
END;
$$;

-- ============================================================================================
-- Rare changes, recomputed from scratch
-- ============================================================================================

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

-- The agreement sums of agenda items, from their unit counts.
CREATE FUNCTION "results_rollup_recompute_agreement"(agenda_item_ids text[])
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "AgreementSum" WHERE "agendaItemId" = ANY (agenda_item_ids);
  INSERT INTO "AgreementSum"
    ("agendaItemId", "gridId", "levels", "units", "total1", "total2", "total3", "total4", "total5",
     "pair12", "pair13", "pair14", "pair15", "pair23", "pair24", "pair25", "pair34", "pair35", "pair45")
  SELECT u."agendaItemId", gc."gridId", u."level1" + u."level2" + u."level3" + u."level4" + u."level5", count(*),
    sum(u."level1"),
    sum(u."level2"),
    sum(u."level3"),
    sum(u."level4"),
    sum(u."level5"),
    sum(u."level1" * u."level2"),
    sum(u."level1" * u."level3"),
    sum(u."level1" * u."level4"),
    sum(u."level1" * u."level5"),
    sum(u."level2" * u."level3"),
    sum(u."level2" * u."level4"),
    sum(u."level2" * u."level5"),
    sum(u."level3" * u."level4"),
    sum(u."level3" * u."level5"),
    sum(u."level4" * u."level5")
  FROM "UnitAnswerCount" u
  JOIN "GridCriterion" cr ON cr."id" = u."criterionId"
  JOIN "GridCategory" gc ON gc."id" = cr."categoryId"
  WHERE u."agendaItemId" = ANY (agenda_item_ids) AND u."level1" + u."level2" + u."level3" + u."level4" + u."level5" >= 2
  GROUP BY u."agendaItemId", gc."gridId", u."level1" + u."level2" + u."level3" + u."level4" + u."level5";
END;
$$;

-- An evaluation moved: its unit counts, their agreement sums and its WISEs' scores follow.
CREATE FUNCTION "results_rollup_evaluation_moved"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "results_rollup_recompute"(ARRAY[]::text[], ARRAY[OLD."agendaItemId", NEW."agendaItemId"]);
  PERFORM "results_rollup_recompute_agreement"(ARRAY[OLD."agendaItemId", NEW."agendaItemId"]);
  PERFORM "results_rollup_item_scores"(ARRAY[OLD."agendaItemId", NEW."agendaItemId"]);
  RETURN NULL;
END;
$$;
CREATE TRIGGER "Evaluation_results_rollup_move" AFTER UPDATE OF "agendaItemId" ON "Evaluation"
  FOR EACH ROW WHEN (OLD."agendaItemId" IS DISTINCT FROM NEW."agendaItemId")
  EXECUTE FUNCTION "results_rollup_evaluation_moved"();

-- A criterion moved to another category may have moved to another grid: its units' agreement
-- sums are recomputed with the category sums (and its WISEs' scores with them).
CREATE FUNCTION "results_rollup_criterion_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
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
CREATE TRIGGER "GridCriterion_results_rollup_change" AFTER UPDATE OF "weight", "categoryId"
  ON "GridCriterion"
  FOR EACH ROW WHEN (OLD."weight" IS DISTINCT FROM NEW."weight"
    OR OLD."categoryId" IS DISTINCT FROM NEW."categoryId")
  EXECUTE FUNCTION "results_rollup_criterion_changed"();

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

-- ============================================================================================
-- Backfill
-- ============================================================================================

-- The scores that existed before this migration (the triggers see only later writes), through
-- the same recomputations, so that the backfill cannot disagree with them. Nothing to do on a
-- new installation.
SELECT "results_rollup_recompute"(
  ARRAY(SELECT "id" FROM "Evaluation"), ARRAY(SELECT DISTINCT "agendaItemId" FROM "Evaluation"));
SELECT "results_rollup_recompute_agreement"(ARRAY(SELECT DISTINCT "agendaItemId" FROM "Evaluation"));
SELECT "results_rollup_item_scores"(ARRAY(SELECT DISTINCT "agendaItemId" FROM "Evaluation"));

ANALYZE "EvaluationCategoryTotal";
ANALYZE "UnitAnswerCount";
ANALYZE "AgreementSum";
ANALYZE "ItemScore";
ANALYZE "LevelRater";

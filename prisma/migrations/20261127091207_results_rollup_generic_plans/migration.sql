-- Hand-written: the rollup functions run on every score write. Left to choose, PostgreSQL kept
-- planning their statements afresh on each call (a custom plan for each array of ids), which
-- cost more than running them (measured: about 10 ms of planning against 2 ms of work for one
-- WISE on a busy machine). Their generic plans (index lookups from the ids) suit the one-score
-- writes of the scoring page and live scoring; bulk writes (imports, the benchmark's million
-- scores) take longer per row with them, which matters less than every rater's wait.
ALTER FUNCTION "results_rollup_apply"(integer[], text[], text[], "ScoreAnswer"[], integer[])
  SET plan_cache_mode = force_generic_plan;

-- Rows that stay the same are no longer deleted and written again: a rater's score changes one
-- WISE's scores in one or two categories, and rewriting all of them, and the list of raters,
-- made every commit write (and flush) several times the WAL it needs.
CREATE OR REPLACE FUNCTION "results_rollup_item_scores"(agenda_item_ids text[])
RETURNS void LANGUAGE plpgsql AS $$
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

-- After the replacement above, which would otherwise drop the setting.
ALTER FUNCTION "results_rollup_item_scores"(text[])
  SET plan_cache_mode = force_generic_plan;

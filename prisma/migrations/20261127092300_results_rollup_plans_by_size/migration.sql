-- Hand-written. Generic plans (previous migration) estimate every list of ids at 10 rows: right
-- for the one-score writes of the scoring page and live scoring, ruinous for a bulk write (the
-- benchmark's million scores ran for minutes in nested loops over hundreds of thousands of rows
-- before it was stopped). So each function now picks by the size of its lists: the generic
-- plans for a few rows (renamed *_small, their setting kept), plans made for the actual lists
-- (*_bulk: the same bodies, planned on each call, which a bulk write can afford) otherwise.

ALTER FUNCTION "results_rollup_apply"(integer[], text[], text[], "ScoreAnswer"[], integer[])
  RENAME TO "results_rollup_apply_small";
ALTER FUNCTION "results_rollup_item_scores"(text[]) RENAME TO "results_rollup_item_scores_small";

CREATE FUNCTION "results_rollup_apply_bulk"(
  signs integer[], evaluation_ids text[], criterion_ids text[], answers "ScoreAnswer"[],
  score_levels integer[]
) RETURNS void LANGUAGE plpgsql SET plan_cache_mode = force_custom_plan AS $$
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

CREATE FUNCTION "results_rollup_item_scores_bulk"(agenda_item_ids text[])
RETURNS void LANGUAGE plpgsql SET plan_cache_mode = force_custom_plan AS $$
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

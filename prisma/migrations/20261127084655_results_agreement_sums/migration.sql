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

-- ---------------------------------------------------------------------------------------------
-- Hand-written: "AgreementSum" is kept from the changes to "UnitAnswerCount" inside
-- results_rollup_apply (replaced below): the unit upsert returns each unit's counts after the
-- change, the counts before are those minus the change, and the unit's products move from the
-- row of its old m to the row of its new m. Integers throughout, so nothing drifts.
-- ---------------------------------------------------------------------------------------------

-- Dropped and made again: its last parameter is renamed (a "levels" column now exists).
DROP FUNCTION "results_rollup_apply"(integer[], text[], text[], "ScoreAnswer"[], integer[]);
CREATE FUNCTION "results_rollup_apply"(
  signs integer[], evaluation_ids text[], criterion_ids text[], answers "ScoreAnswer"[],
  score_levels integer[]
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

-- An evaluation moved: its units' agreement sums follow the recomputed unit counts.
CREATE OR REPLACE FUNCTION "results_rollup_evaluation_moved"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "results_rollup_recompute"(ARRAY[]::text[], ARRAY[OLD."agendaItemId", NEW."agendaItemId"]);
  PERFORM "results_rollup_recompute_agreement"(ARRAY[OLD."agendaItemId", NEW."agendaItemId"]);
  RETURN NULL;
END;
$$;

-- A criterion moved to another category may have moved to another grid: its units' agreement
-- sums are recomputed with the category sums.
CREATE OR REPLACE FUNCTION "results_rollup_criterion_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "results_rollup_recompute"(
    ARRAY(SELECT DISTINCT s."evaluationId" FROM "Score" s WHERE s."criterionId" = NEW."id"),
    ARRAY[]::text[]);
  PERFORM "results_rollup_recompute_agreement"(
    ARRAY(SELECT u."agendaItemId" FROM "UnitAnswerCount" u WHERE u."criterionId" = NEW."id"));
  RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION "results_rollup_scores_truncated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "EvaluationCategoryTotal";
  DELETE FROM "UnitAnswerCount";
  DELETE FROM "AgreementSum";
  RETURN NULL;
END;
$$;

-- Backfill, in one grouped pass over the unit counts.
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
WHERE u."level1" + u."level2" + u."level3" + u."level4" + u."level5" >= 2
GROUP BY u."agendaItemId", gc."gridId", u."level1" + u."level2" + u."level3" + u."level4" + u."level5";

ANALYZE "AgreementSum";

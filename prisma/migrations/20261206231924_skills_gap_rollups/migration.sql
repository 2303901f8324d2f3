-- CreateTable
CREATE TABLE "SkillLinkTotal" (
    "linkId" TEXT NOT NULL,
    "skillId" TEXT NOT NULL,
    "rated" INTEGER NOT NULL,
    "importance" INTEGER NOT NULL,
    "mastery" INTEGER NOT NULL,
    "futureRated" INTEGER NOT NULL,
    "future" INTEGER NOT NULL,

    CONSTRAINT "SkillLinkTotal_pkey" PRIMARY KEY ("linkId","skillId")
);

-- CreateTable
CREATE TABLE "SkillResponseAreaTotal" (
    "responseId" TEXT NOT NULL,
    "area" "SkillArea" NOT NULL,
    "rated" INTEGER NOT NULL,
    "importance" INTEGER NOT NULL,
    "mastery" INTEGER NOT NULL,

    CONSTRAINT "SkillResponseAreaTotal_pkey" PRIMARY KEY ("responseId","area")
);

-- ---------------------------------------------------------------------------------------------
-- Hand-written from here on: the triggers that keep both tables equal to the rated answers of
-- "SkillAnswer" on every write path (answer saves and their retries, interviewer mode, bulk
-- inserts, cascaded deletes). Statement triggers with transition tables, as the results rollups
-- do (decision 0009): a bulk insert of a million answers updates each sum once. Each changed
-- answer adds its contribution (+1 for the new row, -1 for the old one) through an ON CONFLICT
-- upsert, which adds atomically to the latest committed row: concurrent savers never lose each
-- other's changes. tests/integration/skills-gap-rollups.test.ts checks the sums.
-- ---------------------------------------------------------------------------------------------

-- Applies signed contributions. Only rated answers are passed in. A contribution whose response
-- is gone (a cascaded delete of the respondent) leaves the link sums alone: the trigger on
-- "SurveyResponse" below recomputes those links.
CREATE FUNCTION "skills_rollup_apply"(signs INTEGER[], responses TEXT[], skills TEXT[],
    importances INTEGER[], futures INTEGER[], masteries INTEGER[]) RETURNS void
LANGUAGE sql AS $$
  WITH c AS (
    SELECT * FROM unnest(signs, responses, skills, importances, futures, masteries)
      AS c(sign, response_id, skill_id, imp, fut, mas)
  ),
  by_link AS (
    INSERT INTO "SkillLinkTotal" AS t ("linkId", "skillId", "rated", "importance", "mastery",
      "futureRated", "future")
    SELECT r."linkId", c.skill_id, sum(c.sign), sum(c.sign * c.imp), sum(c.sign * c.mas),
      sum(CASE WHEN c.fut IS NULL THEN 0 ELSE c.sign END), coalesce(sum(c.sign * c.fut), 0)
    FROM c JOIN "SurveyResponse" r ON r."id" = c.response_id
    GROUP BY r."linkId", c.skill_id
    ON CONFLICT ("linkId", "skillId") DO UPDATE SET
      "rated" = t."rated" + EXCLUDED."rated",
      "importance" = t."importance" + EXCLUDED."importance",
      "mastery" = t."mastery" + EXCLUDED."mastery",
      "futureRated" = t."futureRated" + EXCLUDED."futureRated",
      "future" = t."future" + EXCLUDED."future"
    RETURNING 1
  )
  INSERT INTO "SkillResponseAreaTotal" AS t ("responseId", "area", "rated", "importance", "mastery")
  SELECT c.response_id, s."area", sum(c.sign), sum(c.sign * c.imp), sum(c.sign * c.mas)
  FROM c JOIN "Skill" s ON s."id" = c.skill_id
  -- Not for a respondent already deleted (their sums are removed with them).
  WHERE EXISTS (SELECT 1 FROM "SurveyResponse" r WHERE r."id" = c.response_id)
  GROUP BY c.response_id, s."area"
  ON CONFLICT ("responseId", "area") DO UPDATE SET
    "rated" = t."rated" + EXCLUDED."rated",
    "importance" = t."importance" + EXCLUDED."importance",
    "mastery" = t."mastery" + EXCLUDED."mastery";
$$;

-- One function for the three statement triggers (a trigger with transition tables may have only
-- one event). A save that leaves importance, mastery and "not part of my job" as they were (a
-- retry carrying the same change) adds and subtracts the same figures: no change.
CREATE FUNCTION "skills_rollup_answers_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "skills_rollup_apply"(array_agg(1), array_agg(n."responseId"), array_agg(n."skillId"),
      array_agg(n."importanceNow"::int), array_agg(n."importanceFuture"::int), array_agg(n."mastery"::int))
    FROM new_answers n
    WHERE NOT n."notPartOfJob" AND n."importanceNow" IS NOT NULL AND n."mastery" IS NOT NULL
    HAVING count(*) > 0;
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM "skills_rollup_apply"(array_agg(-1), array_agg(o."responseId"), array_agg(o."skillId"),
      array_agg(o."importanceNow"::int), array_agg(o."importanceFuture"::int), array_agg(o."mastery"::int))
    FROM old_answers o
    WHERE NOT o."notPartOfJob" AND o."importanceNow" IS NOT NULL AND o."mastery" IS NOT NULL
    HAVING count(*) > 0;
  ELSE
    PERFORM "skills_rollup_apply"(array_agg(c.sign), array_agg(c."responseId"), array_agg(c."skillId"),
      array_agg(c.imp), array_agg(c.fut), array_agg(c.mas))
    FROM (
      SELECT -1 AS sign, o."responseId", o."skillId", o."importanceNow"::int AS imp,
        o."importanceFuture"::int AS fut, o."mastery"::int AS mas
      FROM old_answers o
      WHERE NOT o."notPartOfJob" AND o."importanceNow" IS NOT NULL AND o."mastery" IS NOT NULL
      UNION ALL
      SELECT 1, n."responseId", n."skillId", n."importanceNow"::int, n."importanceFuture"::int,
        n."mastery"::int
      FROM new_answers n
      WHERE NOT n."notPartOfJob" AND n."importanceNow" IS NOT NULL AND n."mastery" IS NOT NULL
    ) c
    HAVING count(*) > 0;
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "skills_rollup_answers_inserted" AFTER INSERT ON "SkillAnswer"
  REFERENCING NEW TABLE AS new_answers
  FOR EACH STATEMENT EXECUTE FUNCTION "skills_rollup_answers_changed"();
CREATE TRIGGER "skills_rollup_answers_updated" AFTER UPDATE ON "SkillAnswer"
  REFERENCING OLD TABLE AS old_answers NEW TABLE AS new_answers
  FOR EACH STATEMENT EXECUTE FUNCTION "skills_rollup_answers_changed"();
CREATE TRIGGER "skills_rollup_answers_deleted" AFTER DELETE ON "SkillAnswer"
  REFERENCING OLD TABLE AS old_answers
  FOR EACH STATEMENT EXECUTE FUNCTION "skills_rollup_answers_changed"();

-- A respondent (or a link, or a survey) deleted: their answers are deleted by cascade, after
-- the response itself, so their contributions to the link sums cannot be found by response any
-- more. Those links are recomputed from the answers that remain, and the respondents' area sums
-- (zero by then) are removed.
CREATE FUNCTION "skills_rollup_responses_deleted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "SkillLinkTotal" WHERE "linkId" IN (SELECT DISTINCT o."linkId" FROM old_responses o);
  INSERT INTO "SkillLinkTotal" ("linkId", "skillId", "rated", "importance", "mastery",
    "futureRated", "future")
  SELECT r."linkId", a."skillId", count(*), sum(a."importanceNow"), sum(a."mastery"),
    count(a."importanceFuture"), coalesce(sum(a."importanceFuture"), 0)
  FROM "SurveyResponse" r JOIN "SkillAnswer" a ON a."responseId" = r."id"
  WHERE r."linkId" IN (SELECT DISTINCT o."linkId" FROM old_responses o)
    AND NOT a."notPartOfJob" AND a."importanceNow" IS NOT NULL AND a."mastery" IS NOT NULL
  GROUP BY r."linkId", a."skillId";
  DELETE FROM "SkillResponseAreaTotal" WHERE "responseId" IN (SELECT o."id" FROM old_responses o);
  RETURN NULL;
END;
$$;

CREATE TRIGGER "skills_rollup_responses_deleted" AFTER DELETE ON "SurveyResponse"
  REFERENCING OLD TABLE AS old_responses
  FOR EACH STATEMENT EXECUTE FUNCTION "skills_rollup_responses_deleted"();

-- Answers given before this migration.
INSERT INTO "SkillLinkTotal" ("linkId", "skillId", "rated", "importance", "mastery", "futureRated", "future")
SELECT r."linkId", a."skillId", count(*), sum(a."importanceNow"), sum(a."mastery"),
  count(a."importanceFuture"), coalesce(sum(a."importanceFuture"), 0)
FROM "SurveyResponse" r JOIN "SkillAnswer" a ON a."responseId" = r."id"
WHERE NOT a."notPartOfJob" AND a."importanceNow" IS NOT NULL AND a."mastery" IS NOT NULL
GROUP BY r."linkId", a."skillId";

INSERT INTO "SkillResponseAreaTotal" ("responseId", "area", "rated", "importance", "mastery")
SELECT a."responseId", s."area", count(*), sum(a."importanceNow"), sum(a."mastery")
FROM "SkillAnswer" a JOIN "Skill" s ON s."id" = a."skillId"
WHERE NOT a."notPartOfJob" AND a."importanceNow" IS NOT NULL AND a."mastery" IS NOT NULL
GROUP BY a."responseId", s."area";

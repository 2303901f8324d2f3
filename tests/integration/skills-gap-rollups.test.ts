import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getSurveyGapMap } from "@/lib/skills/gaps/queries";
import { addRespondent, makeSkillFramework, makeSurvey } from "../factories/skills-gaps";
import { makeActor } from "../factories/users";
import { makeProfiledWise } from "../factories/wises";
import { resetDatabase } from "../setup/reset-db";

/** The rollups as the triggers keep them, and as recomputed from the answers now. */
async function rollupsAndTruth() {
  const kept = await db.$queryRaw<unknown[]>`
    SELECT "linkId", "skillId", "rated", "importance", "mastery", "futureRated", "future"
    FROM "SkillLinkTotal" WHERE "rated" <> 0 ORDER BY 1, 2`;
  const truth = await db.$queryRaw<unknown[]>`
    SELECT r."linkId", a."skillId", count(*)::int AS rated, sum(a."importanceNow")::int AS importance,
      sum(a."mastery")::int AS mastery, count(a."importanceFuture")::int AS "futureRated",
      coalesce(sum(a."importanceFuture"), 0)::int AS future
    FROM "SkillAnswer" a JOIN "SurveyResponse" r ON r."id" = a."responseId"
    WHERE NOT a."notPartOfJob" AND a."importanceNow" IS NOT NULL AND a."mastery" IS NOT NULL
    GROUP BY 1, 2 ORDER BY 1, 2`;
  const keptAreas = await db.$queryRaw<unknown[]>`
    SELECT "responseId", "area"::text, "rated", "importance", "mastery"
    FROM "SkillResponseAreaTotal" WHERE "rated" <> 0 ORDER BY 1, 2`;
  const truthAreas = await db.$queryRaw<unknown[]>`
    SELECT a."responseId", s."area"::text, count(*)::int AS rated,
      sum(a."importanceNow")::int AS importance, sum(a."mastery")::int AS mastery
    FROM "SkillAnswer" a JOIN "Skill" s ON s."id" = a."skillId"
    WHERE NOT a."notPartOfJob" AND a."importanceNow" IS NOT NULL AND a."mastery" IS NOT NULL
    GROUP BY 1, 2 ORDER BY 1, 2`;
  return { kept, truth, keptAreas, truthAreas };
}

async function setUp() {
  const framework = await makeSkillFramework([
    { code: "DIGCOMP_1_1", group: "ENABLER", area: "DIGITAL_INFORMATION" },
    { code: "DIGCOMP_1_2", group: "ENABLER", area: "DIGITAL_INFORMATION" },
    { code: "ENABLER_STRATEGY", group: "ENABLER", area: "MANAGEMENT" },
  ]);
  const partner = await makeActor("PARTNER", { countryCode: "RO" });
  const wise = await makeProfiledWise({ countryCode: "RO" });
  const survey = await makeSurvey({
    frameworkId: framework.id,
    createdById: partner.id,
    wiseIds: [wise.id],
  });
  const respondents = [];
  for (let i = 0; i < 6; i++) {
    respondents.push(
      await addRespondent({
        surveyId: survey.id,
        wiseId: wise.id,
        group: "ENABLER",
        answers: {
          DIGCOMP_1_1: [1 + (i % 5), 1 + (i % 4), i % 2 ? 5 : undefined],
          DIGCOMP_1_2: i === 0 ? "NA" : [3, 2],
          ENABLER_STRATEGY: [5, 1 + ((i + 1) % 4)],
        },
      }),
    );
  }
  return { partner, survey, respondents };
}

describe("the gap map's rollups", () => {
  beforeEach(resetDatabase);

  it("equal the answers after saves, retries, changes, deletions and a deleted respondent", async () => {
    const { respondents } = await setUp();
    let state = await rollupsAndTruth();
    expect(state.kept.length).toBeGreaterThan(0);
    expect(state.kept).toEqual(state.truth);
    expect(state.keptAreas).toEqual(state.truthAreas);

    const [first, second, third] = respondents;
    const skill = await db.skill.findFirstOrThrow({ where: { code: "DIGCOMP_1_1" } });
    // The upsert an answer save uses, sent twice (a retry) and then with a new value.
    const save = (importance: number, changeId: string) => db.$executeRaw`
      INSERT INTO "SkillAnswer" ("responseId", "skillId", "importanceNow", "mastery", "notPartOfJob", "lastChangeId", "updatedAt")
      VALUES (${first?.id}, ${skill.id}, ${importance}, 3, false, ${changeId}, now())
      ON CONFLICT ("responseId", "skillId") DO UPDATE SET "importanceNow" = EXCLUDED."importanceNow",
        "mastery" = EXCLUDED."mastery", "lastChangeId" = EXCLUDED."lastChangeId", "updatedAt" = now()
      WHERE "SkillAnswer"."lastChangeId" IS DISTINCT FROM EXCLUDED."lastChangeId"`;
    await save(2, "c1");
    await save(2, "c1");
    await save(4, "c2");
    // "Not part of my job" after all, and an answer withdrawn.
    await db.skillAnswer.update({
      where: { responseId_skillId: { responseId: second?.id ?? "", skillId: skill.id } },
      data: { notPartOfJob: true, importanceNow: null, mastery: null, importanceFuture: null },
    });
    await db.skillAnswer.deleteMany({
      where: { responseId: third?.id, skill: { code: "ENABLER_STRATEGY" } },
    });
    state = await rollupsAndTruth();
    expect(state.kept).toEqual(state.truth);
    expect(state.keptAreas).toEqual(state.truthAreas);

    await db.surveyResponse.delete({ where: { id: first?.id } });
    state = await rollupsAndTruth();
    expect(state.kept).toEqual(state.truth);
    expect(state.keptAreas).toEqual(state.truthAreas);
  });

  it("gives the same figures through the rollups as through the answers (the answering-mode cut)", async () => {
    const { partner, survey } = await setUp();
    const viaRollups = await getSurveyGapMap(partner, survey.id, {});
    const viaAnswers = await getSurveyGapMap(partner, survey.id, { mode: "SELF" });
    const figures = (map: typeof viaRollups) =>
      map?.groups.flatMap((g) =>
        g.skills.map((s) => [s.code, s.respondents, s.gap.toFixed(9), s.mwds.toFixed(9)]),
      );
    expect(figures(viaRollups)?.length).toBe(3);
    expect(figures(viaRollups)).toEqual(figures(viaAnswers));
  });
});

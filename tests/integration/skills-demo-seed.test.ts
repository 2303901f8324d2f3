import { beforeEach, describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db";
import { getSurvey, listSurveys } from "@/lib/skills/surveys/queries";
import { surveyAcceptsAnswers } from "@/lib/skills/surveys/rules";
import { seedIfEmpty } from "../../prisma/seed";
import { DEMO_OPEN_SURVEY_CODES } from "../../prisma/seed-demo-surveys";
import { asActor } from "../factories/users";
import { resetDatabase } from "../setup/reset-db";

describe("the demo skills surveys", () => {
  beforeEach(resetDatabase);

  it("answer enough for a gap map, and leave one survey open to try", {
    timeout: 120_000,
  }, async () => {
    expect(await seedIfEmpty(inject("databaseUrl"))).toBe(true);
    const partner = asActor(
      await db.user.findUniqueOrThrow({ where: { email: "partner.ro@wisefocus.example" } }),
    );
    const surveys = await listSurveys(partner);
    const closed = surveys.find((survey) => survey.phase === "closed");
    if (!closed) throw new Error("no answered demo survey");
    const detail = await getSurvey(partner, closed.id);
    // Per WISE, the fewest finished answers of any staff group.
    const fewest = (detail?.wises ?? []).map((sw) => Math.min(...sw.links.map((l) => l.finished)));
    expect(fewest.filter((count) => count >= 6)).toHaveLength(2);

    const byMode = await db.surveyResponse.groupBy({
      by: ["mode"],
      where: { link: { surveyWise: { surveyId: closed.id }, group: "WORKER" } },
      _count: true,
    });
    expect(byMode.find((row) => row.mode === "INTERVIEWER")?._count).toBeGreaterThanOrEqual(1);
    const answers = { surveyId: closed.id };
    const notPart = await db.skillAnswer.count({
      where: { notPartOfJob: true, response: { link: { surveyWise: answers } } },
    });
    const rated = await db.skillAnswer.count({
      where: { notPartOfJob: false, response: { link: { surveyWise: answers } } },
    });
    expect(notPart).toBeGreaterThan(0);
    expect(notPart).toBeLessThan(rated / 5);
    // Varied answers: every mastery step is used.
    const steps = await db.skillAnswer.groupBy({
      by: ["mastery"],
      where: { notPartOfJob: false, response: { link: { surveyWise: answers } } },
    });
    expect(steps.map((row) => row.mastery).sort()).toEqual([1, 2, 3, 4]);

    const open = await db.surveyLink.findUniqueOrThrow({
      where: { code: DEMO_OPEN_SURVEY_CODES.WORKER },
      select: { surveyWise: { select: { survey: true } } },
    });
    expect(surveyAcceptsAnswers(open.surveyWise.survey)).toBe(true);
  });
});

import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createTrainingOffer, updateTrainingOffer } from "@/lib/skills/offers/mutations";
import { adoptPlan, updatePlanAction } from "@/lib/skills/plans/mutations";
import { getPlanPage, getUnmetGaps } from "@/lib/skills/plans/queries";
import { addRespondents, makeSkillFramework, makeSurvey } from "../factories/skills-gaps";
import { makeActor } from "../factories/users";
import { makeProfiledWise } from "../factories/wises";
import { resetDatabase } from "../setup/reset-db";

const offerForm = (overrides: Record<string, string> = {}) => ({
  title: "Cloud tools for managers",
  skillCodes: "digcomp_1_1",
  group: "ENABLER",
  eqfLevel: "4",
  format: "BLENDED",
  hours: "24",
  language: "ro",
  countryCode: "RO",
  provider: "Asociația Exemplu",
  costEur: "120,50",
  accessibility: "Subtitled videos; screen-reader tested platform.",
  url: "https://training.example.org/cloud",
  ...overrides,
});

const OWNERS = {
  ownerENABLER: "Director",
  ownerSUPPORTER: "Head of support",
  ownerWORKER: "Job coach lead",
};

/** A Romanian WISE whose five enablers lack two skills; one of them has a Romanian offer. */
async function setUp() {
  const framework = await makeSkillFramework([
    { code: "DIGCOMP_1_1", group: "ENABLER", area: "DIGITAL_INFORMATION" },
    { code: "ENABLER_STRATEGY", group: "ENABLER", area: "MANAGEMENT" },
    { code: "ENABLER_NETWORKING", group: "ENABLER", area: "NETWORKING" },
  ]);
  const partner = await makeActor("PARTNER", { countryCode: "RO" });
  const wise = await makeProfiledWise({ countryCode: "RO" });
  const survey = await makeSurvey({
    frameworkId: framework.id,
    createdById: partner.id,
    wiseIds: [wise.id],
  });
  await addRespondents(5, {
    surveyId: survey.id,
    wiseId: wise.id,
    group: "ENABLER",
    answers: { DIGCOMP_1_1: [5, 1], ENABLER_STRATEGY: [4, 2], ENABLER_NETWORKING: [2, 4] },
  });
  return { partner, wise, survey };
}

describe("training offers", () => {
  beforeEach(resetDatabase);

  it("a partner adds an offer for their country; codes are upper-cased and must exist", async () => {
    const { partner } = await setUp();
    const result = await createTrainingOffer(partner, offerForm());
    expect(result.ok).toBe(true);
    const offer = await db.trainingOffer.findFirstOrThrow({ include: { skills: true } });
    expect(offer.skills.map((s) => s.skillCode)).toEqual(["DIGCOMP_1_1"]);
    expect(offer.costEur?.toString()).toBe("120.5");
    const unknown = await createTrainingOffer(partner, offerForm({ skillCodes: "NO_SUCH_SKILL" }));
    expect(unknown.ok === false && unknown.fieldErrors.skillCodes).toEqual(["skillCodeUnknown"]);
  });

  it("reports every bad field at once and writes nothing", async () => {
    const { partner } = await setUp();
    const result = await createTrainingOffer(
      partner,
      offerForm({ title: "", eqfLevel: "9", url: "javascript:alert(1)", costEur: "-3" }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.status).toBe(400);
    expect(Object.keys(result.fieldErrors).sort()).toEqual(["costEur", "eqfLevel", "title", "url"]);
    expect(await db.trainingOffer.count()).toBe(0);
  });

  it("a Romanian partner may not add or move an offer to Belgium", async () => {
    const { partner } = await setUp();
    const belgian = await createTrainingOffer(
      partner,
      offerForm({ countryCode: "BE", language: "fr" }),
    );
    expect(belgian.ok === false && belgian.status).toBe(403);
    const created = await createTrainingOffer(partner, offerForm());
    if (!created.ok) throw new Error("offer not created");
    const moved = await updateTrainingOffer(partner, {
      ...offerForm({ countryCode: "BE", language: "fr" }),
      offerId: created.data.offerId,
    });
    expect(moved.ok === false && moved.status).toBe(403);
    expect((await db.trainingOffer.findFirstOrThrow()).countryCode).toBe("RO");
  });
});

describe("development plans", () => {
  beforeEach(resetDatabase);

  it("proposes the largest gaps matched to offers, with the unmet gap listed as such", async () => {
    const { partner, wise, survey } = await setUp();
    await createTrainingOffer(partner, offerForm());
    await createTrainingOffer(partner, offerForm({ title: "In English", language: "en" }));
    const page = await getPlanPage(partner, survey.id, wise.id);
    const gaps = page?.proposal.groups[0]?.gaps ?? [];
    // Networking (importance 2, mastery 4) has no positive gap: it is not proposed.
    expect(gaps.map((g) => [g.code, g.unmet])).toEqual([
      ["DIGCOMP_1_1", false],
      ["ENABLER_STRATEGY", true],
    ]);
    expect(gaps[0]?.matches.map((m) => m.offer.title)).toEqual(["Cloud tools for managers"]);
    const unmet = await getUnmetGaps(partner, undefined);
    expect(unmet.rows).toEqual([{ grp: "ENABLER", code: "ENABLER_STRATEGY", wises: 1 }]);
  });

  it("adopts the plan once, then follows its actions; another country's partner cannot", async () => {
    const { partner, wise, survey } = await setUp();
    await createTrainingOffer(partner, offerForm());
    const belgian = await makeActor("PARTNER", { countryCode: "BE" });
    const refused = await adoptPlan(belgian, { surveyId: survey.id, wiseId: wise.id, ...OWNERS });
    expect(refused.ok === false && refused.status).toBe(403);
    expect(await db.developmentPlan.count()).toBe(0);

    const adopted = await adoptPlan(partner, { surveyId: survey.id, wiseId: wise.id, ...OWNERS });
    expect(adopted.ok).toBe(true);
    // The trail names who adopted which WISE's plan, in Romania, for the country's partner to read.
    const entry = await db.auditEvent.findFirstOrThrow({ where: { action: "plan.adopt" } });
    expect([entry.actorId, entry.targetType, entry.countryCode, entry.targetLabel]).toEqual([
      partner.id,
      "DevelopmentPlan",
      "RO",
      wise.name,
    ]);
    const again = await adoptPlan(partner, { surveyId: survey.id, wiseId: wise.id, ...OWNERS });
    expect(again.ok === false && again.status).toBe(409);

    const page = await getPlanPage(partner, survey.id, wise.id);
    expect(page?.plan?.status).toBe("ADOPTED");
    const [first] = page?.plan?.actions ?? [];
    expect(first?.ownerRole).toBe("Director");
    expect(first?.offer?.title).toBe("Cloud tools for managers");
    const edited = await updatePlanAction(partner, {
      actionId: first?.id,
      ownerRole: "HR manager",
      dueDate: "2027-03-31",
      status: "IN_PROGRESS",
    });
    expect(edited.ok).toBe(true);
    const badDate = await updatePlanAction(partner, {
      actionId: first?.id,
      ownerRole: "HR manager",
      dueDate: "31/03/2027",
      status: "DONE",
    });
    expect(badDate.ok === false && Object.keys(badDate.fieldErrors)).toEqual(["dueDate"]);
    const action = await db.planAction.findUniqueOrThrow({ where: { id: first?.id } });
    expect(action.status).toBe("IN_PROGRESS");
    expect(action.dueDate?.toISOString().slice(0, 10)).toBe("2027-03-31");
    const byBelgian = await updatePlanAction(belgian, {
      actionId: first?.id,
      ownerRole: "x",
      status: "DONE",
    });
    expect(byBelgian.ok === false && byBelgian.status).toBe(403);
  });
});

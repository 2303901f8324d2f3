import { beforeEach, describe, expect, it } from "vitest";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { closeSurvey, createSurvey, remindSurveyWise } from "@/lib/skills/surveys/mutations";
import { getNewSurveyOptions, getSurvey, listSurveys } from "@/lib/skills/surveys/queries";
import { makeSession, makeWise } from "../factories/sessions";
import { addResponses, makeSkillFramework } from "../factories/skills-surveys";
import { makeActor } from "../factories/users";
import { resetDatabase } from "../setup/reset-db";

/** A Romanian focus group with three WISEs, a framework, and people of both countries. */
async function world() {
  await makeSkillFramework();
  const lead = await makeActor("FACILITATOR", { countryCode: "RO" });
  const { session, agendaItems } = await makeSession({ facilitatorId: lead.id, wiseCount: 3 });
  return {
    lead,
    session,
    wiseIds: agendaItems.map((item) => item.wiseId),
    admin: await makeActor("ADMIN"),
    partnerRo: await makeActor("PARTNER", { countryCode: "RO" }),
    partnerBe: await makeActor("PARTNER", { countryCode: "BE" }),
    facilitatorBe: await makeActor("FACILITATOR", { countryCode: "BE" }),
  };
}

const input = (wiseIds: string[], extra: Record<string, unknown> = {}) => ({
  title: "Competențe digitale 2027",
  countryCode: "RO",
  wiseIds,
  opensOn: "2027-03-01",
  closesOn: "2027-03-14",
  ...extra,
});

async function surveyCounts() {
  const [surveys, links, audits] = await Promise.all([
    db.survey.count(),
    db.surveyLink.count(),
    db.auditEvent.count(),
  ]);
  return { surveys, links, audits };
}

describe("creating a survey", () => {
  beforeEach(resetDatabase);

  it("gives each WISE of a focus group one link and unambiguous code per staff group", async () => {
    const w = await world();
    const result = await createSurvey(w.partnerRo, input(w.wiseIds, { sessionId: w.session.id }));
    if (!result.ok) throw new Error(result.message);
    const survey = await db.survey.findUniqueOrThrow({
      where: { id: result.data.surveyId },
      include: { wises: { include: { links: true } } },
    });
    expect(survey.status).toBe("OPEN");
    expect(survey.sessionId).toBe(w.session.id);
    expect(survey.closesAt.getTime()).toBeGreaterThan(survey.opensAt.getTime());
    expect(survey.wises.map((sw) => sw.wiseId).sort()).toEqual([...w.wiseIds].sort());
    for (const surveyWise of survey.wises) {
      expect(surveyWise.links.map((link) => link.group).sort()).toEqual([
        "ENABLER",
        "SUPPORTER",
        "WORKER",
      ]);
      for (const link of surveyWise.links) expect(link.code).toMatch(/^[2-9A-HJ-NP-Z]{8}$/);
    }
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "survey.create" } });
    expect(audit.targetId).toBe(survey.id);
    expect(JSON.stringify(audit)).not.toContain(survey.wises[0].links[0].code);
  });

  it("refuses a WISE of another country, and writes nothing", async () => {
    const w = await world();
    const belgian = await makeWise({ countryCode: "BE" });
    const before = await surveyCounts();
    const result = await createSurvey(w.partnerRo, input([...w.wiseIds, belgian.id]));
    expect(result).toMatchObject({ ok: false, status: 400, message: "surveyWiseOtherCountry" });
    if (!result.ok) expect(result.fieldErrors.wiseIds).toEqual(["surveyWiseOtherCountry"]);
    expect(await surveyCounts()).toEqual(before);
  });

  it("refuses a last day before the first, and no WISE at all, next to their fields", async () => {
    const w = await world();
    const result = await createSurvey(
      w.partnerRo,
      input([], { opensOn: "2027-03-10", closesOn: "2027-03-09" }),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.status).toBe(400);
      expect(result.fieldErrors.closesOn).toEqual(["surveyClosesBeforeOpens"]);
      expect(result.fieldErrors.wiseIds).toEqual(["surveyNeedsWises"]);
    }
    expect(await db.survey.count()).toBe(0);
  });

  it("is for a country's partner and facilitators, and for the focus group's own lead", async () => {
    const w = await world();
    expect(await createSurvey(w.partnerBe, input(w.wiseIds))).toMatchObject({ status: 403 });
    expect(await createSurvey(w.facilitatorBe, input(w.wiseIds))).toMatchObject({ status: 403 });
    const participant = await makeActor("PARTICIPANT", { countryCode: "RO" });
    expect(await createSurvey(participant, input(w.wiseIds))).toMatchObject({ status: 403 });
    // A Belgian facilitator leading a Romanian focus group surveys its WISEs.
    const { session, agendaItems } = await makeSession({
      facilitatorId: w.facilitatorBe.id,
      wiseCount: 1,
    });
    const fromSession = input([agendaItems[0].wiseId], { sessionId: session.id });
    expect(await createSurvey(w.facilitatorBe, fromSession)).toMatchObject({ ok: true });
    expect(await createSurvey(w.lead, input(w.wiseIds))).toMatchObject({ ok: true });
    expect(await db.survey.count()).toBe(2);
  });
});

describe("the new-survey form's choices", () => {
  beforeEach(resetDatabase);

  it("offers a country's WISEs and focus groups, and those a facilitator leads abroad", async () => {
    const w = await world();
    const { session: abroad } = await makeSession({ facilitatorId: w.facilitatorBe.id });
    await makeWise({ countryCode: "BE" });
    const forPartnerRo = await getNewSurveyOptions(w.partnerRo, "RO");
    expect(forPartnerRo.wises).toHaveLength(4);
    expect(forPartnerRo.sessions.map((s) => s.id).sort()).toEqual([abroad.id, w.session.id].sort());
    expect(forPartnerRo.sessions.find((s) => s.id === w.session.id)?.wiseIds.sort()).toEqual(
      [...w.wiseIds].sort(),
    );
    const forLeadAbroad = await getNewSurveyOptions(w.facilitatorBe, "BE");
    expect(forLeadAbroad.wises).toHaveLength(1);
    expect(forLeadAbroad.sessions.map((s) => [s.id, s.countryCode])).toEqual([[abroad.id, "RO"]]);
    expect((await getNewSurveyOptions(w.partnerBe, "BE")).sessions).toEqual([]);
  });
});

describe("a survey's country scope", () => {
  beforeEach(resetDatabase);

  it("a Belgian partner neither lists, reads, reminds nor closes a Romanian survey", async () => {
    const w = await world();
    const created = await createSurvey(w.partnerRo, input(w.wiseIds));
    if (!created.ok) throw new Error(created.message);
    const { surveyId } = created.data;
    const surveyWise = await db.surveyWise.findFirstOrThrow({ where: { surveyId } });

    expect(await listSurveys(w.partnerBe)).toEqual([]);
    expect(await getSurvey(w.partnerBe, surveyId)).toBeNull();
    expect(await getSurvey(w.facilitatorBe, surveyId)).toBeNull();
    expect(await remindSurveyWise(w.partnerBe, { surveyWiseId: surveyWise.id })).toMatchObject({
      status: 403,
    });
    expect(await closeSurvey(w.partnerBe, { surveyId })).toMatchObject({ status: 403 });
    expect((await db.survey.findUniqueOrThrow({ where: { id: surveyId } })).status).toBe("OPEN");

    for (const reader of [w.partnerRo, w.lead, w.admin]) {
      expect((await listSurveys(reader)).map((s) => s.id)).toEqual([surveyId]);
      expect((await getSurvey(reader, surveyId))?.id).toBe(surveyId);
    }
  });

  it("lists exactly the surveys the reader may read", async () => {
    const w = await world();
    await createSurvey(w.partnerRo, input(w.wiseIds));
    const belgianWise = await makeWise({ countryCode: "BE" });
    await createSurvey(w.partnerBe, { ...input([belgianWise.id]), countryCode: "BE" });
    const all = await db.survey.findMany({
      select: { id: true, countryCode: true, createdById: true },
    });
    for (const reader of [w.admin, w.partnerRo, w.partnerBe, w.lead, w.facilitatorBe]) {
      const listed = (await listSurveys(reader)).map((s) => s.id).sort();
      const readable = all
        .filter((s) => can(reader, "survey.read", { ...s, sessionFacilitatorId: null }))
        .map((s) => s.id)
        .sort();
      expect(listed).toEqual(readable);
    }
  });
});

describe("following a survey", () => {
  beforeEach(resetDatabase);

  it("shows how many started and finished per WISE and group, and nothing of who", async () => {
    const w = await world();
    const created = await createSurvey(w.partnerRo, input(w.wiseIds));
    if (!created.ok) throw new Error(created.message);
    const links = await db.surveyLink.findMany({
      where: { surveyWise: { surveyId: created.data.surveyId, wiseId: w.wiseIds[0] } },
    });
    const worker = links.find((link) => link.group === "WORKER");
    if (!worker) throw new Error("no worker link");
    await addResponses(worker.id, 4, 3);
    const survey = await getSurvey(w.partnerRo, created.data.surveyId);
    const shown = survey?.wises.find((sw) => sw.wiseId === w.wiseIds[0]);
    expect(shown?.links.map((l) => [l.group, l.started, l.finished])).toEqual([
      ["ENABLER", 0, 0],
      ["SUPPORTER", 0, 0],
      ["WORKER", 4, 3],
    ]);
    expect(JSON.stringify(survey)).not.toMatch(/resumeTokenHash|hash-/);
    expect((await listSurveys(w.partnerRo))[0].responseCount).toBe(4);
  });

  it("records a reminder, and once closed refuses reminders and a second close", async () => {
    const w = await world();
    const created = await createSurvey(w.partnerRo, input(w.wiseIds));
    if (!created.ok) throw new Error(created.message);
    const { surveyId } = created.data;
    const surveyWise = await db.surveyWise.findFirstOrThrow({ where: { surveyId } });
    const reminded = await remindSurveyWise(w.partnerRo, { surveyWiseId: surveyWise.id });
    expect(reminded).toMatchObject({ ok: true });
    expect(
      (await db.surveyWise.findUniqueOrThrow({ where: { id: surveyWise.id } })).remindedAt,
    ).not.toBeNull();

    expect(await closeSurvey(w.lead, { surveyId })).toMatchObject({ ok: true });
    expect((await getSurvey(w.partnerRo, surveyId))?.phase).toBe("closed");
    expect(await closeSurvey(w.partnerRo, { surveyId })).toMatchObject({
      status: 409,
      message: "surveyClosed",
    });
    expect(await remindSurveyWise(w.partnerRo, { surveyWiseId: surveyWise.id })).toMatchObject({
      status: 409,
    });
    expect(await db.auditEvent.count({ where: { action: "survey.close" } })).toBe(1);
  });
});

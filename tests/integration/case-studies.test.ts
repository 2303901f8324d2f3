import { beforeEach, describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/auth/permissions";
import {
  addCaseStudyQuote,
  createCaseStudy,
  removeCaseStudyQuote,
  saveCaseStudySections,
  withdrawQuoteConsent,
} from "@/lib/case-studies/mutations";
import {
  approvedCaseStudiesForReport,
  getCaseStudy,
  getCaseStudySuggestions,
  listCaseStudies,
} from "@/lib/case-studies/queries";
import {
  replyToCaseStudyReview,
  reviewCaseStudy,
  submitCaseStudy,
} from "@/lib/case-studies/review-mutations";
import { getCaseStudyTemplate } from "@/lib/case-studies/template-queries";
import { db } from "@/lib/db";
import { makeAttachmentRow } from "../factories/case-studies";
import { agreeModel } from "../factories/results";
import { makeSession } from "../factories/sessions";
import { addRespondents, makeSkillFramework, makeSurvey } from "../factories/skills-gaps";
import { makeActor } from "../factories/users";
import { resetDatabase } from "../setup/reset-db";

const SECTIONS = {
  modelReason: "",
  pathwayIn: "",
  pathwayOut: "",
  digitalTools: "",
  practices: "",
  challenges: "",
};

/** A Romanian WISE classified PRODUCTIVE by a closed focus group, its partners, an admin. */
async function world() {
  const facilitator = await makeActor("FACILITATOR", { countryCode: "RO" });
  const author = await makeActor("PARTNER", { countryCode: "RO" });
  const colleague = await makeActor("PARTNER", { countryCode: "RO" });
  const belgian = await makeActor("PARTNER", { countryCode: "BE" });
  const admin = await makeActor("ADMIN");
  const { session, agendaItems } = await makeSession({
    facilitatorId: facilitator.id,
    status: "CLOSED",
  });
  const wiseId = agendaItems[0].wiseId;
  await agreeModel(agendaItems[0].id, "PRODUCTIVE");
  const created = await createCaseStudy(author, { wiseId, locale: "ro" });
  if (!created.ok) throw new Error(`could not create: ${created.message}`);
  return {
    facilitator,
    author,
    colleague,
    belgian,
    admin,
    wiseId,
    sessionId: session.id,
    caseStudyId: created.data.caseStudyId,
  };
}

const quoteInput = (caseStudyId: string, overrides: Record<string, string> = {}) => ({
  caseStudyId,
  text: "Here I learnt to work with others again.",
  speaker: "WORKER",
  consentMethod: "WRITTEN",
  consentGivenOn: "2026-01-15",
  ...overrides,
});

const studyRow = (id: string) =>
  db.caseStudy.findUniqueOrThrow({
    where: { id },
    select: { status: true, version: true, pathwayIn: true },
  });

describe("case studies", () => {
  beforeEach(resetDatabase);

  it("starts a study from the focus group that agreed the WISE's model, and reads that model", async () => {
    const { author, caseStudyId, sessionId } = await world();
    const study = await db.caseStudy.findUniqueOrThrow({ where: { id: caseStudyId } });
    expect(study).toMatchObject({ sessionId, countryCode: "RO", locale: "ro", status: "DRAFT" });
    const audit = await db.auditEvent.findMany({ where: { targetId: caseStudyId } });
    expect(audit.map((entry) => entry.action)).toEqual(["caseStudy.create"]);
    expect((await getCaseStudy(author, caseStudyId))?.status).toBe("DRAFT");
  });

  it("a Belgian partner can neither read nor change a Romanian study by any path", async () => {
    const w = await world();
    const quote = await addCaseStudyQuote(w.author, quoteInput(w.caseStudyId));
    expect(quote.ok).toBe(true);
    const quoteId = (await db.caseStudyQuote.findFirstOrThrow()).id;
    const before = await studyRow(w.caseStudyId);
    const auditBefore = await db.auditEvent.count();

    await expect(getCaseStudy(w.belgian, w.caseStudyId)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await listCaseStudies(w.belgian)).toEqual([]);
    expect((await listCaseStudies(w.author)).map((s) => s.id)).toEqual([w.caseStudyId]);

    const attempts = [
      createCaseStudy(w.belgian, { wiseId: w.wiseId, locale: "fr" }),
      saveCaseStudySections(w.belgian, {
        caseStudyId: w.caseStudyId,
        version: String(before.version),
        ...SECTIONS,
        pathwayIn: "Belgian text",
      }),
      addCaseStudyQuote(w.belgian, quoteInput(w.caseStudyId)),
      removeCaseStudyQuote(w.belgian, { caseStudyId: w.caseStudyId, quoteId }),
      withdrawQuoteConsent(w.belgian, { caseStudyId: w.caseStudyId, quoteId }),
      submitCaseStudy(w.belgian, { caseStudyId: w.caseStudyId, version: String(before.version) }),
      reviewCaseStudy(w.belgian, {
        caseStudyId: w.caseStudyId,
        step: "APPROVED",
        version: String(before.version),
      }),
      replyToCaseStudyReview(w.belgian, { caseStudyId: w.caseStudyId, body: "Hello" }),
    ];
    for (const result of await Promise.all(attempts)) {
      expect(result).toMatchObject({ ok: false, status: 403 });
    }
    expect(await studyRow(w.caseStudyId)).toEqual(before);
    expect(await db.caseStudyQuote.findUniqueOrThrow({ where: { id: quoteId } })).toMatchObject({
      consentWithdrawnAt: null,
    });
    expect(await db.caseStudy.count()).toBe(1);
    expect(await db.caseStudyReview.count()).toBe(0);
    expect(await db.auditEvent.count()).toBe(auditBefore);
    expect(await getCaseStudySuggestions(w.belgian)).toMatchObject({ countryCode: "BE" });
    expect(
      (await getCaseStudySuggestions(w.belgian))?.models.every((entry) => entry.wise === null),
    ).toBe(true);
  });

  it("refuses a save made on a version someone else has saved over, and keeps their text", async () => {
    const { author, colleague, caseStudyId } = await world();
    const loaded = await studyRow(caseStudyId);
    const theirs = await saveCaseStudySections(colleague, {
      caseStudyId,
      version: String(loaded.version),
      ...SECTIONS,
      pathwayIn: "Referred by the county's employment agency.",
    });
    expect(theirs.ok).toBe(true);
    const mine = await saveCaseStudySections(author, {
      caseStudyId,
      version: String(loaded.version),
      ...SECTIONS,
      pathwayIn: "Walk-ins only.",
    });
    expect(mine).toMatchObject({ ok: false, status: 409, message: "caseStudyConflict" });
    expect(await studyRow(caseStudyId)).toEqual({
      status: "DRAFT",
      version: loaded.version + 1,
      pathwayIn: "Referred by the county's employment agency.",
    });
  });

  it("four eyes: the author never approves their own study; another partner of the country does", async () => {
    const { author, colleague, admin, caseStudyId } = await world();
    const submitted = await submitCaseStudy(author, { caseStudyId, version: "1" });
    expect(submitted).toMatchObject({ ok: true, data: { status: "IN_REVIEW" } });
    const version = String((await studyRow(caseStudyId)).version);

    const own = await reviewCaseStudy(author, { caseStudyId, step: "APPROVED", version });
    expect(own).toMatchObject({ ok: false, status: 403 });
    expect((await studyRow(caseStudyId)).status).toBe("IN_REVIEW");

    const changes = await reviewCaseStudy(colleague, {
      caseStudyId,
      step: "CHANGES_REQUESTED",
      body: "Say more about the pathway out.",
      version,
    });
    expect(changes.ok).toBe(true);
    expect((await studyRow(caseStudyId)).status).toBe("DRAFT");
    expect((await replyToCaseStudyReview(author, { caseStudyId, body: "Done." })).ok).toBe(true);

    const v = String((await studyRow(caseStudyId)).version);
    expect((await submitCaseStudy(author, { caseStudyId, version: v })).ok).toBe(true);
    const v2 = String((await studyRow(caseStudyId)).version);
    expect((await reviewCaseStudy(admin, { caseStudyId, step: "APPROVED", version: v2 })).ok).toBe(
      true,
    );
    const study = await getCaseStudy(author, caseStudyId);
    expect(study?.status).toBe("APPROVED");
    expect(
      study?.timeline.map((entry) =>
        entry.kind === "review" ? entry.step : `${entry.fromStatus}>${entry.toStatus}`,
      ),
    ).toEqual([
      "DRAFT>IN_REVIEW",
      "CHANGES_REQUESTED",
      "IN_REVIEW>DRAFT",
      "FACILITATOR_REPLY",
      "DRAFT>IN_REVIEW",
      "APPROVED",
      "IN_REVIEW>APPROVED",
    ]);
  });

  it("an admin who wrote a study cannot approve it either", async () => {
    const w = await world();
    const created = await createCaseStudy(w.admin, { wiseId: w.wiseId, locale: "en" });
    if (!created.ok) throw new Error("not created");
    const caseStudyId = created.data.caseStudyId;
    expect((await submitCaseStudy(w.admin, { caseStudyId, version: "1" })).ok).toBe(true);
    const version = String((await studyRow(caseStudyId)).version);
    expect(
      await reviewCaseStudy(w.admin, { caseStudyId, step: "APPROVED", version }),
    ).toMatchObject({ ok: false, status: 403 });
    expect((await reviewCaseStudy(w.author, { caseStudyId, step: "APPROVED", version })).ok).toBe(
      true,
    );
  });

  it("refuses to submit while an attached image lacks its alternative text", async () => {
    const { author, caseStudyId } = await world();
    await makeAttachmentRow({ caseStudyId, createdById: author.id, mediaType: "application/pdf" });
    const photo = await makeAttachmentRow({
      caseStudyId,
      createdById: author.id,
      mediaType: "image/jpeg",
      altText: "  ",
    });
    expect(await submitCaseStudy(author, { caseStudyId, version: "1" })).toMatchObject({
      ok: false,
      status: 409,
      message: "caseStudyImageNeedsAlt",
    });
    expect((await studyRow(caseStudyId)).status).toBe("DRAFT");
    await db.caseStudyAttachment.update({
      where: { id: photo.id },
      data: { altText: "Two bakers shaping loaves." },
    });
    expect((await submitCaseStudy(author, { caseStudyId, version: "1" })).ok).toBe(true);
  });

  it("editing an approved study sends it back to draft; a study in review is not edited", async () => {
    const { author, colleague, caseStudyId } = await world();
    await submitCaseStudy(author, { caseStudyId, version: "1" });
    const locked = await saveCaseStudySections(author, {
      caseStudyId,
      version: "2",
      ...SECTIONS,
    });
    expect(locked).toMatchObject({ ok: false, status: 409, message: "caseStudyLocked" });
    await reviewCaseStudy(colleague, { caseStudyId, step: "APPROVED", version: "2" });
    const { version } = await studyRow(caseStudyId);
    const edit = await saveCaseStudySections(author, {
      caseStudyId,
      version: String(version),
      ...SECTIONS,
      pathwayOut: "Three workers moved to a supermarket chain.",
    });
    expect(edit).toMatchObject({ ok: true, data: { status: "DRAFT" } });
    expect(await approvedCaseStudiesForReport(["RO"])).toEqual([]);
  });

  it("gives the report builder approved studies with their model and only quotes whose consent holds", async () => {
    const { author, colleague, caseStudyId } = await world();
    await saveCaseStudySections(author, {
      caseStudyId,
      version: "1",
      ...SECTIONS,
      practices: "A shared kitchen with a job coach.",
    });
    const kept = await addCaseStudyQuote(author, quoteInput(caseStudyId, { text: "Kept." }));
    const withdrawn = await addCaseStudyQuote(
      author,
      quoteInput(caseStudyId, { text: "My words, withdrawn.", speaker: "MANAGER" }),
    );
    expect(kept.ok && withdrawn.ok).toBe(true);
    const quotes = await db.caseStudyQuote.findMany({ orderBy: { position: "asc" } });
    const { version } = await studyRow(caseStudyId);
    await submitCaseStudy(author, { caseStudyId, version: String(version) });
    await reviewCaseStudy(colleague, {
      caseStudyId,
      step: "APPROVED",
      version: String(version + 1),
    });
    // Withdrawal is the speaker's right whatever the status, and leaves the study approved.
    const withdrawal = await withdrawQuoteConsent(author, { caseStudyId, quoteId: quotes[1].id });
    expect(withdrawal.ok).toBe(true);
    expect(
      await db.caseStudyQuote.findUniqueOrThrow({ where: { id: quotes[1].id } }),
    ).toMatchObject({ text: "", consentWithdrawnAt: expect.any(Date) });

    const report = await approvedCaseStudiesForReport(["RO"]);
    expect(report).toHaveLength(1);
    expect(report[0]).toMatchObject({
      id: caseStudyId,
      model: "PRODUCTIVE",
      sections: { practices: "A shared kitchen with a job coach." },
      quotes: [{ text: "Kept.", speaker: "WORKER" }],
    });
    expect(await approvedCaseStudiesForReport(["BE"])).toEqual([]);
    expect(await approvedCaseStudiesForReport(null)).toHaveLength(1);
    // The trail keeps no quote's words.
    const trail = JSON.stringify(
      await db.auditEvent.findMany({ where: { targetId: caseStudyId } }),
    );
    expect(trail).not.toContain("My words, withdrawn.");
  });

  it("refuses a quote with contact details or a consent day after today, writing nothing", async () => {
    const { author, caseStudyId } = await world();
    const phone = await addCaseStudyQuote(
      author,
      quoteInput(caseStudyId, { text: "Call me on 0721 123 456." }),
    );
    expect(phone).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { text: ["quoteContactDetails"] },
    });
    const future = await addCaseStudyQuote(
      author,
      quoteInput(caseStudyId, { consentGivenOn: "2999-01-01" }),
    );
    expect(future).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { consentGivenOn: ["quoteConsentInFuture"] },
    });
    expect(await db.caseStudyQuote.count()).toBe(0);
    expect((await studyRow(caseStudyId)).version).toBe(1);
  });

  it("suggests one WISE per agreed model without a study yet", async () => {
    const { author, facilitator } = await world();
    const other = await makeSession({
      facilitatorId: facilitator.id,
      status: "PUBLISHED",
      wiseCount: 2,
    });
    await agreeModel(other.agendaItems[0].id, "PRODUCTIVE");
    await agreeModel(other.agendaItems[1].id, "PLACEMENT");
    const suggestions = await getCaseStudySuggestions(author);
    const byModel = Object.fromEntries(
      (suggestions?.models ?? []).map((entry) => [entry.model, entry.wise?.id ?? null]),
    );
    // The first WISE (PRODUCTIVE) already has a study: the other productive one is suggested.
    expect(byModel.PRODUCTIVE).toBe(other.agendaItems[0].wiseId);
    expect(byModel.PLACEMENT).toBe(other.agendaItems[1].wiseId);
    expect(byModel.SOCIAL_ENTERPRISE).toBeNull();
  });

  it("reads the template from the app: the agreed model, and skills gaps only from five respondents", async () => {
    const { facilitator, belgian, caseStudyId, wiseId } = await world();
    const framework = await makeSkillFramework([
      { code: "DIGCOMP_1_1", group: "ENABLER", area: "DIGITAL_INFORMATION" },
      { code: "SUPPORT_PLAN", group: "SUPPORTER", area: "SUPPORT" },
    ]);
    const survey = await makeSurvey({
      frameworkId: framework.id,
      createdById: facilitator.id,
      wiseIds: [wiseId],
    });
    await addRespondents(5, {
      surveyId: survey.id,
      wiseId,
      group: "ENABLER",
      answers: { DIGCOMP_1_1: [5, 1] },
    });
    await addRespondents(4, {
      surveyId: survey.id,
      wiseId,
      group: "SUPPORTER",
      answers: { SUPPORT_PLAN: [5, 1] },
    });
    const study = await db.caseStudy.findUniqueOrThrow({ where: { id: caseStudyId } });
    const template = await getCaseStudyTemplate(facilitator, study);
    expect(template.profile?.id).toBe(wiseId);
    expect(template.model).toMatchObject({ model: "PRODUCTIVE" });
    expect(template.gaps.cells["ENABLER|DIGITAL_INFORMATION"]).toEqual({
      respondents: 5,
      gap: 4,
    });
    // Four supporters: the cell exists but its figure is hidden.
    expect(template.gaps.cells["SUPPORTER|SUPPORT"]).toEqual({ respondents: 4, gap: null });
    // Another country's partner gets nothing of it, by this path either.
    await expect(getCaseStudyTemplate(belgian, study)).rejects.toBeInstanceOf(ForbiddenError);
  });
});

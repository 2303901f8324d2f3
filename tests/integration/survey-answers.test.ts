import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { saveSurveyChange } from "@/lib/skills/answers/answer-mutations";
import { RESPONDENT } from "@/lib/skills/answers/resume-token";
import { startInterview, startSurveyResponse } from "@/lib/skills/answers/start-mutations";
import { consent, makeAnswerableSurvey, nextChangeId } from "../factories/skills-answers";
import { makeActor } from "../factories/users";
import { resetDatabase } from "../setup/reset-db";

/**
 * Answering the staff survey (issue 11): no respondent identity is stored, a token reads and
 * writes only its own response, a change is applied once and in the device's order, and a
 * closed survey takes nothing.
 */
beforeEach(resetDatabase);

const save = (token: string, code: string, change: Record<string, unknown>) =>
  saveSurveyChange(RESPONDENT, { token, code, change });

const skillChange = (
  responseId: string,
  skillId: string,
  values: Partial<Record<string, unknown>> = {},
) => ({
  kind: "skill",
  changeId: nextChangeId(),
  responseId,
  skillId,
  importanceNow: 4,
  importanceFuture: 5,
  mastery: 2,
  notPartOfJob: false,
  ...values,
});

async function rowsOfResponses() {
  const responses = await db.$queryRaw<Record<string, unknown>[]>`SELECT * FROM "SurveyResponse"`;
  const answers = await db.$queryRaw<Record<string, unknown>[]>`SELECT * FROM "SkillAnswer"`;
  return { responses, answers };
}

describe("anonymity", () => {
  it("no column of a response or an answer holds a name, address, user id or IP, in self and interview modes", async () => {
    const { codes, skillsOf } = await makeAnswerableSurvey();
    const interviewer = await makeActor("FACILITATOR", { countryCode: "RO" });
    const self = await consent(codes.ENABLER, "198.51.100.23");
    const started = await startInterview(interviewer, {
      code: codes.WORKER,
      consent: "yes",
      locale: "ro",
      address: "198.51.100.24",
    });
    expect(started.ok).toBe(true);
    const interviewToken = started.ok ? started.data.token : "";
    const interviewResponse = await db.surveyResponse.findFirstOrThrow({
      where: { mode: "INTERVIEWER" },
    });
    const [enablerSkill] = skillsOf("ENABLER");
    const [workerSkill] = skillsOf("WORKER");
    expect(
      await save(self.token, codes.ENABLER, skillChange(self.responseId, enablerSkill?.id ?? "")),
    ).toMatchObject({ ok: true });
    expect(
      await save(
        interviewToken,
        codes.WORKER,
        skillChange(interviewResponse.id, workerSkill?.id ?? ""),
      ),
    ).toMatchObject({ ok: true });
    expect(
      await save(self.token, codes.ENABLER, {
        kind: "profile",
        changeId: nextChangeId(),
        responseId: self.responseId,
        barriers: ["TIME", "COST"],
        preferredFormat: "BLENDED",
        needText: "Spreadsheets for the shop's stock",
        submitted: true,
      }),
    ).toMatchObject({ ok: true });

    const { responses, answers } = await rowsOfResponses();
    expect(responses).toHaveLength(2);
    expect(answers).toHaveLength(2);
    const user = await db.user.findUniqueOrThrow({ where: { id: interviewer.id } });
    const forbidden = [
      user.id,
      user.email,
      user.name,
      "198.51.100.23",
      "198.51.100.24",
      self.token,
      interviewToken,
    ];
    for (const row of [...responses, ...answers]) {
      for (const [column, value] of Object.entries(row)) {
        expect(column).not.toMatch(/name|email|user|address|ip|interviewer|actor/i);
        const text = JSON.stringify(value) ?? "";
        for (const secret of forbidden) expect(text, column).not.toContain(secret);
      }
    }
    expect(interviewResponse.mode).toBe("INTERVIEWER");
    // Nothing in the audit trail ties a caller to a response either.
    expect(await db.auditEvent.count()).toBe(0);
  });

  it("nothing is stored before consent: a refused consent writes no response", async () => {
    const { codes } = await makeAnswerableSurvey();
    const refused = await startSurveyResponse(RESPONDENT, { code: codes.ENABLER, locale: "en" });
    expect(refused).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { consent: ["surveyConsentRequired"] },
    });
    expect(await db.surveyResponse.count()).toBe(0);
  });
});

describe("one token, one response", () => {
  it("a token cannot write through another link, nor write another response; an unknown token writes nothing", async () => {
    const { codes, skillsOf } = await makeAnswerableSurvey();
    const enabler = await consent(codes.ENABLER);
    const supporter = await consent(codes.SUPPORTER);
    const [supporterSkill] = skillsOf("SUPPORTER");
    const [enablerSkill] = skillsOf("ENABLER");
    // The enabler's token addressed to the supporters' link.
    expect(
      await save(
        enabler.token,
        codes.SUPPORTER,
        skillChange(supporter.responseId, supporterSkill?.id ?? ""),
      ),
    ).toMatchObject({ ok: false, status: 403, message: "surveyResponseUnknown" });
    // The enabler's token naming the supporter's response: the token decides, the id must agree.
    expect(
      await save(
        enabler.token,
        codes.ENABLER,
        skillChange(supporter.responseId, enablerSkill?.id ?? ""),
      ),
    ).toMatchObject({ ok: false, status: 409, message: "surveyResponseReplaced" });
    expect(
      await save(
        "not-a-token",
        codes.ENABLER,
        skillChange(enabler.responseId, enablerSkill?.id ?? ""),
      ),
    ).toMatchObject({ ok: false, status: 403 });
    // A skill of another group through one's own link.
    expect(
      await save(
        enabler.token,
        codes.ENABLER,
        skillChange(enabler.responseId, supporterSkill?.id ?? ""),
      ),
    ).toMatchObject({ ok: false, status: 400, message: "surveySkillUnknown" });
    expect(await db.skillAnswer.count()).toBe(0);
  });
});

describe("idempotent, ordered writes", () => {
  it("the same change sent ten times at once makes one row; a later change wins; an earlier one arriving late does nothing", async () => {
    const { codes, skillsOf } = await makeAnswerableSurvey();
    const { token, responseId } = await consent(codes.WORKER);
    const skillId = skillsOf("WORKER")[0]?.id ?? "";
    const first = skillChange(responseId, skillId, {
      importanceNow: 1,
      importanceFuture: null,
      mastery: null,
    });
    const results = await Promise.all(
      Array.from({ length: 10 }, () => save(token, codes.WORKER, first)),
    );
    expect(results.every((result) => result.ok)).toBe(true);
    expect(results.filter((result) => result.ok && result.data.applied)).toHaveLength(1);
    expect(await db.skillAnswer.count()).toBe(1);

    const second = skillChange(responseId, skillId, {
      importanceNow: 3,
      importanceFuture: 4,
      mastery: 2,
    });
    const third = skillChange(responseId, skillId, {
      importanceNow: null,
      importanceFuture: null,
      mastery: null,
      notPartOfJob: true,
    });
    // Sent in parallel, in any order, with duplicates: the change made last is what stays.
    await Promise.all(
      [third, second, third, second, first].map((change) => save(token, codes.WORKER, change)),
    );
    const row = await db.skillAnswer.findFirstOrThrow();
    expect(row).toMatchObject({
      notPartOfJob: true,
      importanceNow: null,
      lastChangeId: third.changeId,
    });
    // The second change resent once more: acknowledged with what is stored, not applied.
    expect(await save(token, codes.WORKER, second)).toMatchObject({
      ok: true,
      data: { applied: false, saved: { notPartOfJob: true, importanceNow: null } },
    });
    expect(await db.skillAnswer.count()).toBe(1);
  });

  it("the questions after the skills follow the same rule, and a rating on a 'not part of my job' is refused", async () => {
    const { codes, skillsOf } = await makeAnswerableSurvey();
    const { token, responseId } = await consent(codes.SUPPORTER);
    const profile = (barriers: string[], submitted: boolean) => ({
      kind: "profile",
      changeId: nextChangeId(),
      responseId,
      barriers,
      preferredFormat: "ONLINE",
      needText: "  ",
      submitted,
    });
    const older = profile(["COST"], false);
    const newer = profile(["TIME", "EQUIPMENT", "TIME"], true);
    expect(await save(token, codes.SUPPORTER, newer)).toMatchObject({
      ok: true,
      data: { applied: true },
    });
    expect(await save(token, codes.SUPPORTER, older)).toMatchObject({
      ok: true,
      data: { applied: false },
    });
    const stored = await db.surveyResponse.findUniqueOrThrow({ where: { id: responseId } });
    expect(stored.barriers.sort()).toEqual(["EQUIPMENT", "TIME"]);
    expect(stored.needText).toBeNull();
    expect(stored.submittedAt).not.toBeNull();

    const rated = skillChange(responseId, skillsOf("SUPPORTER")[0]?.id ?? "", {
      notPartOfJob: true,
    });
    expect(await save(token, codes.SUPPORTER, rated)).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { "change.notPartOfJob": ["surveyNotPartOfJobRated"] },
    });
    expect(
      await save(token, codes.SUPPORTER, { ...profile([], false), needText: "x".repeat(1001) }),
    ).toMatchObject({ ok: false, status: 400 });
    expect(await db.skillAnswer.count()).toBe(0);
  });
});

describe("open surveys only", () => {
  it("a closed survey refuses answers and consent; a draft's code is unknown", async () => {
    const { survey, codes, skillsOf } = await makeAnswerableSurvey();
    const { token, responseId } = await consent(codes.ENABLER);
    await db.survey.update({ where: { id: survey.id }, data: { status: "CLOSED" } });
    expect(
      await save(token, codes.ENABLER, skillChange(responseId, skillsOf("ENABLER")[0]?.id ?? "")),
    ).toMatchObject({ ok: false, status: 409, message: "surveyClosed" });
    expect(
      await startSurveyResponse(RESPONDENT, { code: codes.ENABLER, consent: "yes", locale: "en" }),
    ).toMatchObject({ ok: false, status: 409, message: "surveyClosed" });
    expect(await db.skillAnswer.count()).toBe(0);
    expect(await db.surveyResponse.count()).toBe(1);

    const draft = await makeAnswerableSurvey({ status: "DRAFT" });
    expect(
      await startSurveyResponse(RESPONDENT, {
        code: draft.codes.WORKER,
        consent: "yes",
        locale: "en",
      }),
    ).toMatchObject({ ok: false, status: 404, message: "surveyCodeUnknown" });
  });

  it("codes cannot be guessed: an address is stopped after 100 attempts, even with a right code", {
    timeout: 60_000,
  }, async () => {
    const { codes } = await makeAnswerableSurvey();
    const attempt = (code: string, address: string) =>
      startSurveyResponse(RESPONDENT, { code, consent: "yes", locale: "en", address });
    const guesses = await Promise.all(
      Array.from({ length: 105 }, (_, i) => attempt(`NOPE${i}`, "192.0.2.50")),
    );
    expect(guesses.filter((r) => !r.ok && r.status === 404)).toHaveLength(100);
    expect(guesses.filter((r) => !r.ok && r.status === 429)).toHaveLength(5);
    expect(await attempt(codes.ENABLER, "192.0.2.50")).toMatchObject({ ok: false, status: 429 });
    expect(await attempt(codes.ENABLER, "192.0.2.51")).toMatchObject({ ok: true });
    expect(await db.surveyResponse.count()).toBe(1);
  });
});

describe("interviews", () => {
  it("only the survey's country's facilitators and partners (and admins) start one; the response is marked INTERVIEWER", async () => {
    const { codes } = await makeAnswerableSurvey();
    const input = { code: codes.WORKER, consent: "yes", locale: "en" };
    for (const outsider of [
      await makeActor("PARTNER", { countryCode: "BE" }),
      await makeActor("FACILITATOR", { countryCode: "BE" }),
      await makeActor("PARTICIPANT", { countryCode: "RO" }),
    ]) {
      expect(await startInterview(outsider, input)).toMatchObject({ ok: false, status: 403 });
    }
    expect(await db.surveyResponse.count()).toBe(0);
    expect(
      await startInterview(await makeActor("PARTNER", { countryCode: "RO" }), input),
    ).toMatchObject({ ok: true });
    expect(await db.surveyResponse.findMany({ select: { mode: true } })).toEqual([
      { mode: "INTERVIEWER" },
    ]);
  });
});

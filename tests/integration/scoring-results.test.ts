import { beforeEach, describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/auth/permissions";
import { saveScore } from "@/lib/evaluations/mutations";
import { getAgendaItemScores, getScoringSheet } from "@/lib/evaluations/queries";
import { setUpScoring as setUp } from "../factories/scoring";
import { addMember } from "../factories/sessions";
import { makeActor } from "../factories/users";
import { resetDatabase } from "../setup/reset-db";

describe("scores per rater for the session pages", () => {
  beforeEach(resetDatabase);

  it("gives the facilitator every rater's weighted scores and progress, including raters yet to start", async () => {
    const { facilitator, session, agendaItemId, revenues, profit, share } = await setUp();
    const participant = await makeActor("PARTICIPANT");
    const idle = await makeActor("PARTICIPANT");
    await addMember(session.id, participant.id, "PARTICIPANT", true);
    await addMember(session.id, idle.id, "PARTICIPANT", true);
    const base = { agendaItemId, expectedVersion: 0 };
    await saveScore(facilitator, { ...base, criterionId: revenues.id, answer: "LEVEL", level: 5 });
    await saveScore(facilitator, { ...base, criterionId: profit.id, answer: "LEVEL", level: 2 });
    await saveScore(facilitator, { ...base, criterionId: share.id, answer: "NOT_APPLICABLE" });
    await saveScore(participant, { ...base, criterionId: share.id, answer: "LEVEL", level: 1 });

    const result = await getAgendaItemScores(facilitator, agendaItemId);
    const byRater = Object.fromEntries((result?.raters ?? []).map((row) => [row.raterId, row]));
    expect(result?.categories.map((c) => c.code)).toEqual(["ENTREPRENEURIAL", "JOB_INTEGRATION"]);
    // (5×2 + 2×1) / 3 = 4; not applicable is progress but not a score.
    expect(byRater[facilitator.id]).toMatchObject({
      role: "FACILITATOR",
      overall: { score: 4, ratedCount: 2, answeredCount: 3, criterionCount: 3 },
    });
    expect(byRater[facilitator.id].categories.map((c) => c.score)).toEqual([4, null]);
    expect(byRater[participant.id]).toMatchObject({
      role: "PARTICIPANT",
      overall: { score: 1, answeredCount: 1 },
    });
    expect(byRater[idle.id]).toMatchObject({
      lastSavedAt: null,
      overall: { score: null, answeredCount: 0, criterionCount: 3 },
    });
  });

  it("shows a participant only their own row, and refuses outsiders", async () => {
    const { facilitator, session, agendaItemId, revenues } = await setUp();
    const participant = await makeActor("PARTICIPANT");
    await addMember(session.id, participant.id, "PARTICIPANT", true);
    await saveScore(facilitator, {
      agendaItemId,
      criterionId: revenues.id,
      answer: "LEVEL",
      level: 3,
      expectedVersion: 0,
    });
    const own = await getAgendaItemScores(participant, agendaItemId);
    expect(own?.raters.map((row) => row.raterId)).toEqual([participant.id]);
    const outsider = await makeActor("PARTICIPANT");
    await expect(getAgendaItemScores(outsider, agendaItemId)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });

  it("the scoring sheet tells a non-rater nothing but that they may not", async () => {
    const { session, agendaItemId } = await setUp();
    const outsider = await makeActor("ADMIN");
    expect(await getScoringSheet(outsider, session.id, agendaItemId)).toEqual({
      mode: "forbidden",
    });
    expect(await getScoringSheet(outsider, "another-session", agendaItemId)).toBeNull();
  });
});

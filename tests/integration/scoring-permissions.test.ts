import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { saveScore } from "@/lib/evaluations/mutations";
import type { SessionStatus } from "@/lib/generated/prisma/enums";
import { scoringCounts } from "../factories/scoring";
import { addMember, makeSession } from "../factories/sessions";
import { asActor, makeActor, makeUser } from "../factories/users";
import { resetDatabase } from "../setup/reset-db";

async function openSessionWith(status: SessionStatus = "OPEN") {
  const facilitator = asActor(await makeUser("FACILITATOR", { countryCode: "RO" }));
  const { session, agendaItems } = await makeSession({ facilitatorId: facilitator.id, status });
  const criterion = await db.gridCriterion.findFirstOrThrow({
    where: { category: { gridId: session.gridId } },
    orderBy: { position: "asc" },
  });
  const input = {
    agendaItemId: agendaItems[0].id,
    criterionId: criterion.id,
    answer: "LEVEL",
    level: 3,
    expectedVersion: 0,
  };
  return { facilitator, session, agendaItem: agendaItems[0], criterion, input };
}

describe("who may score", () => {
  beforeEach(resetDatabase);

  it("the session's facilitator scores, and their evaluation is made on the first save", async () => {
    const { facilitator, input } = await openSessionWith();
    const result = await saveScore(facilitator, input);
    expect(result).toMatchObject({ ok: true, data: { answer: "LEVEL", level: 3, version: 1 } });
    expect(await db.evaluation.count({ where: { raterId: facilitator.id } })).toBe(1);
  });

  it("a co-facilitator and an invited participant score", async () => {
    const { session, input } = await openSessionWith();
    for (const [role, memberRole] of [
      ["FACILITATOR", "CO_FACILITATOR"],
      ["PARTICIPANT", "PARTICIPANT"],
    ] as const) {
      const member = await makeActor(role);
      await addMember(session.id, member.id, memberRole, true);
      expect((await saveScore(member, input)).ok, memberRole).toBe(true);
    }
    expect(await db.evaluation.count()).toBe(2);
  });

  const refused: { name: string; actor: (sessionId: string) => Promise<Actor> }[] = [
    {
      name: "a participant of the session not invited to score",
      actor: async (sessionId) => {
        const participant = await makeActor("PARTICIPANT");
        await addMember(sessionId, participant.id, "PARTICIPANT", false);
        return participant;
      },
    },
    { name: "a participant who is not in the session", actor: () => makeActor("PARTICIPANT") },
    {
      name: "the facilitator of another session",
      actor: async () => {
        const other = await makeActor("FACILITATOR");
        await makeSession({ facilitatorId: other.id });
        return other;
      },
    },
    { name: "an administrator who is no rater", actor: () => makeActor("ADMIN") },
    {
      name: "a national partner of the session's country",
      actor: () => makeActor("PARTNER", { countryCode: "RO" }),
    },
  ];

  for (const testCase of refused) {
    it(`refuses ${testCase.name} and writes nothing`, async () => {
      const { session, input } = await openSessionWith();
      const actor = await testCase.actor(session.id);
      const before = await scoringCounts();
      expect(await saveScore(actor, input)).toMatchObject({
        ok: false,
        status: 403,
        message: "forbidden",
      });
      expect(await scoringCounts()).toEqual(before);
    });
  }

  for (const status of ["DRAFT", "CLOSED", "PUBLISHED"] as const) {
    it(`scores nothing in a ${status} session, not even the facilitator's`, async () => {
      const { facilitator, input } = await openSessionWith(status);
      const before = await scoringCounts();
      expect(await saveScore(facilitator, input)).toMatchObject({
        ok: false,
        status: 409,
        message: "scoringNotOpen",
      });
      expect(await scoringCounts()).toEqual(before);
    });
  }

  it("a score saved while OPEN stays as it was once the session is closed", async () => {
    const { facilitator, session, input } = await openSessionWith();
    await saveScore(facilitator, input);
    await db.focusGroupSession.update({ where: { id: session.id }, data: { status: "CLOSED" } });
    const result = await saveScore(facilitator, { ...input, level: 5, expectedVersion: 1 });
    expect(result).toMatchObject({ ok: false, message: "scoringNotOpen" });
    expect(await db.score.findFirstOrThrow()).toMatchObject({ level: 3, version: 1 });
  });

  it("a participant whose invitation is withdrawn cannot save any more", async () => {
    const { session, input } = await openSessionWith();
    const participant = await makeActor("PARTICIPANT");
    await addMember(session.id, participant.id, "PARTICIPANT", true);
    expect((await saveScore(participant, input)).ok).toBe(true);
    await db.sessionMember.update({
      where: { sessionId_userId: { sessionId: session.id, userId: participant.id } },
      data: { canScore: false },
    });
    expect(await saveScore(participant, { ...input, level: 1, expectedVersion: 1 })).toMatchObject({
      ok: false,
      status: 403,
    });
  });

  it("an unknown agenda item is not found", async () => {
    const { facilitator, input } = await openSessionWith();
    expect(await saveScore(facilitator, { ...input, agendaItemId: "missing" })).toMatchObject({
      ok: false,
      status: 404,
    });
  });
});

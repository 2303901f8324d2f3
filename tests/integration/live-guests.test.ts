import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { controlLive } from "@/lib/live/mutations";
import { joinLive } from "@/lib/live/participant-mutations";
import { getFacilitatorSnapshot } from "@/lib/live/queries";
import { saveLiveScore } from "@/lib/live/score-mutations";
import { changeSessionStatus } from "@/lib/sessions/mutations";
import { listUsers } from "@/lib/users/queries";
import { control, joinAsGuest, liveScore, makeLiveSession } from "../factories/live";
import { addMember } from "../factories/sessions";
import { makeActor } from "../factories/users";
import { resetDatabase } from "../setup/reset-db";

describe("joining a live session", () => {
  beforeEach(resetDatabase);

  it("a phone joins with the code in any case and spacing, and waits to be admitted", async () => {
    const { session, code } = await makeLiveSession();
    const spaced = `${code.slice(0, 3).toLowerCase()} - ${code.slice(3)}`;
    const result = await joinLive({ code: spaced, displayName: "  Ana Popescu  " });
    expect(result).toMatchObject({ ok: true, data: { sessionId: session.id, status: "WAITING" } });
    const guest = await db.liveParticipant.findFirstOrThrow({ include: { user: true } });
    expect(guest.displayName).toBe("Ana Popescu");
    expect(guest.user).toMatchObject({ guest: true, role: "PARTICIPANT", passwordHash: null });
    expect(guest.user.countryCode).toBe("RO");
    // Only the secret's hash is kept.
    expect(guest.tokenHash).not.toBe(result.ok && result.data.secret);
    expect(await db.sessionMember.count({ where: { userId: guest.userId } })).toBe(0);
  });

  it("an unknown code, an ended live part and an empty name are refused without writing", async () => {
    const { facilitator, session, code } = await makeLiveSession();
    expect(await joinLive({ code: "QQQQQQ", displayName: "Ana" })).toMatchObject({
      status: 404,
      message: "liveCodeUnknown",
    });
    expect(await joinLive({ code: "0O1I", displayName: "Ana" })).toMatchObject({
      status: 404,
      message: "liveCodeUnknown",
    });
    expect(await joinLive({ code, displayName: "   " })).toMatchObject({
      status: 400,
      fieldErrors: { displayName: ["required"] },
    });
    await control(facilitator, session.id, { action: "end" });
    expect(await joinLive({ code, displayName: "Ana" })).toMatchObject({
      status: 404,
      message: "liveCodeUnknown",
    });
    expect(await db.liveParticipant.count()).toBe(0);
    expect(await db.user.count({ where: { guest: true } })).toBe(0);
  });

  it("admit one, admit all (also those who join later), remove one", async () => {
    const { facilitator, session, code } = await makeLiveSession();
    const ana = await joinAsGuest(code, "Ana");
    const ion = await joinAsGuest(code, "Ion");
    await control(facilitator, session.id, { action: "admit", participantId: ana.participantId });
    expect(await db.sessionMember.findFirst({ where: { userId: ana.actor.id } })).toMatchObject({
      role: "PARTICIPANT",
      canScore: true,
    });
    const state = await control(facilitator, session.id, { action: "admitAll" });
    expect(state.admitAll).toBe(true);
    const maria = await joinAsGuest(code, "Maria");
    expect(maria.status).toBe("ADMITTED");
    await control(facilitator, session.id, { action: "remove", participantId: ion.participantId });

    const snapshot = await getFacilitatorSnapshot(session.id);
    expect(snapshot?.participants.map((p) => [p.displayName, p.status])).toEqual([
      ["Ana", "ADMITTED"],
      ["Ion", "REMOVED"],
      ["Maria", "ADMITTED"],
    ]);
    expect(await db.sessionMember.findFirst({ where: { userId: ion.actor.id } })).toMatchObject({
      canScore: false,
    });
  });

  it("guests are not in the administrator's user list", async () => {
    const { code } = await makeLiveSession();
    await joinAsGuest(code, "Ana");
    const admin = await makeActor("ADMIN");
    const users = await listUsers(admin, {});
    expect(users.some((user) => user.name === "Ana")).toBe(false);
    expect(users.length).toBeGreaterThan(0);
  });
});

describe("who runs the room", () => {
  beforeEach(resetDatabase);

  it("a co-facilitator controls; a participant and another country's partner do not", async () => {
    const { session } = await makeLiveSession();
    const coLead = await makeActor("FACILITATOR", { countryCode: "RO" });
    await addMember(session.id, coLead.id, "CO_FACILITATOR");
    expect((await controlLive(coLead, { sessionId: session.id, action: "admitAll" })).ok).toBe(
      true,
    );

    const participant = await makeActor("PARTICIPANT");
    await addMember(session.id, participant.id, "PARTICIPANT", true);
    const partnerBe = await makeActor("PARTNER", { countryCode: "BE" });
    const partnerRo = await makeActor("PARTNER", { countryCode: "RO" });
    for (const outsider of [participant, partnerBe, partnerRo]) {
      expect(await controlLive(outsider, { sessionId: session.id, action: "end" })).toMatchObject({
        ok: false,
        status: 403,
      });
    }
    expect(await db.liveSession.count({ where: { endedAt: { not: null } } })).toBe(0);
  });

  it("a guest cannot control the room they joined", async () => {
    const { facilitator, session, code } = await makeLiveSession();
    await control(facilitator, session.id, { action: "admitAll" });
    const guest = await joinAsGuest(code);
    expect(
      await controlLive(guest.actor, { sessionId: session.id, action: "reveal" }),
    ).toMatchObject({ ok: false, status: 403 });
  });

  it("only an OPEN session goes live; an unknown action is invalid input", async () => {
    const facilitator = await makeActor("FACILITATOR");
    const { makeSession } = await import("../factories/sessions");
    const { session } = await makeSession({ facilitatorId: facilitator.id, status: "DRAFT" });
    expect(
      await controlLive(facilitator, { sessionId: session.id, action: "start" }),
    ).toMatchObject({
      status: 409,
      message: "liveSessionNotOpen",
    });
    expect(
      await controlLive(facilitator, { sessionId: session.id, action: "dance" }),
    ).toMatchObject({ status: 400, message: "invalidInput" });
    expect(await db.liveSession.count()).toBe(0);
  });

  it("restarting an ended live part makes a new code, and the old guests stay out", async () => {
    const { facilitator, session, agendaItems, criteria, code } = await makeLiveSession();
    await control(facilitator, session.id, { action: "admitAll" });
    const guest = await joinAsGuest(code);
    await control(facilitator, session.id, { action: "end" });
    const again = await control(facilitator, session.id, { action: "start" });
    expect(again.joinCode).not.toBe(code);
    expect(again.ended).toBe(false);
    await control(facilitator, session.id, { action: "present", agendaItemId: agendaItems[0].id });
    await control(facilitator, session.id, { action: "openScoring" });
    const result = await saveLiveScore(
      guest.actor,
      true,
      liveScore(agendaItems[0].id, criteria[0].id, 4),
    );
    expect(result).toMatchObject({ ok: false, status: 403, message: "liveNotAdmitted" });
  });
});

describe("the end of a guest's access", () => {
  beforeEach(resetDatabase);

  async function scoringRoom() {
    const room = await makeLiveSession();
    const { facilitator, session, agendaItems } = room;
    await control(facilitator, session.id, { action: "admitAll" });
    const guest = await joinAsGuest(room.code);
    await control(facilitator, session.id, { action: "present", agendaItemId: agendaItems[0].id });
    await control(facilitator, session.id, { action: "openScoring" });
    return { ...room, guest, item: agendaItems[0] };
  }

  it("a removed guest cannot write", async () => {
    const { facilitator, session, guest, item, criteria } = await scoringRoom();
    expect((await saveLiveScore(guest.actor, true, liveScore(item.id, criteria[0].id, 3))).ok).toBe(
      true,
    );
    await control(facilitator, session.id, {
      action: "remove",
      participantId: guest.participantId,
    });
    expect(
      await saveLiveScore(guest.actor, true, liveScore(item.id, criteria[1].id, 3)),
    ).toMatchObject({ ok: false, status: 403, message: "liveNotAdmitted" });
    expect(await db.score.count()).toBe(1);
  });

  it("a waiting guest cannot write", async () => {
    const { session, item, criteria, code } = await scoringRoom();
    await db.liveSession.update({ where: { sessionId: session.id }, data: { admitAll: false } });
    const waiting = await joinAsGuest(code, "Late");
    expect(waiting.status).toBe("WAITING");
    expect(
      await saveLiveScore(waiting.actor, true, liveScore(item.id, criteria[0].id, 3)),
    ).toMatchObject({ ok: false, status: 403, message: "liveNotAdmitted" });
    expect(await db.score.count()).toBe(0);
  });

  it("ending the live part stops every write", async () => {
    const { facilitator, session, guest, item, criteria } = await scoringRoom();
    const state = await control(facilitator, session.id, { action: "end" });
    expect(state.ended).toBe(true);
    expect((await saveLiveScore(guest.actor, true, liveScore(item.id, criteria[0].id, 3))).ok).toBe(
      false,
    );
    expect(
      await saveLiveScore(facilitator, false, liveScore(item.id, criteria[0].id, 3)),
    ).toMatchObject({ ok: false, status: 409, message: "liveEnded" });
    expect(await db.score.count()).toBe(0);
  });

  it("closing the session ends the live part and every guest's writes", async () => {
    const { facilitator, session, guest, item, criteria } = await scoringRoom();
    const closed = await changeSessionStatus(facilitator, { sessionId: session.id, to: "CLOSED" });
    expect(closed.ok).toBe(true);
    expect(
      (await db.liveSession.findUniqueOrThrow({ where: { sessionId: session.id } })).endedAt,
    ).not.toBeNull();
    expect((await saveLiveScore(guest.actor, true, liveScore(item.id, criteria[0].id, 3))).ok).toBe(
      false,
    );
    expect(await db.score.count()).toBe(0);
  });
});

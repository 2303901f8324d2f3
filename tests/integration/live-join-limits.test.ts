import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { controlLive } from "@/lib/live/mutations";
import { joinLive } from "@/lib/live/participant-mutations";
import { getFacilitatorSnapshot } from "@/lib/live/queries";
import { control, joinAsGuest, makeLiveSession } from "../factories/live";
import { resetDatabase } from "../setup/reset-db";

/**
 * Who gets into a live room: attempts are counted in PostgreSQL per client address and per
 * session (defaults: 100 and 300 per 10 minutes, lib/env.ts), the facilitator's guest cap holds,
 * and refused joins are a counter on the console, not entries in its list.
 */
beforeEach(resetDatabase);

const join = (code: string, displayName: string, address: string, previousSecret?: string) =>
  joinLive({ code, displayName }, { address, previousSecret });

function statuses(results: { ok: boolean; status?: number }[]) {
  const counts: Record<string, number> = {};
  for (const result of results) {
    const key = result.ok ? "ok" : String(result.status);
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

describe("join attempts", { timeout: 120_000 }, () => {
  it("one address guessing codes is stopped after 100 attempts, parallel ones counted each, and then even the right code is refused", async () => {
    const { session, code } = await makeLiveSession();
    const guesses = await Promise.all(
      Array.from({ length: 110 }, (_, i) =>
        join(
          `QQQ${String(100 + i)
            .replace(/[01]/g, "Q")
            .slice(-3)}`,
          "Mallory",
          "198.51.100.7",
        ),
      ),
    );
    expect(statuses(guesses)).toEqual({ "404": 100, "429": 10 });
    expect(guesses.find((r) => !r.ok && r.status === 429)).toMatchObject({
      message: "liveJoinThrottled",
    });

    expect(await join(code, "Mallory", "198.51.100.7")).toMatchObject({
      ok: false,
      status: 429,
    });
    expect(await db.liveParticipant.count()).toBe(0);
    // Another phone in the room, on another address, still gets in.
    expect(await join(code, "Ana", "198.51.100.8")).toMatchObject({ ok: true });
    // The refusal with the right code is counted for the console; wrong codes belong to nobody.
    expect((await getFacilitatorSnapshot(session.id))?.refusedJoins).toBe(1);
  });

  it("one session takes 300 attempts from any addresses; refusals are counted, not listed", async () => {
    const { facilitator, session, code } = await makeLiveSession();
    await control(facilitator, session.id, { action: "configure", guestCap: 1 });
    const outcomes = [];
    for (let batch = 0; batch < 15; batch++)
      outcomes.push(
        ...(await Promise.all(
          Array.from({ length: 20 }, (_, i) =>
            join(code, `Guest ${batch * 20 + i}`, `203.0.113.${batch * 20 + i}`),
          ),
        )),
      );
    expect(statuses(outcomes)).toEqual({ ok: 1, "409": 299 });
    expect(await join(code, "Late", "192.0.2.1")).toMatchObject({
      ok: false,
      status: 429,
      message: "liveJoinThrottled",
    });
    const snapshot = await getFacilitatorSnapshot(session.id);
    expect(snapshot?.participants).toHaveLength(1);
    expect(snapshot?.refusedJoins).toBe(300);
  });
});

describe("the guest cap", () => {
  it("defaults to 80, is changed on the console, refuses joins beyond it and frees a place on removal", async () => {
    const { facilitator, session, code } = await makeLiveSession();
    const state = await control(facilitator, session.id, { action: "configure", guestCap: 2 });
    expect(state.guestCap).toBe(2);
    const ana = await joinAsGuest(code, "Ana");
    await joinAsGuest(code, "Ion");
    expect(await join(code, "Maria", "192.0.2.9")).toMatchObject({
      ok: false,
      status: 409,
      message: "liveRoomFull",
    });
    await control(facilitator, session.id, { action: "remove", participantId: ana.participantId });
    expect(await join(code, "Maria", "192.0.2.9")).toMatchObject({ ok: true });
    expect((await getFacilitatorSnapshot(session.id))?.refusedJoins).toBe(1);

    const other = await makeLiveSession();
    expect((await getFacilitatorSnapshot(other.session.id))?.state.guestCap).toBe(80);
  });

  it("parallel joins never pass the cap", async () => {
    const { facilitator, session, code } = await makeLiveSession();
    await control(facilitator, session.id, { action: "configure", guestCap: 5 });
    const outcomes = await Promise.all(
      Array.from({ length: 12 }, (_, i) => join(code, `Guest ${i}`, `192.0.2.${i}`)),
    );
    expect(statuses(outcomes)).toEqual({ ok: 5, "409": 7 });
    expect(await db.liveParticipant.count({ where: { sessionId: session.id } })).toBe(5);
  });

  it("a cap outside 1..500 is refused with its reason, and only facilitators set it", async () => {
    const { facilitator, session, code } = await makeLiveSession();
    expect(
      await controlLive(facilitator, { sessionId: session.id, action: "configure", guestCap: 0 }),
    ).toMatchObject({ ok: false, status: 400, fieldErrors: { guestCap: ["liveGuestCapRange"] } });
    const guest = await joinAsGuest(code, "Ana");
    expect(
      await controlLive(guest.actor, { sessionId: session.id, action: "configure", guestCap: 500 }),
    ).toMatchObject({ ok: false, status: 403 });
    expect((await getFacilitatorSnapshot(session.id))?.state.guestCap).toBe(80);
  });
});

describe("admitting everyone", () => {
  it("stops by itself when scoring opens, unless the facilitator keeps it on", async () => {
    const { facilitator, session, agendaItems, code } = await makeLiveSession();
    await control(facilitator, session.id, { action: "admitAll" });
    expect((await joinAsGuest(code, "Ana")).status).toBe("ADMITTED");
    await control(facilitator, session.id, { action: "present", agendaItemId: agendaItems[0].id });
    const scoring = await control(facilitator, session.id, { action: "openScoring" });
    expect(scoring.admitAll).toBe(false);
    expect((await joinAsGuest(code, "Stranger")).status).toBe("WAITING");

    await control(facilitator, session.id, { action: "configure", admitDuringScoring: true });
    await control(facilitator, session.id, { action: "admitAll" });
    await control(facilitator, session.id, { action: "closeScoring" });
    await control(facilitator, session.id, { action: "present", agendaItemId: agendaItems[1].id });
    const kept = await control(facilitator, session.id, { action: "openScoring" });
    expect(kept).toMatchObject({ admitAll: true, admitDuringScoring: true });
    expect((await joinAsGuest(code, "Ion")).status).toBe("ADMITTED");
  });

  it("a removed guest who joins again waits, with their cookie (as the same rater) or under the same name", async () => {
    const { facilitator, session, code } = await makeLiveSession();
    await control(facilitator, session.id, { action: "admitAll" });
    const ana = await joinLive({ code, displayName: "Ana" }, { address: "192.0.2.1" });
    if (!ana.ok) throw new Error(ana.message);
    expect(ana.data.status).toBe("ADMITTED");
    await control(facilitator, session.id, {
      action: "remove",
      participantId: ana.data.participantId,
    });

    const again = await join(code, "Ana P.", "192.0.2.1", ana.data.secret);
    expect(again).toMatchObject({
      ok: true,
      data: { status: "WAITING", participantId: ana.data.participantId },
    });
    expect(await db.user.count({ where: { guest: true } })).toBe(1);
    expect(await db.sessionMember.findFirst({ where: { sessionId: session.id } })).toMatchObject({
      canScore: false,
    });

    await control(facilitator, session.id, {
      action: "remove",
      participantId: ana.data.participantId,
    });
    // Cookie cleared, same name: still waits. Someone else is admitted as before.
    expect(await join(code, "ana p.", "192.0.2.2")).toMatchObject({ data: { status: "WAITING" } });
    expect(await join(code, "Ion", "192.0.2.3")).toMatchObject({ data: { status: "ADMITTED" } });
  });
});

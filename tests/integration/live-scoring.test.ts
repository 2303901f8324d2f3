import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { saveScore } from "@/lib/evaluations/mutations";
import { localName } from "@/lib/grids/rules";
import { controlLive } from "@/lib/live/mutations";
import { getFacilitatorSnapshot, getMyScores, getReveal } from "@/lib/live/queries";
import { saveLiveScore } from "@/lib/live/score-mutations";
import { control, joinAsGuest, liveScore, makeLiveSession } from "../factories/live";
import { resetDatabase } from "../setup/reset-db";

/** A started room with everyone admitted, the first WISE presented, and three guests. */
async function roomWithGuests() {
  const room = await makeLiveSession();
  const { facilitator, session, agendaItems } = room;
  await control(facilitator, session.id, { action: "admitAll" });
  const guests = [];
  for (const name of ["Ana", "Ion", "Maria"]) guests.push(await joinAsGuest(room.code, name));
  await control(facilitator, session.id, { action: "present", agendaItemId: agendaItems[0].id });
  return { ...room, guests, item: agendaItems[0] };
}

describe("live scoring follows the room", () => {
  beforeEach(resetDatabase);

  it("a score is taken only for the WISE on stage while its scoring is open", async () => {
    const { facilitator, session, guests, item, agendaItems, criteria } = await roomWithGuests();
    const [ana] = guests;
    const closed = { ok: false, status: 409, message: "liveScoringClosed" };
    // Presenting, not scoring yet.
    expect(
      await saveLiveScore(ana.actor, true, liveScore(item.id, criteria[0].id, 4)),
    ).toMatchObject(closed);
    await control(facilitator, session.id, { action: "openScoring" });
    expect(
      await saveLiveScore(ana.actor, true, liveScore(agendaItems[1].id, criteria[0].id, 4)),
    ).toMatchObject(closed);
    expect(
      await saveLiveScore(ana.actor, true, liveScore(item.id, criteria[0].id, 4)),
    ).toMatchObject({ ok: true, data: { score: { level: 4, version: 1 }, duplicate: false } });
    await control(facilitator, session.id, { action: "closeScoring" });
    expect(
      await saveLiveScore(ana.actor, true, liveScore(item.id, criteria[1].id, 2)),
    ).toMatchObject(closed);
    expect(await getMyScores(ana.actor, item.id)).toEqual([
      expect.objectContaining({ criterionId: criteria[0].id, level: 4 }),
    ]);
  });

  it("a facilitator scoring through the live API obeys the same phase rule", async () => {
    const { facilitator, item, criteria } = await roomWithGuests();
    expect(
      await saveLiveScore(facilitator, false, liveScore(item.id, criteria[0].id, 5)),
    ).toMatchObject({ status: 409, message: "liveScoringClosed" });
    // The ordinary scoring page is not bound to the room's phase.
    expect(
      (
        await saveScore(facilitator, {
          agendaItemId: item.id,
          criterionId: criteria[0].id,
          answer: "LEVEL",
          level: 5,
          expectedVersion: 0,
        })
      ).ok,
    ).toBe(true);
  });

  it("a change without its client id is refused by the live API", async () => {
    const { facilitator, session, guests, item, criteria } = await roomWithGuests();
    await control(facilitator, session.id, { action: "openScoring" });
    const { clientChangeId: _, ...withoutId } = liveScore(item.id, criteria[0].id, 3);
    expect(await saveLiveScore(guests[0].actor, true, withoutId)).toMatchObject({
      status: 400,
      fieldErrors: { clientChangeId: ["required"] },
    });
    expect(
      await saveLiveScore(guests[0].actor, true, { ...withoutId, clientChangeId: "not-a-uuid" }),
    ).toMatchObject({ status: 400 });
    expect(await db.score.count()).toBe(0);
  });
});

describe("idempotent score changes", () => {
  beforeEach(resetDatabase);

  async function scoringRoom() {
    const room = await roomWithGuests();
    await control(room.facilitator, room.session.id, { action: "openScoring" });
    return room;
  }

  it("the same change sent three times is written once and answered the same each time", async () => {
    const { guests, item, criteria } = await scoringRoom();
    const change = liveScore(item.id, criteria[1].id, 3);
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push(await saveLiveScore(guests[0].actor, true, change));
    expect(answers.map((a) => a.ok && [a.data.score.version, a.data.duplicate])).toEqual([
      [1, false],
      [1, true],
      [1, true],
    ]);
    expect(await db.scoreChange.count()).toBe(1);
    expect(await db.score.findFirstOrThrow()).toMatchObject({ level: 3, version: 1 });
  });

  it("five copies of a change sent at once are written once, all acknowledged", async () => {
    const { guests, item, criteria } = await scoringRoom();
    const first = liveScore(item.id, criteria[1].id, 2);
    const copies = await Promise.all(
      Array.from({ length: 5 }, () => saveLiveScore(guests[0].actor, true, first)),
    );
    expect(copies.every((answer) => answer.ok && answer.data.score.version === 1)).toBe(true);
    expect(copies.filter((answer) => answer.ok && !answer.data.duplicate)).toHaveLength(1);

    // And an update (version 1 → 2) retried concurrently bumps the version once.
    const update = liveScore(item.id, criteria[1].id, 5, 1);
    const updates = await Promise.all(
      Array.from({ length: 5 }, () => saveLiveScore(guests[0].actor, true, update)),
    );
    expect(updates.every((answer) => answer.ok && answer.data.score.version === 2)).toBe(true);
    expect(await db.scoreChange.count()).toBe(2);
    expect(await db.score.findFirstOrThrow()).toMatchObject({ level: 5, version: 2 });
  });

  it("a retry of an acknowledged change is answered even after scoring closed", async () => {
    const { facilitator, session, guests, item, criteria } = await scoringRoom();
    const change = liveScore(item.id, criteria[0].id, 4);
    expect((await saveLiveScore(guests[0].actor, true, change)).ok).toBe(true);
    await control(facilitator, session.id, { action: "closeScoring" });
    expect(await saveLiveScore(guests[0].actor, true, change)).toMatchObject({
      ok: true,
      data: { duplicate: true, score: { level: 4, version: 1 } },
    });
  });

  it("a stale change is refused with what is stored, and leaves no change row", async () => {
    const { guests, item, criteria } = await scoringRoom();
    await saveLiveScore(guests[0].actor, true, liveScore(item.id, criteria[0].id, 4));
    const stale = await saveLiveScore(guests[0].actor, true, liveScore(item.id, criteria[0].id, 1));
    expect(stale).toMatchObject({ status: 409, message: "scoreStale", current: { level: 4 } });
    expect(await db.scoreChange.count()).toBe(1);
  });

  it("another rater's change id is not theirs to replay", async () => {
    const { guests, item, criteria } = await scoringRoom();
    const change = liveScore(item.id, criteria[0].id, 4);
    await saveLiveScore(guests[0].actor, true, change);
    expect(await saveLiveScore(guests[1].actor, true, change)).toMatchObject({
      ok: false,
      status: 409,
    });
    expect(await db.score.count()).toBe(1);
  });
});

describe("blind scoring, reveal and second round", () => {
  beforeEach(resetDatabase);

  it("while scoring is open the facilitator sees counts, and the reveal is refused", async () => {
    const { facilitator, session, guests, item, criteria } = await roomWithGuests();
    await control(facilitator, session.id, { action: "openScoring" });
    await saveLiveScore(guests[0].actor, true, liveScore(item.id, criteria[0].id, 1));
    await saveLiveScore(guests[0].actor, true, liveScore(item.id, criteria[1].id, 2));
    await saveLiveScore(facilitator, false, liveScore(item.id, criteria[0].id, 5));

    const snapshot = await getFacilitatorSnapshot(session.id);
    expect(snapshot?.participants.map((p) => [p.displayName, p.answered])).toEqual([
      ["Ana", 2],
      ["Ion", 0],
      ["Maria", 0],
    ]);
    expect(snapshot?.raters).toEqual([
      { userId: facilitator.id, name: expect.any(String), answered: 1 },
    ]);
    expect(JSON.stringify(snapshot)).not.toMatch(/level/i);
    await expect(getReveal(session.id)).rejects.toMatchObject({ messageKey: "liveNotRevealed" });
  });

  it("the reveal counts every rater's answers and puts the widest disagreement first", async () => {
    const { facilitator, session, guests, item, criteria } = await roomWithGuests();
    const [revenues, profit, share] = criteria;
    await control(facilitator, session.id, { action: "openScoring" });
    const levels: [number, number, number][] = [
      [1, 3, 3],
      [5, 3, 3],
      [3, 4, 3],
    ];
    for (const [index, guest] of guests.entries()) {
      const [r, p, s] = levels[index];
      await saveLiveScore(guest.actor, true, liveScore(item.id, revenues.id, r));
      await saveLiveScore(guest.actor, true, liveScore(item.id, profit.id, p));
      await saveLiveScore(guest.actor, true, liveScore(item.id, share.id, s));
    }
    await saveLiveScore(facilitator, false, {
      ...liveScore(item.id, share.id, 1),
      answer: "NOT_APPLICABLE",
      level: null,
    });
    await control(facilitator, session.id, { action: "closeScoring" });
    await control(facilitator, session.id, { action: "reveal" });
    await control(facilitator, session.id, { action: "agree", criterionId: revenues.id, level: 3 });

    const reveal = await getReveal(session.id);
    expect(reveal.raters).toBe(4);
    const byId = new Map(reveal.criteria.map((c) => [c.criterionId, c]));
    expect(byId.get(revenues.id)).toMatchObject({
      levels: [1, 0, 1, 0, 1],
      range: 4,
      agreedLevel: 3,
    });
    expect(byId.get(share.id)).toMatchObject({
      levels: [0, 0, 3, 0, 0],
      notApplicable: 1,
      spread: 0,
    });
    expect(reveal.mostDisputed).toEqual([revenues.id, profit.id]);
    const entrepreneurial = reveal.categories[0];
    expect(entrepreneurial.levels).toEqual([1, 0, 3, 1, 1]);
    expect(reveal.categories[1]).toMatchObject({ levels: [0, 0, 3, 0, 0], notApplicable: 1 });
    // One reveal serves readers of every language: names travel in each, English the fallback.
    const revenuesReveal = byId.get(revenues.id);
    if (!revenuesReveal) throw new Error("no revenues");
    expect(localName("ro", revenuesReveal)).toBe("Venituri");
    expect(localName("el", revenuesReveal)).toBe("Revenues");
    expect(localName("ro", entrepreneurial)).toBe("Caracteristici antreprenoriale");
  });

  it("a second round opens only after the reveal and takes only the chosen criteria", async () => {
    const { facilitator, session, guests, item, criteria } = await roomWithGuests();
    const [revenues, profit] = criteria;
    const [ana] = guests;
    await control(facilitator, session.id, { action: "openScoring" });
    const first = await saveLiveScore(ana.actor, true, liveScore(item.id, revenues.id, 1));
    expect(
      await controlLive(facilitator, {
        sessionId: session.id,
        action: "secondRound",
        criterionIds: [revenues.id],
      }),
    ).toMatchObject({ status: 409, message: "liveNotRevealed" });
    await control(facilitator, session.id, { action: "reveal" });
    const state = await control(facilitator, session.id, {
      action: "secondRound",
      criterionIds: [revenues.id],
    });
    expect(state).toMatchObject({
      phase: "SCORING_OPEN",
      round: 2,
      roundCriterionIds: [revenues.id],
    });

    expect(await saveLiveScore(ana.actor, true, liveScore(item.id, profit.id, 2))).toMatchObject({
      status: 409,
      message: "liveCriterionNotInRound",
    });
    const version = first.ok ? first.data.score.version : 0;
    expect(
      await saveLiveScore(ana.actor, true, liveScore(item.id, revenues.id, 3, version)),
    ).toMatchObject({ ok: true, data: { score: { level: 3, version: 2 } } });
    const changes = await db.scoreChange.findMany({ orderBy: { createdAt: "asc" } });
    expect(changes.map((c) => [c.level, c.round])).toEqual([
      [1, 1],
      [3, 2],
    ]);
    const snapshot = await getFacilitatorSnapshot(session.id);
    expect(snapshot?.participants.find((p) => p.displayName === "Ana")?.answered).toBe(1);
  });

  it("the agreed level and a second round name only criteria of the session's grid", async () => {
    const { facilitator, session } = await roomWithGuests();
    await control(facilitator, session.id, { action: "openScoring" });
    await control(facilitator, session.id, { action: "reveal" });
    expect(
      await controlLive(facilitator, {
        sessionId: session.id,
        action: "secondRound",
        criterionIds: [randomUUID()],
      }),
    ).toMatchObject({ status: 400, message: "liveCriterionUnknown" });
    expect(
      await controlLive(facilitator, {
        sessionId: session.id,
        action: "agree",
        criterionId: "nope",
        level: 3,
      }),
    ).toMatchObject({ status: 400 });
    expect(await db.agreedLevel.count()).toBe(0);
  });
});

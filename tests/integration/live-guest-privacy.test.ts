import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { buildSessionExport } from "@/lib/exports/export";
import type { LiveGuest } from "@/lib/live/events";
import { PURGED_GUEST_NAME, purgeExpiredGuests } from "@/lib/live/guest-purge-mutations";
import { hashGuestSecret } from "@/lib/live/guest-token";
import { stopLiveListener } from "@/lib/live/listener";
import { findGuestByTokenHash, getGuestSnapshot } from "@/lib/live/queries";
import { openLiveEventStream } from "@/lib/live/realtime-stream";
import { saveLiveScore } from "@/lib/live/score-mutations";
import { getSessionResults } from "@/lib/results/queries";
import { control, joinAsGuest, liveScore, makeLiveSession } from "../factories/live";
import { readSse } from "../fixtures/live-sse-reader";
import { resetDatabase } from "../setup/reset-db";

/**
 * What a guest's phone learns (never the join code; once removed or ended, only their own
 * standing) and what is left of guests after the retention period (anonymous raters whose
 * scores give the same results).
 */
beforeEach(resetDatabase);
afterAll(stopLiveListener);

async function guestOf(secret: string): Promise<LiveGuest> {
  const found = await findGuestByTokenHash(hashGuestSecret(secret));
  if (!found?.guest) throw new Error("the cookie does not find the guest");
  return found.guest;
}

describe("what a guest is told", { timeout: 60_000 }, () => {
  it("the state and the stream never carry the join code to a guest", async () => {
    const { facilitator, session, agendaItems, code } = await makeLiveSession();
    await control(facilitator, session.id, { action: "admitAll" });
    const ana = await joinAsGuest(code, "Ana");
    const snapshot = await getGuestSnapshot(await guestOf(ana.secret));
    expect(snapshot?.state).toMatchObject({ phase: "WAITING" });
    expect(JSON.stringify(snapshot)).not.toContain(code);

    const controller = new AbortController();
    const stream = readSse(
      await openLiveEventStream(
        session.id,
        { kind: "guest", guest: await guestOf(ana.secret) },
        controller.signal,
      ),
    );
    expect(JSON.stringify((await stream.next("snapshot")).data)).not.toContain(code);
    await control(facilitator, session.id, { action: "present", agendaItemId: agendaItems[0].id });
    const state = await stream.next("state");
    expect(state.data).toMatchObject({ phase: "PRESENTING" });
    expect(JSON.stringify(state.data)).not.toContain(code);
    controller.abort();
  });

  it("a removed guest, and a guest of an ended session, learn only their own standing", async () => {
    const { facilitator, session, agendaItems, code } = await makeLiveSession();
    await control(facilitator, session.id, { action: "admitAll" });
    const ana = await joinAsGuest(code, "Ana");
    await joinAsGuest(code, "Ion Vecinul");
    const live = await control(facilitator, session.id, {
      action: "present",
      agendaItemId: agendaItems[0].id,
    });
    await control(facilitator, session.id, { action: "remove", participantId: ana.participantId });
    const removed = await getGuestSnapshot(await guestOf(ana.secret));
    expect(removed).toEqual({
      state: null,
      me: { participantId: ana.participantId, displayName: "Ana", status: "REMOVED" },
    });
    const told = JSON.stringify(removed);
    for (const secret of [code, live.currentWiseName ?? "", agendaItems[0].id, "Ion Vecinul"])
      expect(told).not.toContain(secret);

    const ion = await db.liveParticipant.findFirstOrThrow({
      where: { displayName: "Ion Vecinul" },
    });
    await control(facilitator, session.id, { action: "end" });
    const ended = await findGuestByTokenHash(ion.tokenHash);
    const endedSnapshot = ended?.guest && (await getGuestSnapshot(ended.guest));
    expect(endedSnapshot).toMatchObject({ state: null, me: { status: "ADMITTED" } });
    expect(JSON.stringify(endedSnapshot)).not.toContain(live.currentWiseName ?? "");
  });
});

/** Every row of the results rollups (decision 0009), in a stable order. */
async function rollups() {
  const text = (row: object) =>
    JSON.stringify(row, (_key, value) => (typeof value === "bigint" ? String(value) : value));
  const order = (rows: object[]) => rows.map(text).sort();
  return {
    categoryTotals: order(await db.evaluationCategoryTotal.findMany()),
    unitAnswers: order(await db.unitAnswerCount.findMany()),
    agreement: order(await db.agreementSum.findMany()),
    itemScores: order(await db.itemScore.findMany()),
    levelRaters: order(await db.levelRater.findMany()),
  };
}

describe("purging guests after the retention period", { timeout: 60_000 }, () => {
  it("forgets who the guests were and leaves every result as it was", async () => {
    const { facilitator, session, agendaItems, criteria, code } = await makeLiveSession();
    await control(facilitator, session.id, { action: "admitAll" });
    const guests = [
      await joinAsGuest(code, "Ana Popescu"),
      await joinAsGuest(code, "Ion Ionescu"),
      await joinAsGuest(code, "Maria Dinu"),
    ];
    for (const item of agendaItems) {
      await control(facilitator, session.id, { action: "present", agendaItemId: item.id });
      await control(facilitator, session.id, { action: "openScoring" });
      for (const [g, guest] of guests.entries())
        for (const [c, criterion] of criteria.slice(0, 4).entries()) {
          const saved = await saveLiveScore(
            guest.actor,
            true,
            liveScore(item.id, criterion.id, ((g + c) % 5) + 1),
          );
          expect(saved.ok).toBe(true);
        }
      await control(facilitator, session.id, { action: "closeScoring" });
    }
    await control(facilitator, session.id, { action: "end" });

    const results = await getSessionResults(facilitator, session.id);
    const before = await rollups();
    const exportOptions = { locale: "en" as const, timeZone: "Europe/Bucharest", now: new Date(0) };
    const rawBefore = await buildSessionExport(
      facilitator,
      session.id,
      { dataset: "raw", format: "csv" },
      exportOptions,
    );
    expect(results).not.toBeNull();
    expect(before.itemScores.length).toBeGreaterThan(0);
    expect(String(rawBefore?.body)).toContain("Rater 3");

    // Ended just now: within the retention period, nothing is forgotten yet.
    expect(await purgeExpiredGuests(30)).toMatchObject({ guests: 0 });
    expect(await db.liveParticipant.count()).toBe(3);

    await db.liveSession.update({
      where: { sessionId: session.id },
      data: { endedAt: new Date(Date.now() - 31 * 24 * 3600 * 1000) },
    });
    expect(await purgeExpiredGuests(30)).toMatchObject({ guests: 3 });

    expect(await db.liveParticipant.count()).toBe(0);
    const users = await db.user.findMany({
      where: { id: { in: guests.map((guest) => guest.actor.id) } },
    });
    expect(users).toHaveLength(3);
    for (const user of users) {
      expect(user).toMatchObject({ name: PURGED_GUEST_NAME, active: false, guest: true });
      expect(user.email).not.toContain("guest-");
    }
    const names = JSON.stringify(await db.user.findMany());
    for (const name of ["Ana Popescu", "Ion Ionescu", "Maria Dinu"])
      expect(names).not.toContain(name);
    // Their cookies open nothing any more.
    for (const guest of guests)
      expect(await findGuestByTokenHash(hashGuestSecret(guest.secret))).toBeNull();

    expect(await getSessionResults(facilitator, session.id)).toEqual(results);
    expect(await rollups()).toEqual(before);
    const rawAfter = await buildSessionExport(
      facilitator,
      session.id,
      { dataset: "raw", format: "csv" },
      exportOptions,
    );
    expect(rawAfter?.body).toEqual(rawBefore?.body);
  });

  it("runs by itself when a facilitator ends another live session", async () => {
    const old = await makeLiveSession();
    const ana = await joinAsGuest(old.code, "Ana");
    await control(old.facilitator, old.session.id, { action: "end" });
    await db.liveSession.update({
      where: { sessionId: old.session.id },
      data: { endedAt: new Date(Date.now() - 400 * 24 * 3600 * 1000) },
    });
    const today = await makeLiveSession();
    await control(today.facilitator, today.session.id, { action: "end" });
    expect(await db.liveParticipant.count({ where: { id: ana.participantId } })).toBe(0);
    expect(await db.user.findUniqueOrThrow({ where: { id: ana.actor.id } })).toMatchObject({
      name: PURGED_GUEST_NAME,
    });
  });
});

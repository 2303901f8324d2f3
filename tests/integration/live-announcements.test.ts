import pg from "pg";
import { afterEach, beforeEach, describe, expect, inject, it } from "vitest";
import { LIVE_CHANNEL, type LiveNotification } from "@/lib/live/events";
import { controlLive } from "@/lib/live/mutations";
import { saveLiveScore } from "@/lib/live/score-mutations";
import { control, joinAsGuest, liveScore, makeLiveSession } from "../factories/live";
import { resetDatabase } from "../setup/reset-db";

/** A LISTEN connection that collects every live notification, in the order PostgreSQL sent them. */
async function listen() {
  const client = new pg.Client({ connectionString: inject("databaseUrl") });
  await client.connect();
  const received: LiveNotification[] = [];
  let waiter: { count: number; resolve: () => void } | null = null;
  client.on("notification", (message) => {
    received.push(JSON.parse(message.payload ?? "null"));
    if (waiter && received.length >= waiter.count) waiter.resolve();
  });
  await client.query(`LISTEN ${LIVE_CHANNEL}`);
  return {
    received,
    /** Resolves once `count` notifications have arrived (the test's timeout fails it otherwise). */
    until: (count: number) =>
      new Promise<void>((resolve) => {
        if (received.length >= count) return resolve();
        waiter = { count, resolve };
      }),
    close: () => client.end(),
  };
}

describe("live changes are announced on wise_live when they commit", () => {
  let listener: Awaited<ReturnType<typeof listen>> | null = null;
  beforeEach(resetDatabase);
  afterEach(async () => {
    await listener?.close();
    listener = null;
  });

  it("state changes, joins and score progress, and nothing for a refused step", async () => {
    listener = await listen();
    const { facilitator, session, agendaItems, criteria, code } = await makeLiveSession();
    await control(facilitator, session.id, { action: "admitAll" });
    const guest = await joinAsGuest(code, "Ana");
    await control(facilitator, session.id, { action: "present", agendaItemId: agendaItems[0].id });
    // Refused (not revealed yet): rolled back, so never announced.
    const refused = await controlLive(facilitator, {
      sessionId: session.id,
      action: "secondRound",
      criterionIds: [criteria[0].id],
    });
    expect(refused.ok).toBe(false);
    await control(facilitator, session.id, { action: "openScoring" });
    await saveLiveScore(guest.actor, true, liveScore(agendaItems[0].id, criteria[0].id, 4));
    await listener.until(6);

    expect(listener.received.every((n) => n.sessionId === session.id)).toBe(true);
    expect(
      listener.received.map((n) =>
        n.type === "state" ? `state ${n.state.phase} v${n.state.stateVersion}` : n.type,
      ),
    ).toEqual([
      "state WAITING v1",
      "state WAITING v2",
      "participants",
      "state PRESENTING v3",
      "state SCORING_OPEN v4",
      "progress",
    ]);
    expect(listener.received[3]).toMatchObject({
      state: { currentAgendaItemId: agendaItems[0].id, currentWiseName: expect.any(String) },
    });
    expect(listener.received[5]).toEqual({
      sessionId: session.id,
      type: "progress",
      agendaItemId: agendaItems[0].id,
      raterId: guest.actor.id,
      answered: 1,
      round: 1,
    });
  });

  it("ending the live part announces an ended state", async () => {
    const { facilitator, session } = await makeLiveSession();
    listener = await listen();
    await control(facilitator, session.id, { action: "end" });
    await listener.until(1);
    expect(listener.received[0]).toMatchObject({ type: "state", state: { ended: true } });
  });
});

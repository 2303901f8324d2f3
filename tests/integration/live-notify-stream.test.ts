import { randomUUID } from "node:crypto";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { LiveGuest, LiveState } from "@/lib/live/events";
import { hashGuestSecret } from "@/lib/live/guest-token";
import { liveSubscriberCount, stopLiveListener } from "@/lib/live/listener";
import { controlLive } from "@/lib/live/mutations";
import { joinLive } from "@/lib/live/participant-mutations";
import { findGuestByTokenHash } from "@/lib/live/queries";
import { openLiveEventStream } from "@/lib/live/realtime-stream";
import { saveLiveScore } from "@/lib/live/score-mutations";
import { makeSession } from "../factories/sessions";
import { makeActor } from "../factories/users";
import { readSse } from "../fixtures/live-sse-reader";
import { resetDatabase } from "../setup/reset-db";

/**
 * The event stream a screen reads, fed by this process's LISTEN connection: what each audience
 * receives after real live commands, and that a guest's stream ends with their access.
 */
beforeEach(resetDatabase);
afterAll(stopLiveListener);

const streams: AbortController[] = [];
afterAll(() => {
  for (const controller of streams) controller.abort();
});

async function stream(sessionId: string, reader: Parameters<typeof openLiveEventStream>[1]) {
  const controller = new AbortController();
  streams.push(controller);
  const response = await openLiveEventStream(sessionId, reader, controller.signal);
  expect(response.headers.get("content-type")).toContain("text/event-stream");
  return readSse(response);
}

async function control(actor: Actor, sessionId: string, input: Record<string, unknown>) {
  const result = await controlLive(actor, { sessionId, ...input });
  if (!result.ok) throw new Error(`control ${String(input.action)}: ${result.message}`);
  return result.data.state;
}

async function liveRoom() {
  const facilitator = await makeActor("FACILITATOR");
  const { session, agendaItems } = await makeSession({ facilitatorId: facilitator.id });
  const agendaItemId = agendaItems[0]?.id ?? "";
  const criterion = await db.gridCriterion.findFirstOrThrow({
    where: { category: { gridId: session.gridId } },
  });
  return { facilitator, sessionId: session.id, agendaItemId, criterionId: criterion.id };
}

async function joinAsGuest(joinCode: string, displayName: string) {
  const joined = await joinLive({ code: joinCode, displayName });
  if (!joined.ok) throw new Error(`join: ${joined.message}`);
  const found = await findGuestByTokenHash(hashGuestSecret(joined.data.secret));
  if (!found?.guest) throw new Error("the guest's cookie does not find them");
  return found as { actor: Actor; guest: LiveGuest };
}

describe("the live event stream", { timeout: 60_000 }, () => {
  it("starts a facilitator with a snapshot, then follows state, participants and progress", async () => {
    const room = await liveRoom();
    const console_ = await stream(room.sessionId, { kind: "facilitator" });
    const first = await console_.next();
    expect(first.event).toBe("snapshot");
    expect((first.data as { state: LiveState | null }).state).toBeNull();

    const started = await control(room.facilitator, room.sessionId, { action: "start" });
    const state = (await console_.next("state")).data as LiveState;
    expect(state).toMatchObject({ phase: "WAITING", stateVersion: started.stateVersion });

    const guest = await joinAsGuest(started.joinCode, "Ana Ionescu");
    const listed = (await console_.next("participants")).data as {
      participants: { displayName: string; status: string }[];
    };
    expect(listed.participants).toEqual([
      expect.objectContaining({ displayName: "Ana Ionescu", status: "WAITING" }),
    ]);

    await control(room.facilitator, room.sessionId, {
      action: "admit",
      participantId: guest.guest.participantId,
    });
    await control(room.facilitator, room.sessionId, {
      action: "present",
      agendaItemId: room.agendaItemId,
    });
    const open = await control(room.facilitator, room.sessionId, { action: "openScoring" });
    const saved = await saveLiveScore(guest.actor, true, {
      clientChangeId: randomUUID(),
      agendaItemId: room.agendaItemId,
      criterionId: room.criterionId,
      answer: "LEVEL",
      level: 4,
      expectedVersion: 0,
    });
    expect(saved.ok).toBe(true);
    // Blind scoring: how many criteria, never the level.
    expect((await console_.next("progress")).data).toEqual({
      agendaItemId: room.agendaItemId,
      raterId: guest.actor.id,
      answered: 1,
      round: 1,
    });
    const states = console_.seen
      .filter((event) => event.event === "state")
      .map((event) => event.data as LiveState);
    expect(states.at(-1)).toMatchObject({ stateVersion: open.stateVersion, phase: "SCORING_OPEN" });
  });

  it("tells a guest about admission and the agenda, never others' progress, and ends on removal", async () => {
    const room = await liveRoom();
    const started = await control(room.facilitator, room.sessionId, { action: "start" });
    const guest = await joinAsGuest(started.joinCode, "Mihai");
    const other = await joinAsGuest(started.joinCode, "Ioana");
    const phone = await stream(room.sessionId, { kind: "guest", guest: guest.guest });
    const snapshot = (await phone.next()).data as { me: { status: string }; state: LiveState };
    expect(snapshot.me.status).toBe("WAITING");

    await control(room.facilitator, room.sessionId, { action: "admitAll" });
    expect((await phone.next("participants")).data).toEqual({
      me: { participantId: guest.guest.participantId, displayName: "Mihai", status: "ADMITTED" },
    });
    await control(room.facilitator, room.sessionId, {
      action: "present",
      agendaItemId: room.agendaItemId,
    });
    await control(room.facilitator, room.sessionId, { action: "openScoring" });
    const otherSaved = await saveLiveScore(other.actor, true, {
      clientChangeId: randomUUID(),
      agendaItemId: room.agendaItemId,
      criterionId: room.criterionId,
      answer: "LEVEL",
      level: 2,
      expectedVersion: 0,
    });
    expect(otherSaved.ok).toBe(true);
    await control(room.facilitator, room.sessionId, {
      action: "remove",
      participantId: guest.guest.participantId,
    });

    await phone.next("removed");
    await phone.ended();
    expect(phone.seen.map((event) => event.event)).not.toContain("progress");
    const phases = phone.seen
      .filter((event) => event.event === "state")
      .map((event) => (event.data as LiveState).phase);
    // "admit all" is a state change too (WAITING, admitAll on); then the agenda moves on.
    expect(phases).toEqual(["WAITING", "PRESENTING", "SCORING_OPEN"]);
  });

  it("ends a guest's stream when the facilitator ends the live part", async () => {
    const room = await liveRoom();
    const started = await control(room.facilitator, room.sessionId, { action: "start" });
    await control(room.facilitator, room.sessionId, { action: "admitAll" });
    const guest = await joinAsGuest(started.joinCode, "Elena");
    const phone = await stream(room.sessionId, { kind: "guest", guest: guest.guest });
    expect((await phone.next()).event).toBe("snapshot");

    await control(room.facilitator, room.sessionId, { action: "end" });
    expect(((await phone.next("state")).data as LiveState).ended).toBe(true);
    await phone.next("ended");
    await phone.ended();
  });

  it("stops listening for a reader who leaves, by abort or by closing the stream", async () => {
    const room = await liveRoom();
    const before = liveSubscriberCount();
    const aborted = new AbortController();
    const first = readSse(
      await openLiveEventStream(room.sessionId, { kind: "facilitator" }, aborted.signal),
    );
    const second = await stream(room.sessionId, { kind: "facilitator" });
    await first.next("snapshot");
    await second.next("snapshot");
    expect(liveSubscriberCount()).toBe(before + 2);

    aborted.abort();
    await first.ended();
    await second.cancel();
    expect(liveSubscriberCount()).toBe(before);
  });
});

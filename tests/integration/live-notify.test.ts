import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { LiveNotification, LiveState } from "@/lib/live/events";
import { LISTENER_APPLICATION_NAME } from "@/lib/live/listener";
import { controlLive } from "@/lib/live/mutations";
import { notifyLive } from "@/lib/live/notify";
import { makeSession } from "../factories/sessions";
import { makeActor } from "../factories/users";
import { type ChildScript, runFixtureScript } from "../fixtures/live-child-process";
import { resetDatabase } from "../setup/reset-db";

function stateOf(sessionId: string, stateVersion: number): LiveState {
  return {
    sessionId,
    stateVersion,
    phase: "SCORING_OPEN",
    round: 1,
    roundCriterionIds: [],
    currentAgendaItemId: null,
    currentWiseName: null,
    admitAll: false,
    admitDuringScoring: false,
    guestCap: 80,
    joinCode: "ABC123",
    ended: false,
  };
}

let listener: ChildScript | undefined;
beforeEach(resetDatabase);
afterEach(async () => {
  await listener?.stop();
  listener = undefined;
});

function startListener(sessionIds: string[]): ChildScript {
  listener = runFixtureScript("live-listener-process.ts", sessionIds, {
    DATABASE_URL: process.env.DATABASE_URL ?? "",
  });
  return listener;
}

const notified = (sessionId: string, stateVersion?: number) => (line: Record<string, unknown>) => {
  const notification = line.notification as LiveNotification | undefined;
  if (line.event !== "notification" || notification?.sessionId !== sessionId) return false;
  if (stateVersion === undefined) return true;
  return notification.type === "state" && notification.state.stateVersion === stateVersion;
};

async function liveRoom() {
  const facilitator = await makeActor("FACILITATOR");
  const { session, agendaItems } = await makeSession({ facilitatorId: facilitator.id });
  const control = async (input: Record<string, unknown>) => {
    const result = await controlLive(facilitator, { sessionId: session.id, ...input });
    if (!result.ok) throw new Error(`control ${String(input.action)}: ${result.message}`);
    return result.data.state;
  };
  return { sessionId: session.id, agendaItemId: agendaItems[0]?.id ?? "", control };
}

// A second node process starts slowly on a busy machine: these tests wait for it, not for time.
describe("live notifications between two server processes", { timeout: 60_000 }, () => {
  it("delivers what live commands commit to the other process, and nothing rolled back", async () => {
    const room = await liveRoom();
    const child = startListener([room.sessionId]);
    await child.waitFor((line) => line.event === "ready", "listening");

    const rolledBack = 999;
    await expect(
      db.$transaction(async (tx) => {
        await notifyLive(tx, {
          sessionId: room.sessionId,
          type: "state",
          state: stateOf(room.sessionId, rolledBack),
        });
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    await room.control({ action: "start" });
    await room.control({ action: "present", agendaItemId: room.agendaItemId });
    const open = await room.control({ action: "openScoring" });

    const line = await child.waitFor(
      notified(room.sessionId, open.stateVersion),
      "the state after opening scoring",
    );
    expect((line.notification as { state: LiveState }).state).toMatchObject({
      phase: "SCORING_OPEN",
      currentAgendaItemId: room.agendaItemId,
    });
    // Delivered in commit order: had the rolled-back one gone out, it would be here by now.
    const versions = child.lines
      .filter(notified(room.sessionId))
      .map((seen) => (seen.notification as { state: LiveState }).state.stateVersion);
    expect(versions).not.toContain(rolledBack);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
  });

  it("reconnects after losing its connection, tells subscribers, and keeps delivering", async () => {
    const room = await liveRoom();
    const child = startListener([room.sessionId]);
    await child.waitFor((line) => line.event === "ready", "listening");
    const [before] = await listenerBackends();
    expect(before).toBeDefined();

    // What a database restart does to every connection, done to the listener's alone.
    await db.$queryRaw`SELECT pg_terminate_backend(${before?.pid}::int)`;
    await child.waitFor((line) => line.event === "reset", "the reset");
    const after = await waitForListenerBackend((backend) => backend.pid !== before?.pid);

    const started = await room.control({ action: "start" });
    await child.waitFor(
      notified(room.sessionId, started.stateVersion),
      "the notification after reconnecting",
    );
    expect(after.pid).not.toBe(before?.pid);
  });
});

type Backend = { pid: number; query: string };

function listenerBackends(): Promise<Backend[]> {
  return db.$queryRaw<Backend[]>`
    SELECT pid, query FROM pg_stat_activity
    WHERE application_name = ${LISTENER_APPLICATION_NAME} AND datname = current_database()`;
}

/** Polls until the listener has a connection that has run its LISTEN (no time limit of its own). */
async function waitForListenerBackend(match: (backend: Backend) => boolean): Promise<Backend> {
  for (;;) {
    const found = (await listenerBackends()).find(
      (backend) => match(backend) && backend.query.startsWith("LISTEN"),
    );
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

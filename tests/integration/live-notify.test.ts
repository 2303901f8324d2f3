import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { LiveNotification, LiveState } from "@/lib/live/events";
import { LISTENER_APPLICATION_NAME } from "@/lib/live/listener";
import { notifyLive } from "@/lib/live/notify";
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

describe("live notifications between two server processes", () => {
  it("delivers a committed notification to the other process, and not a rolled-back one", async () => {
    const child = startListener(["session-a"]);
    await child.waitFor((line) => line.event === "ready", "listening");

    await expect(
      db.$transaction(async (tx) => {
        await notifyLive(tx, {
          sessionId: "session-a",
          type: "state",
          state: stateOf("session-a", 2),
        });
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    await db.$transaction((tx) =>
      notifyLive(tx, { sessionId: "session-a", type: "state", state: stateOf("session-a", 3) }),
    );

    const line = await child.waitFor(notified("session-a", 3), "the committed state");
    expect((line.notification as { state: LiveState }).state.phase).toBe("SCORING_OPEN");
    // Notifications arrive in commit order: had the rolled-back one been sent, it came first.
    expect(child.lines.filter(notified("session-a"))).toHaveLength(1);
  });

  it("reconnects after losing its connection, tells subscribers, and keeps delivering", async () => {
    const child = startListener(["session-b"]);
    await child.waitFor((line) => line.event === "ready", "listening");
    const [before] = await listenerBackends();
    expect(before).toBeDefined();

    // What a database restart does to every connection, done to the listener's alone.
    await db.$queryRaw`SELECT pg_terminate_backend(${before?.pid}::int)`;
    await child.waitFor((line) => line.event === "reset", "the reset");
    const after = await waitForListenerBackend((backend) => backend.pid !== before?.pid);

    await db.$transaction((tx) =>
      notifyLive(tx, { sessionId: "session-b", type: "state", state: stateOf("session-b", 7) }),
    );
    await child.waitFor(notified("session-b", 7), "the notification after reconnecting");
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

import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { readConfig } from "../../scripts/bench-live/config";
import { type Fixture, seedBenchData } from "../../scripts/bench-live/fixture";
import { Device } from "../../scripts/bench-live/http";
import { signIn } from "../../scripts/bench-live/sign-in";
import { applyPendingMigrations } from "../../scripts/db/apply";
import { type Database, startThrowawayPostgres } from "../../scripts/db/embedded-postgres";
import { ROOT_DIR } from "../../scripts/db/paths";
import { PIN_HEADER, SERVED_BY_HEADER } from "../../scripts/scale-out/balancer";
import { type ScaleOut, startScaleOut } from "../../scripts/scale-out/stack";
import { readSse, type SseEvent } from "../fixtures/live-sse-reader";

/**
 * Scale-out on real parts: two `next start` instances of the production build behind nginx, both
 * reaching PostgreSQL through PgBouncer in transaction mode (LISTEN on the direct URL). The
 * facilitator is pinned to instance a, the phone to instance b, and every change made on one
 * reaches the other's live stream within a second. Runs only the JSON routes and SSE streams,
 * as the console and the phone page use them; no browser.
 */
const DIST_DIR = process.env.NEXT_DIST_DIR ?? ".next";
const WITHIN_MS = 1_000;
/** LISTENER_APPLICATION_NAME of lib/live/listener.ts (server-only, so not importable here). */
const LISTENER_APPLICATION_NAME = "wise-focus-live-listener";

let database: Database | null = null;
let stack: ScaleOut | null = null;
let fixture: Fixture;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  expect(existsSync(join(ROOT_DIR, DIST_DIR, "BUILD_ID")), "run `npm run build` first").toBe(true);
  database = await startThrowawayPostgres("wise_focus_scale_out");
  await applyPendingMigrations(database.url);
  const config = readConfig(["--items", "1", "--rooms", "0", "--guests", "1"], DIST_DIR);
  fixture = await seedBenchData(database.url, config);
  stack = await startScaleOut({
    databaseUrl: database.url,
    distDir: DIST_DIR,
    instances: 2,
    pooler: true,
  });
});

test.afterAll(async () => {
  await stack?.stop();
  await database?.stop();
});

/** The upstream address nginx names in its answer: which instance served the request. */
function servedBy(response: { headers: Headers }): string | null {
  return response.headers.get(SERVED_BY_HEADER);
}

test("a facilitator on one instance and a phone on the other see each other's changes within a second", async () => {
  test.setTimeout(120_000);
  if (!stack || !database) throw new Error("the stack did not start");
  const [instanceA, instanceB] = stack.servers.map((server) => server.url.replace("http://", ""));
  const room = fixture.rooms[0];
  const [agendaItemId] = room.agendaItemIds;
  const [criterionId] = fixture.criterionIds;
  const console_ = new Device(stack.url, 30_000, { [PIN_HEADER]: "a" });
  const phone = new Device(stack.url, 30_000, { [PIN_HEADER]: "b" });
  const control = async (action: Record<string, unknown>) => {
    const response = await console_.postJson<{ state: { joinCode: string } }>(
      `/api/live/sessions/${room.sessionId}/control`,
      action,
    );
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(servedBy(response)).toBe(instanceA);
    return response.body.state;
  };
  const openStream = async (device: Device, instance: string) => {
    const response = await device.fetch(`/api/live/sessions/${room.sessionId}/events`, {
      headers: { accept: "text/event-stream" },
    });
    expect(response.status).toBe(200);
    expect(servedBy(response)).toBe(instance);
    const stream = readSse(response);
    await stream.next("snapshot");
    return stream;
  };

  /**
   * Runs `write` on one instance and returns the event `awaited` on the other's stream, asserting
   * it arrived within a second of the write's answer (the time the request itself took on a busy
   * machine is the writer's, not the update's).
   */
  const seenWithinASecond = async <T>(
    awaited: Promise<SseEvent>,
    write: () => Promise<T>,
  ): Promise<SseEvent> => {
    const arrival = awaited.then((event) => ({ event, at: performance.now() }));
    await write();
    const answeredAt = performance.now();
    const { event, at } = await arrival;
    expect(at - answeredAt).toBeLessThan(WITHIN_MS);
    return event;
  };

  await signIn(console_, room.facilitators[0].email, fixture.password);
  const { joinCode } = await control({ action: "start" });
  const consoleStream = await openStream(console_, instanceA);

  // Made on b, seen on a: a phone joins and the console's list of guests changes.
  await seenWithinASecond(consoleStream.next("participants"), async () => {
    const joined = await phone.postJson("/api/live/join", { code: joinCode, displayName: "b" });
    expect(joined.status).toBe(201);
    expect(servedBy(joined)).toBe(instanceB);
  });
  const phoneStream = await openStream(phone, instanceB);

  // Made on a, seen on b: admission, then scoring opening on the presented WISE.
  const admitted = await seenWithinASecond(phoneStream.next("participants"), () =>
    control({ action: "admitAll" }),
  );
  expect(admitted.data).toMatchObject({ me: { status: "ADMITTED" } });
  await control({ action: "present", agendaItemId });
  const scoringOpen = async () => {
    for (;;) {
      const event = await phoneStream.next("state");
      const data = event.data as { phase?: string; state?: { phase: string } };
      if ((data.state ?? data).phase === "SCORING_OPEN") return event;
    }
  };
  await seenWithinASecond(scoringOpen(), () => control({ action: "openScoring" }));

  // A score saved on b, through the pooler, shows as progress on the console on a.
  const progress = await seenWithinASecond(consoleStream.next("progress"), async () => {
    const saved = await phone.postJson<{ score: { version: number } }>("/api/live/scores", {
      clientChangeId: randomUUID(),
      agendaItemId,
      criterionId,
      answer: "LEVEL",
      level: 3,
      expectedVersion: 0,
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(servedBy(saved)).toBe(instanceB);
    expect(saved.body.score.version).toBe(1);
  });
  expect(progress.data).toMatchObject({ agendaItemId, answered: 1 });
  consoleStream.cancel();
  phoneStream.cancel();

  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    const scores = await client.query(
      `SELECT s.level FROM "Score" s JOIN "Evaluation" e ON e.id = s."evaluationId"
       WHERE e."agendaItemId" = $1 AND s."criterionId" = $2`,
      [agendaItemId, criterionId],
    );
    expect(scores.rows).toEqual([{ level: 3 }]);
    // Each instance LISTENs on its own direct connection, never through the pooler.
    const listeners = await client.query(
      "SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1",
      [LISTENER_APPLICATION_NAME],
    );
    expect(listeners.rows[0].n).toBe(2);
  } finally {
    await client.end();
  }
  // Every other query went through PgBouncer.
  expect(await stack.pooler?.transactions()).toBeGreaterThan(10);
  for (const server of stack.servers) expect(server.errorLines).toEqual([]);
});

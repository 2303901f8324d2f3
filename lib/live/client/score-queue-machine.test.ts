import { describe, expect, it } from "vitest";
import type { AckedScore, PendingChange } from "./score-queue";
import {
  initialScoreQueueState,
  readAnswer,
  type ScoreQueueEffect,
  type ScoreQueueEvent,
  type ScoreQueueState,
  transition,
} from "./score-queue-machine";

const ITEM = "item-1";
const onStage = (saved: AckedScore[] = []) => initialScoreQueueState(saved, ITEM);

/** Feeds events one after the other; returns the last state and every effect, in order. */
function run(state: ScoreQueueState, ...events: ScoreQueueEvent[]) {
  const effects: ScoreQueueEffect[] = [];
  let current = state;
  for (const event of events) {
    const step = transition(current, event);
    current = step.state;
    effects.push(...step.effects);
  }
  return { state: current, effects };
}

const choose = (clientChangeId: string, criterionId: string, level: number): ScoreQueueEvent => ({
  type: "changed",
  clientChangeId,
  criterionId,
  answer: "LEVEL",
  level,
});
const score = (criterionId: string, level: number, version: number): AckedScore => ({
  criterionId,
  answer: "LEVEL",
  level,
  version,
});
const ack = (clientChangeId: string, saved: AckedScore, duplicate = false): ScoreQueueEvent => ({
  type: "answered",
  clientChangeId,
  status: 200,
  body: { score: saved, duplicate },
  retryAfter: null,
});
const refuse = (clientChangeId: string, status: number, error: string): ScoreQueueEvent => ({
  type: "answered",
  clientChangeId,
  status,
  body: { error },
  retryAfter: null,
});
const lost = (clientChangeId: string): ScoreQueueEvent => ({
  type: "networkFailed",
  clientChangeId,
});

const sent = (effects: ScoreQueueEffect[]) =>
  effects.flatMap((effect) => (effect.type === "send" ? [effect.change] : []));
const sentIds = (effects: ScoreQueueEffect[]) =>
  sent(effects).map((change) => change.clientChangeId);
const persisted = (effects: ScoreQueueEffect[]) =>
  effects.flatMap((effect) => (effect.type === "persist" ? [effect.queue] : []));
const ids = (queue: readonly PendingChange[]) => queue.map((change) => change.clientChangeId);

describe("the score queue machine: queueing and sending", () => {
  it("stores a new change before sending it, and shows it as not yet saved", () => {
    const { state, effects } = run(onStage([score("c1", 2, 3)]), choose("a", "c1", 4));
    expect(effects.map((effect) => effect.type)).toEqual(["persist", "send"]);
    expect(ids(persisted(effects)[0])).toEqual(["a"]);
    // It builds on the version the server gave for that criterion.
    expect(sent(effects)[0]).toMatchObject({ agendaItemId: ITEM, level: 4, expectedVersion: 3 });
    expect(ids(state.queue)).toEqual(["a"]);
    expect(state.inFlight?.clientChangeId).toBe("a");
  });

  it("ignores a choice while no WISE is on stage", () => {
    const { state, effects } = run(initialScoreQueueState([], null), choose("a", "c1", 4));
    expect(effects).toEqual([]);
    expect(state.queue).toEqual([]);
  });

  it("on acknowledgement forgets the change, records the saved score and sends the next", () => {
    const { state, effects } = run(
      onStage(),
      choose("a", "c1", 2),
      choose("b", "c2", 3),
      ack("a", score("c1", 2, 1)),
    );
    expect(sentIds(effects)).toEqual(["a", "b"]);
    expect(ids(persisted(effects).at(-1) ?? [])).toEqual(["b"]);
    expect(state.saved.get("c1")).toEqual(score("c1", 2, 1));
    expect(state.inFlight?.clientChangeId).toBe("b");
    const done = run(state, ack("b", score("c2", 3, 1)));
    expect(done.state.queue).toEqual([]);
    // An empty queue is removed from storage: nothing is left to resend after a reload.
    expect(persisted(done.effects)).toEqual([[]]);
    expect(done.state.inFlight).toBeNull();
  });

  it("sends one change at a time, in the order they were made", () => {
    const offline = run(
      onStage(),
      { type: "wentOffline" },
      choose("a", "c1", 2),
      choose("b", "c2", 3),
      choose("c", "c1", 5),
    );
    // Only the head went out; the others wait behind it, all stored.
    expect(sentIds(offline.effects)).toEqual(["a"]);
    expect(ids(persisted(offline.effects).at(-1) ?? [])).toEqual(["a", "b", "c"]);
    const back = run(
      offline.state,
      lost("a"),
      { type: "wentOnline" },
      ack("a", score("c1", 2, 1)),
      ack("b", score("c2", 3, 1)),
      ack("c", score("c1", 5, 2)),
    );
    expect(sentIds(back.effects)).toEqual(["a", "b", "c"]);
    expect(back.state.queue).toEqual([]);
    expect(back.state.saved.get("c1")?.level).toBe(5);
  });

  it("a second change of a criterion whose first is in flight builds on the version the first gets", () => {
    const { state, effects } = run(onStage(), choose("a", "c1", 2), choose("b", "c1", 4));
    expect(sentIds(effects)).toEqual(["a"]);
    expect(state.queue[1]).toMatchObject({ clientChangeId: "b", expectedVersion: 0 });
    const next = run(state, ack("a", score("c1", 2, 7)));
    expect(sent(next.effects)).toEqual([expect.objectContaining({ clientChangeId: "b" })]);
    expect(sent(next.effects)[0].expectedVersion).toBe(7);
  });

  it("an answer about a WISE no longer on stage empties the queue but not the new grid", () => {
    const { state } = run(
      onStage(),
      choose("a", "c1", 2),
      { type: "itemOnStage", agendaItemId: "item-2" },
      ack("a", score("c1", 2, 1)),
    );
    expect(state.queue).toEqual([]);
    expect(state.saved.has("c1")).toBe(false);
  });

  it("builds on the scores read from the server after a reconnect", () => {
    const replaced = run(onStage([score("c1", 2, 1)]), {
      type: "savedReplaced",
      scores: [score("c1", 3, 6)],
    });
    expect(sent(run(replaced.state, choose("a", "c1", 4)).effects)[0].expectedVersion).toBe(6);
  });
});

describe("the score queue machine: reload", () => {
  it("resends what an earlier visit left unsent, oldest first, with the same change ids", () => {
    const stored = run(
      onStage(),
      { type: "wentOffline" },
      choose("a", "c1", 2),
      choose("b", "c2", 3),
    );
    const left = persisted(stored.effects).at(-1) ?? [];
    // A new page: a fresh machine, the queue read back from storage.
    const { state, effects } = run(onStage(), { type: "restored", queue: left });
    expect(ids(state.queue)).toEqual(["a", "b"]);
    expect(sentIds(effects)).toEqual(["a"]);
    expect(sent(effects)[0]).toEqual(left[0]);
  });

  it("restoring an empty storage sends nothing", () => {
    expect(sent(run(onStage(), { type: "restored", queue: [] }).effects)).toEqual([]);
  });
});

describe("the score queue machine: failures", () => {
  it("after a network error waits with growing back-off and resends the same change", () => {
    const first = run(onStage(), choose("a", "c1", 2), lost("a"));
    expect(first.state.problem).toEqual({ kind: "retrying" });
    expect(first.state.queue).toHaveLength(1);
    expect(first.effects.at(-1)).toEqual({ type: "scheduleRetry", delayMs: 500 });
    const second = run(
      first.state,
      { type: "retryDue" },
      lost("a"),
      { type: "retryDue" },
      lost("a"),
    );
    expect(sentIds(second.effects)).toEqual(["a", "a"]);
    expect(second.effects.filter((effect) => effect.type === "scheduleRetry")).toEqual([
      { type: "scheduleRetry", delayMs: 1000 },
      { type: "scheduleRetry", delayMs: 2000 },
    ]);
  });

  it("back online, sends at once (cancelling the wait) and starts the back-off afresh", () => {
    const waiting = run(onStage(), { type: "wentOffline" }, choose("a", "c1", 2), lost("a"));
    expect(waiting.state.online).toBe(false);
    const back = run(waiting.state, { type: "wentOnline" });
    expect(back.effects).toEqual([
      { type: "cancelRetry" },
      { type: "send", change: waiting.state.queue[0] },
    ]);
    expect(back.state.online).toBe(true);
    expect(run(back.state, lost("a")).effects.at(-1)).toEqual({
      type: "scheduleRetry",
      delayMs: 500,
    });
  });

  it("a new answer while a retry waits is stored and the head is sent at once", () => {
    const waiting = run(onStage(), choose("a", "c1", 2), lost("a"));
    const { effects } = run(waiting.state, choose("b", "c2", 3));
    expect(effects.map((effect) => effect.type)).toEqual(["persist", "cancelRetry", "send"]);
    expect(sentIds(effects)).toEqual(["a"]);
  });

  it("a 503 'tryAgain' is retried no sooner than its Retry-After", () => {
    const { state, effects } = run(onStage(), choose("a", "c1", 2), {
      type: "answered",
      clientChangeId: "a",
      status: 503,
      body: { error: "tryAgain" },
      retryAfter: "1",
    });
    expect(state.problem).toEqual({ kind: "retrying" });
    expect(effects.at(-1)).toEqual({ type: "scheduleRetry", delayMs: 1000 });
    const retried = run(state, { type: "retryDue" }, ack("a", score("c1", 2, 1)));
    expect(sentIds(retried.effects)).toEqual(["a"]);
    expect(retried.state.problem).toBeNull();
    expect(retried.state.queue).toEqual([]);
  });

  it("a resend answered 'duplicate' (the first answer was lost) counts as acknowledged, once", () => {
    const { state, effects } = run(
      onStage(),
      choose("a", "c1", 2),
      choose("b", "c2", 3),
      lost("a"),
      { type: "retryDue" },
      ack("a", score("c1", 2, 1), true),
      ack("b", score("c2", 3, 1)),
    );
    expect(sentIds(effects)).toEqual(["a", "a", "b"]);
    expect(state.queue).toEqual([]);
    expect(state.saved.get("c1")?.version).toBe(1);
  });

  it("ignores an answer to a change that is not the one in flight", () => {
    const start = run(onStage(), choose("a", "c1", 2));
    const { state, effects } = run(start.state, ack("zzz", score("c1", 2, 1)));
    expect(effects).toEqual([]);
    expect(state).toBe(start.state);
  });

  it("a final refusal (4xx) stops sending, keeps the changes, and resumes when asked", () => {
    const refused = run(onStage(), choose("a", "c1", 2), refuse("a", 409, "liveScoringClosed"));
    expect(refused.state.problem).toEqual({ kind: "stopped", error: "liveScoringClosed" });
    expect(refused.effects.some((effect) => effect.type === "scheduleRetry")).toBe(false);
    const more = run(refused.state, choose("b", "c2", 3));
    expect(sent(more.effects)).toEqual([]);
    expect(ids(more.state.queue)).toEqual(["a", "b"]);
    const resumed = run(more.state, { type: "resumed" });
    expect(sentIds(resumed.effects)).toEqual(["a"]);
    expect(resumed.state.problem).toBeNull();
  });

  it("after a final refusal the rater may let the unsent changes go", () => {
    const refused = run(onStage(), choose("a", "c1", 2), refuse("a", 403, "liveNotAdmitted"));
    const { state, effects } = run(refused.state, { type: "discarded" });
    expect(effects).toEqual([{ type: "persist", queue: [] }]);
    expect(state.queue).toEqual([]);
    expect(state.problem).toBeNull();
  });
});

describe("the score queue machine: conflicts", () => {
  const stale = (clientChangeId: string, current: AckedScore | null): ScoreQueueEvent => ({
    type: "answered",
    clientChangeId,
    status: 409,
    body: { error: "scoreStale", current },
    retryAfter: null,
  });
  const conflicted = () =>
    run(onStage(), choose("a", "c1", 2), choose("b", "c2", 3), stale("a", score("c1", 4, 9)));

  it("a stale change waits for the rater's choice; nothing else is sent meanwhile", () => {
    const { state, effects } = conflicted();
    expect(state.conflict).toEqual({ change: state.queue[0], current: score("c1", 4, 9) });
    expect(sentIds(effects)).toEqual(["a"]);
  });

  it("a change or a reconnection during the conflict is stored but sends nothing until the choice", () => {
    const { state, effects } = run(
      conflicted().state,
      choose("c", "c3", 1),
      { type: "wentOffline" },
      { type: "wentOnline" },
      { type: "retryDue" },
    );
    expect(ids(state.queue)).toEqual(["a", "b", "c"]);
    expect(effects).toContainEqual({ type: "persist", queue: state.queue });
    expect(sentIds(effects)).toEqual([]);
    const chosen = run(state, { type: "keptMine", clientChangeId: "a2" });
    expect(sentIds(chosen.effects)).toEqual(["a2"]);
  });

  it("keeping one's answer resends it under a new id on the stored version", () => {
    const { state, effects } = run(conflicted().state, { type: "keptMine", clientChangeId: "a2" });
    expect(state.conflict).toBeNull();
    expect(sent(effects)).toEqual([
      expect.objectContaining({ clientChangeId: "a2", level: 2, expectedVersion: 9 }),
    ]);
  });

  it("taking the stored value shows it, drops the unsent change and sends the next", () => {
    const { state, effects } = run(conflicted().state, { type: "tookCurrent" });
    expect(state.saved.get("c1")).toEqual(score("c1", 4, 9));
    expect(ids(state.queue)).toEqual(["b"]);
    expect(sentIds(effects)).toEqual(["b"]);
  });
});

describe("reading the server's answer", () => {
  it("retries what may pass later and gives up on what will not", () => {
    expect(readAnswer(429, { error: "tooMany" }, null)).toEqual({
      kind: "retry",
      retryAfterSeconds: 0,
    });
    expect(readAnswer(502, null, null).kind).toBe("retry");
    // A proxy's HTML error page: not the app's answer, so not a refusal.
    expect(readAnswer(404, null, null).kind).toBe("retry");
    expect(readAnswer(400, { error: "invalidInput" }, null)).toEqual({
      kind: "refused",
      error: "invalidInput",
    });
    expect(readAnswer(200, {}, null)).toEqual({ kind: "refused", error: "unexpected" });
  });
});

import { describe, expect, it } from "vitest";
import {
  initialSendQueueState,
  retryDelayMs,
  type SendOutcome,
  type SendQueueEffect,
  type SendQueueEvent,
  type SendQueueState,
  sendQueueMachine,
} from "./send-queue-machine";

// A toy queue: notes about topics; a newer unsent note of a topic replaces the older one.
type Note = { id: string; topic: string; text: string };
type NoteState = SendQueueState<Note> & { acked: string[]; held: string | null };
type Held = { kind: "held"; reason: string };

function readNoteAnswer(
  status: number,
  body: unknown,
  retryAfter: string | null,
): SendOutcome<{ by: string }> | Held {
  const json = (body ?? {}) as { ok?: boolean; error?: string; held?: string };
  if (status === 200 && json.ok) return { kind: "acked", by: "server" };
  if (status === 409 && json.held) return { kind: "held", reason: json.held };
  if (status >= 500)
    return { kind: "retry", retryAfterSeconds: retryAfter ? Number(retryAfter) : undefined };
  return { kind: "refused", error: json.error ?? "unexpected" };
}

const transition = sendQueueMachine<Note, NoteState, { by: string }, Held>({
  idOf: (note) => note.id,
  enqueue: (queue, note, inFlightId) => [
    ...queue.filter((queued) => queued.id === inFlightId || queued.topic !== note.topic),
    note,
  ],
  readAnswer: readNoteAnswer,
  acknowledge: (state, sent) => ({
    ...state,
    queue: state.queue.filter((note) => note.id !== sent.id),
    acked: [...state.acked, sent.id],
  }),
  settleOwn: (state, sent, { reason }) => ({ ...state, held: `${sent.id}:${reason}` }),
});

const fresh = (): NoteState => ({ ...initialSendQueueState<Note>(), acked: [], held: null });

function run(state: NoteState, ...events: SendQueueEvent<Note>[]) {
  const effects: SendQueueEffect<Note>[] = [];
  let current = state;
  for (const event of events) {
    const step = transition(current, event);
    current = step.state;
    effects.push(...step.effects);
  }
  return { state: current, effects };
}

const note = (id: string, topic = id, text = id): SendQueueEvent<Note> => ({
  type: "changed",
  item: { id, topic, text },
});
const answer = (id: string, status: number, body: unknown, retryAfter: string | null = null) =>
  ({ type: "answered", id, status, body, retryAfter }) as const;
const ok = (id: string) => answer(id, 200, { ok: true });
const lost = (id: string) => ({ type: "networkFailed", id }) as const;
const due = { type: "retryDue" } as const;
const sentIds = (effects: SendQueueEffect<Note>[]) =>
  effects.flatMap((effect) => (effect.type === "send" ? [effect.change.id] : []));
const delays = (effects: SendQueueEffect<Note>[]) =>
  effects.flatMap((effect) => (effect.type === "scheduleRetry" ? [effect.delayMs] : []));

describe("the shared send queue: order and one in flight", () => {
  it("stores each item before sending it and sends one at a time, oldest first", () => {
    const queued = run(fresh(), note("a"), note("b"), note("c"));
    expect(queued.effects.slice(0, 2).map((effect) => effect.type)).toEqual(["persist", "send"]);
    expect(sentIds(queued.effects)).toEqual(["a"]);
    expect(queued.state.queue.map((item) => item.id)).toEqual(["a", "b", "c"]);
    const acked = run(queued.state, ok("a"), ok("b"), ok("c"));
    expect(sentIds(acked.effects)).toEqual(["b", "c"]);
    expect(acked.state.acked).toEqual(["a", "b", "c"]);
    expect(acked.state.queue).toEqual([]);
    expect(acked.effects.at(-1)).toEqual({ type: "persist", queue: [] });
  });

  it("reads an answer only for the item in flight, so an item is acknowledged once", () => {
    const sent = run(fresh(), note("a"), note("b"));
    const stray = run(sent.state, ok("b"));
    expect(stray.state).toBe(sent.state);
    expect(stray.effects).toEqual([]);
    const twice = run(sent.state, ok("a"), ok("a"));
    expect(twice.state.acked).toEqual(["a"]);
    expect(twice.state.inFlight?.id).toBe("b");
  });

  it("joins new items by the queue's own rule, never touching the one in flight", () => {
    const { state } = run(fresh(), note("a", "t"), note("b", "t"), note("c", "t"));
    expect(state.queue.map((item) => item.id)).toEqual(["a", "c"]);
    expect(state.inFlight?.id).toBe("a");
  });

  it("restores what an earlier visit left before what was queued on this page since, by the same rule", () => {
    const early = run(fresh(), note("new", "x"));
    const stored = [
      { id: "old1", topic: "x", text: "stale" },
      { id: "old2", topic: "y", text: "kept" },
    ];
    const { state } = run(early.state, { type: "restored", queue: stored });
    // The stored note of topic x is superseded by the newer one made on this page, which follows.
    expect(state.queue.map((item) => item.id)).toEqual(["old2", "new"]);
    expect(state.inFlight?.id).toBe("new");
  });
});

describe("the shared send queue: failures", () => {
  it("resends the same item with a back-off that doubles up to 10 s", () => {
    const { state, effects } = run(
      fresh(),
      note("a"),
      ...Array.from({ length: 6 }, () => [lost("a"), due] as const).flat(),
    );
    expect(delays(effects)).toEqual([500, 1000, 2000, 4000, 8000, 10_000]);
    expect(sentIds(effects)).toEqual(Array(7).fill("a"));
    expect(state.problem).toEqual({ kind: "retrying" });
    expect(run(state, ok("a")).state.problem).toBeNull();
  });

  it("waits at least as long as the server's Retry-After, and no less than the back-off", () => {
    const busy = run(fresh(), note("a"), answer("a", 503, { error: "tryAgain" }, "3"));
    expect(delays(busy.effects)).toEqual([3000]);
    const later = run(busy.state, due, lost("a"), due, answer("a", 503, null, "1"));
    expect(delays(later.effects)).toEqual([1000, 2000]);
  });

  it("offline, the item waits for its retry; back online it goes at once and the back-off starts over", () => {
    const offline = run(fresh(), { type: "wentOffline" }, note("a"), lost("a"), due, lost("a"));
    expect(offline.state.online).toBe(false);
    expect(delays(offline.effects)).toEqual([500, 1000]);
    const back = run(offline.state, { type: "wentOnline" });
    expect(back.effects).toEqual([
      { type: "cancelRetry" },
      { type: "send", change: offline.state.queue[0] },
    ]);
    expect(delays(run(back.state, lost("a")).effects)).toEqual([500]);
  });

  it("a final refusal stops sending, keeps the items, and sends again only when resumed", () => {
    const refused = run(fresh(), note("a"), answer("a", 400, { error: "closed" }));
    expect(refused.state.problem).toEqual({ kind: "stopped", error: "closed" });
    expect(delays(refused.effects)).toEqual([]);
    const still = run(refused.state, note("b"), { type: "wentOnline" }, due);
    expect(sentIds(still.effects)).toEqual([]);
    expect(still.state.queue.map((item) => item.id)).toEqual(["a", "b"]);
    const resumed = run(still.state, { type: "resumed" });
    expect(sentIds(resumed.effects)).toEqual(["a"]);
    expect(resumed.state.problem).toBeNull();
    const discarded = run(still.state, { type: "discarded" });
    expect(discarded.effects).toEqual([{ type: "persist", queue: [] }]);
    expect(discarded.state.queue).toEqual([]);
  });

  it("hands a domain's own outcome to its layer and sends nothing until the queue is rewritten", () => {
    const held = run(fresh(), note("a"), note("b"), answer("a", 409, { held: "conflict" }));
    expect(held.state.held).toBe("a:conflict");
    expect(held.state.inFlight).toBeNull();
    expect(sentIds(held.effects)).toEqual(["a"]);
    const requeued = run(held.state, { type: "requeued", queue: held.state.queue.slice(1) });
    expect(requeued.effects.map((effect) => effect.type)).toEqual(["persist", "send"]);
    expect(sentIds(requeued.effects)).toEqual(["b"]);
  });

  it("the back-off itself: doubling from 0.5 s, capped at 10 s, stretched by Retry-After", () => {
    expect([0, 1, 4, 5, 20].map((attempt) => retryDelayMs(attempt))).toEqual([
      500, 1000, 8000, 10_000, 10_000,
    ]);
    expect(retryDelayMs(2, 30)).toBe(30_000);
  });
});

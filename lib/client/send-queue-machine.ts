/**
 * The sending discipline of an offline queue, written once (docs/decisions/0010) for the live
 * phone's score queue (lib/live/client/score-queue-machine.ts) and the survey's answer queue
 * (lib/skills/answers/client/answer-queue-machine.ts). A pure state machine over items with an
 * id: `transition(state, event)` returns the next state and the effects to run, and does nothing
 * itself; a hook runs the effects and feeds their results back as events.
 *
 * The rules: an item is stored before the screen shows it; one item is in flight at a time, so
 * the server sees them in order; the head is resent under the same id until the server answers
 * (which writes each id once); failures wait with a growing back-off that honours Retry-After,
 * and an `online` event or a new item sends at once; a final refusal stops sending until the
 * queue is resumed. What differs between queues comes in as `SendQueueRules`: how an item joins
 * the queue, how the server's answer is read, what an acknowledgement records, and a domain's own
 * outcome (the score's conflict).
 */

export type SendQueueProblem =
  /** Network down or the server said "try again": the queue waits and retries. */
  | { kind: "retrying" }
  /** The server refused for good: nothing is sent until the queue is resumed. */
  | { kind: "stopped"; error: string };

export type SendQueueState<Item> = {
  /** Unacknowledged items, oldest first; the head is the one sent (or next to be). */
  queue: Item[];
  /** The item whose answer is awaited: one at a time, so the server sees them in order. */
  inFlight: Item | null;
  online: boolean;
  problem: SendQueueProblem | null;
  /** Failed sends since the last success: the back-off grows with it. */
  attempt: number;
  retryScheduled: boolean;
};

export type SendQueueEvent<Item> =
  /** What an earlier visit left in storage; items queued on this page since then follow it. */
  | { type: "restored"; queue: Item[] }
  | { type: "changed"; item: Item }
  /** The server answered the item `id` (`body`: its JSON, null when it was not JSON). */
  | { type: "answered"; id: string; status: number; body: unknown; retryAfter: string | null }
  /** The request never got an answer (offline, connection cut). */
  | { type: "networkFailed"; id: string }
  | { type: "retryDue" }
  | { type: "wentOnline" }
  | { type: "wentOffline" }
  /** Send again now: after a final refusal, or instead of waiting for a retry. */
  | { type: "resumed" }
  /** After a final refusal: forget the unsent items (the tab may then close without a warning). */
  | { type: "discarded" }
  /** The domain rewrote the queue (a conflict resolved): store it and send its head. */
  | { type: "requeued"; queue: Item[] };

export type SendQueueEffect<Item> =
  /** Write the queue to storage (removing it when empty) before the screen shows it. */
  | { type: "persist"; queue: Item[] }
  | { type: "send"; change: Item }
  | { type: "scheduleRetry"; delayMs: number }
  | { type: "cancelRetry" };

/** How the answer to the item sent was read; `Ack` is what an acknowledgement carries. */
export type SendOutcome<Ack extends object = object> =
  | ({ kind: "acked" } & Ack)
  | { kind: "refused"; error: string }
  | { kind: "retry"; retryAfterSeconds?: number };

export type SendQueueRules<
  Item,
  State extends SendQueueState<Item>,
  Ack extends object,
  Own extends { kind: string },
> = {
  idOf: (item: Item) => string;
  /** Adds a new item: appended, possibly replacing an unsent one it supersedes (never the one in flight). */
  enqueue: (queue: readonly Item[], item: Item, inFlightId: string | null) => Item[];
  readAnswer: (status: number, body: unknown, retryAfter: string | null) => SendOutcome<Ack> | Own;
  /** The state once `sent` was acknowledged: its queue without `sent`, and what else it records. */
  acknowledge: (state: State, sent: Item, ack: { kind: "acked" } & Ack) => State;
  /** A domain's own outcome (a conflict): the state it leaves, with nothing in flight. */
  settleOwn?: (state: State, sent: Item, outcome: Own) => State;
  /**
   * While true, nothing is sent: new items are stored and wait (a conflict awaiting the
   * person's choice, whose head would only be refused again). Sending goes on at the first
   * event after it turns false, such as the `requeued` that resolves the conflict.
   */
  holds?: (state: State) => boolean;
};

export type SendQueueStep<Item, State> = { state: State; effects: SendQueueEffect<Item>[] };

export function initialSendQueueState<Item>(online = true): SendQueueState<Item> {
  return { queue: [], inFlight: null, online, problem: null, attempt: 0, retryScheduled: false };
}

/**
 * Wait before the n-th retry (0-based) after a network failure or a 503: 0.5 s, 1 s, 2 s …
 * capped at 10 s, so a phone back in range sends within seconds even without an `online` event.
 */
export function retryDelayMs(attempt: number, retryAfterSeconds?: number): number {
  const backoff = Math.min(10_000, 500 * 2 ** Math.max(0, attempt));
  return retryAfterSeconds !== undefined ? Math.max(backoff, retryAfterSeconds * 1000) : backoff;
}

const BASE_OUTCOMES: readonly string[] = ["acked", "refused", "retry"];

export function sendQueueMachine<
  Item,
  State extends SendQueueState<Item>,
  Ack extends object = object,
  Own extends { kind: string } = never,
>(rules: SendQueueRules<Item, State, Ack, Own>) {
  type Effects = SendQueueEffect<Item>[];

  /** Send the head unless one is on its way or sending stopped; a waiting retry is brought forward. */
  function pump(state: State, effects: Effects): State {
    let next = state;
    if (next.retryScheduled) {
      effects.push({ type: "cancelRetry" });
      next = { ...next, retryScheduled: false };
    }
    const head = next.queue[0];
    if (next.inFlight || !head || next.problem?.kind === "stopped" || rules.holds?.(next))
      return next;
    effects.push({ type: "send", change: head });
    return { ...next, inFlight: head };
  }

  /** Storage first, then the screen: an item on screen is an item that survives a reload. */
  function withQueue(state: State, queue: Item[], effects: Effects): State {
    effects.push({ type: "persist", queue });
    return { ...state, queue };
  }

  function settle(state: State, sent: Item, outcome: SendOutcome<Ack> | Own, effects: Effects) {
    const idle: State = { ...state, inFlight: null };
    if (!BASE_OUTCOMES.includes(outcome.kind))
      return rules.settleOwn ? rules.settleOwn(idle, sent, outcome as Own) : idle;
    const base = outcome as SendOutcome<Ack>;
    if (base.kind === "acked") {
      const acked = rules.acknowledge(idle, sent, base);
      const next: State = { ...acked, attempt: 0, problem: null };
      return pump(withQueue(next, acked.queue, effects), effects);
    }
    if (base.kind === "refused")
      return { ...idle, problem: { kind: "stopped", error: base.error } };
    effects.push({
      type: "scheduleRetry",
      delayMs: retryDelayMs(state.attempt, base.retryAfterSeconds),
    });
    return {
      ...idle,
      problem: { kind: "retrying" },
      attempt: state.attempt + 1,
      retryScheduled: true,
    };
  }

  return function transition(
    state: State,
    event: SendQueueEvent<Item>,
  ): SendQueueStep<Item, State> {
    const effects: Effects = [];
    const done = (next: State) => ({ state: next, effects });
    const inFlightId = state.inFlight ? rules.idOf(state.inFlight) : null;
    switch (event.type) {
      case "restored": {
        // Items queued on this page before storage was read come after the older, restored ones.
        const queue = state.queue.reduce(
          (merged, item) => rules.enqueue(merged, item, inFlightId),
          event.queue,
        );
        return done(pump(withQueue(state, queue, effects), effects));
      }
      case "changed": {
        const queue = rules.enqueue(state.queue, event.item, inFlightId);
        return done(pump(withQueue(state, queue, effects), effects));
      }
      case "requeued":
        return done(pump(withQueue(state, event.queue, effects), effects));
      case "answered":
      case "networkFailed": {
        const sent = state.inFlight;
        // Only one item is ever in flight; an answer to anything else is not ours to read.
        if (!sent || inFlightId !== event.id) return done(state);
        const outcome =
          event.type === "networkFailed"
            ? ({ kind: "retry" } as const)
            : rules.readAnswer(event.status, event.body, event.retryAfter);
        return done(settle(state, sent, outcome, effects));
      }
      case "retryDue":
        return done(pump({ ...state, retryScheduled: false }, effects));
      case "wentOnline":
        return done(pump({ ...state, online: true, attempt: 0 }, effects));
      case "wentOffline":
        return done({ ...state, online: false });
      case "resumed":
        return done(pump({ ...state, problem: null, attempt: 0 }, effects));
      case "discarded":
        return done(withQueue({ ...state, problem: null }, [], effects));
    }
  };
}

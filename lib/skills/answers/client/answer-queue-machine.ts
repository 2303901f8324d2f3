/**
 * The survey's answer queue as a state machine, like the live room's score queue
 * (lib/live/client/score-queue-machine.ts): `transition(state, event)` returns the next state and
 * the effects to run, and does nothing itself. use-answer-queue.ts runs the effects. A survey
 * has one writer per response (its device), so there are no versions and no conflicts: the
 * server orders changes by their ids. Tested in answer-queue-machine.test.ts.
 */
import { retryDelayMs } from "@/lib/live/client/score-queue";
import { enqueueSurveyChange, type PendingSurveyChange } from "./answer-queue";

export type AnswerQueueProblem =
  | { kind: "retrying" }
  /** Refused for good (survey closed, the response replaced): sending stops. */
  | { kind: "stopped"; error: string };

export type AnswerQueueState = {
  queue: PendingSurveyChange[];
  inFlight: PendingSurveyChange | null;
  online: boolean;
  problem: AnswerQueueProblem | null;
  attempt: number;
  retryScheduled: boolean;
  /** Changes acknowledged since the page opened: the status line says "saved" once there are. */
  acknowledged: number;
};

export type AnswerQueueEvent =
  | { type: "restored"; queue: PendingSurveyChange[] }
  | { type: "changed"; change: PendingSurveyChange }
  | { type: "answered"; changeId: string; status: number; body: unknown; retryAfter: string | null }
  | { type: "networkFailed"; changeId: string }
  | { type: "retryDue" }
  | { type: "wentOnline" }
  | { type: "wentOffline" };

export type AnswerQueueEffect =
  | { type: "persist"; queue: PendingSurveyChange[] }
  | { type: "send"; change: PendingSurveyChange }
  | { type: "scheduleRetry"; delayMs: number }
  | { type: "cancelRetry" };

export type AnswerTransition = { state: AnswerQueueState; effects: AnswerQueueEffect[] };

export function initialAnswerQueueState(online = true): AnswerQueueState {
  return {
    queue: [],
    inFlight: null,
    online,
    problem: null,
    attempt: 0,
    retryScheduled: false,
    acknowledged: 0,
  };
}

export type AnswerOutcome =
  | { kind: "acked" }
  | { kind: "refused"; error: string }
  | { kind: "retry"; retryAfterSeconds?: number };

/**
 * `200 { saved, applied }` acknowledges the change, `applied: false` too (it was applied before, or
 * a newer one was). 5xx, 429, 401 (the cookie did not come along: a flaky proxy) and a body that is
 * not JSON are worth retrying; any other 4xx is final.
 */
export function readSurveyAnswer(
  status: number,
  body: unknown,
  retryAfter: string | null,
): AnswerOutcome {
  const json =
    typeof body === "object" && body !== null
      ? (body as { saved?: unknown; error?: string })
      : null;
  if (status >= 200 && status < 300 && json?.saved) return { kind: "acked" };
  if (status >= 500 || status === 429 || status === 401 || !json) {
    const seconds = Number(retryAfter);
    return {
      kind: "retry",
      retryAfterSeconds: Number.isFinite(seconds) && retryAfter ? seconds : undefined,
    };
  }
  return { kind: "refused", error: json.error ?? "unexpected" };
}

function pump(state: AnswerQueueState, effects: AnswerQueueEffect[]): AnswerQueueState {
  let next = state;
  if (next.retryScheduled) {
    effects.push({ type: "cancelRetry" });
    next = { ...next, retryScheduled: false };
  }
  const head = next.queue[0];
  if (next.inFlight || !head || next.problem?.kind === "stopped") return next;
  effects.push({ type: "send", change: head });
  return { ...next, inFlight: head };
}

function withQueue(
  state: AnswerQueueState,
  queue: PendingSurveyChange[],
  effects: AnswerQueueEffect[],
) {
  effects.push({ type: "persist", queue });
  return { ...state, queue };
}

export function transitionAnswerQueue(
  state: AnswerQueueState,
  event: AnswerQueueEvent,
): AnswerTransition {
  const effects: AnswerQueueEffect[] = [];
  const done = (next: AnswerQueueState): AnswerTransition => ({ state: next, effects });
  switch (event.type) {
    case "restored": {
      // Changes made on this page before storage was read come after the older, restored ones.
      const queue = state.queue.reduce(
        (merged, change) => enqueueSurveyChange(merged, change, state.inFlight?.changeId ?? null),
        event.queue,
      );
      return done(pump(withQueue(state, queue, effects), effects));
    }
    case "changed": {
      const queue = enqueueSurveyChange(
        state.queue,
        event.change,
        state.inFlight?.changeId ?? null,
      );
      return done(pump(withQueue(state, queue, effects), effects));
    }
    case "answered":
    case "networkFailed": {
      const sent = state.inFlight;
      if (!sent || sent.changeId !== event.changeId) return done(state);
      const outcome: AnswerOutcome =
        event.type === "networkFailed"
          ? { kind: "retry" }
          : readSurveyAnswer(event.status, event.body, event.retryAfter);
      const idle = { ...state, inFlight: null };
      if (outcome.kind === "acked") {
        const queue = state.queue.filter((change) => change.changeId !== sent.changeId);
        const next = { ...idle, attempt: 0, problem: null, acknowledged: state.acknowledged + 1 };
        return done(pump(withQueue(next, queue, effects), effects));
      }
      if (outcome.kind === "refused")
        return done({ ...idle, problem: { kind: "stopped", error: outcome.error } });
      effects.push({
        type: "scheduleRetry",
        delayMs: retryDelayMs(state.attempt, outcome.retryAfterSeconds),
      });
      return done({
        ...idle,
        problem: { kind: "retrying" },
        attempt: state.attempt + 1,
        retryScheduled: true,
      });
    }
    case "retryDue":
      return done(pump({ ...state, retryScheduled: false }, effects));
    case "wentOnline":
      return done(pump({ ...state, online: true, attempt: 0 }, effects));
    case "wentOffline":
      return done({ ...state, online: false });
  }
}

/** What the status line says. */
export type SaveStatus =
  | { kind: "idle" }
  | { kind: "saved" }
  | { kind: "pending"; count: number }
  | { kind: "offline"; count: number }
  | { kind: "stopped"; count: number; error: string };

export function saveStatus(state: AnswerQueueState): SaveStatus {
  const count = state.queue.length;
  if (state.problem?.kind === "stopped")
    return { kind: "stopped", count, error: state.problem.error };
  if (!state.online || state.problem?.kind === "retrying") return { kind: "offline", count };
  if (count > 0) return { kind: "pending", count };
  return state.acknowledged > 0 ? { kind: "saved" } : { kind: "idle" };
}

/**
 * The phone's score queue as a state machine (docs/decisions/0010): `transition(state, event)`
 * returns the next state and the effects to run, and does nothing itself — no React, no fetch,
 * no timers, no localStorage. use-score-queue.ts runs the effects and feeds their results back
 * as events, so every rule of "queued, sent in order exactly once, retried, resent after a
 * reload" is decided here and unit-tested in score-queue-machine.test.ts.
 */
import {
  type AckedScore,
  acknowledge,
  dropCriterion,
  enqueue,
  type LiveAnswer,
  type PendingChange,
  rebase,
  retryDelayMs,
  versionToBuildOn,
} from "./score-queue";

/** A change the server refused because the stored value moved on; the rater chooses. */
export type ScoreConflict = { change: PendingChange; current: AckedScore | null };

export type QueueProblem =
  /** Network down or the server said "try again": the queue waits and retries. */
  | { kind: "retrying" }
  /** The server refused for good (scoring closed, not admitted): sending stops. */
  | { kind: "stopped"; error: string };

export type ScoreQueueState = {
  /** Unacknowledged changes, oldest first; the head is the one sent (or next to be). */
  queue: PendingChange[];
  /** What the server acknowledged per criterion of the agenda item on stage. */
  saved: ReadonlyMap<string, AckedScore>;
  conflict: ScoreConflict | null;
  problem: QueueProblem | null;
  online: boolean;
  /** The change whose answer is awaited: one at a time, so the server sees them in order. */
  inFlight: PendingChange | null;
  /** Failed sends since the last success: the back-off grows with it. */
  attempt: number;
  retryScheduled: boolean;
  agendaItemId: string | null;
};

export type ScoreQueueEvent =
  /** What an earlier visit left in storage (read once the page is in the browser). */
  | { type: "restored"; queue: PendingChange[] }
  | { type: "itemOnStage"; agendaItemId: string | null }
  /** The rater picked an answer; the id is made by the caller (randomness is an effect too). */
  | {
      type: "changed";
      criterionId: string;
      answer: LiveAnswer;
      level: number | null;
      clientChangeId: string;
    }
  /** The server answered the change sent (`body`: its JSON, null when it was not JSON). */
  | {
      type: "answered";
      clientChangeId: string;
      status: number;
      body: unknown;
      retryAfter: string | null;
    }
  /** The request never got an answer (offline, connection cut). */
  | { type: "networkFailed"; clientChangeId: string }
  | { type: "retryDue" }
  | { type: "wentOnline" }
  | { type: "wentOffline" }
  | { type: "keptMine"; clientChangeId: string }
  | { type: "tookCurrent" }
  | { type: "discarded" }
  | { type: "savedReplaced"; scores: AckedScore[] }
  | { type: "resumed" };

export type ScoreQueueEffect =
  /** Write the queue to storage (removing it when empty) before the screen shows it. */
  | { type: "persist"; queue: PendingChange[] }
  | { type: "send"; change: PendingChange }
  | { type: "scheduleRetry"; delayMs: number }
  | { type: "cancelRetry" };

export type Transition = { state: ScoreQueueState; effects: ScoreQueueEffect[] };

export function initialScoreQueueState(
  initialSaved: readonly AckedScore[],
  agendaItemId: string | null,
  online = true,
): ScoreQueueState {
  return {
    queue: [],
    saved: new Map(initialSaved.map((score) => [score.criterionId, score])),
    conflict: null,
    problem: null,
    online,
    inFlight: null,
    attempt: 0,
    retryScheduled: false,
    agendaItemId,
  };
}

/** How the answer to a sent change is read. */
export type SendOutcome =
  | { kind: "acked"; score: AckedScore }
  | { kind: "stale"; current: AckedScore | null }
  | { kind: "refused"; error: string }
  | { kind: "retry"; retryAfterSeconds?: number };

/**
 * `200 { score, duplicate }` is an acknowledgement — a duplicate too: the server had written
 * this change before (an earlier answer was lost) and answers with what it recorded. 409
 * "scoreStale" is a conflict; 5xx (503 "tryAgain" while the database restarts), 429 and a body
 * that is not JSON (a proxy's error page) are worth retrying; any other 4xx is final.
 */
export function readAnswer(status: number, body: unknown, retryAfter: string | null): SendOutcome {
  const json =
    typeof body === "object" && body !== null
      ? (body as { score?: AckedScore; error?: string; current?: AckedScore | null })
      : null;
  if (status >= 200 && status < 300 && json?.score) return { kind: "acked", score: json.score };
  if (status === 409 && json?.error === "scoreStale")
    return { kind: "stale", current: json.current ?? null };
  if (status >= 500 || status === 429 || !json) {
    const seconds = Number(retryAfter);
    return { kind: "retry", retryAfterSeconds: Number.isFinite(seconds) ? seconds : undefined };
  }
  return { kind: "refused", error: json.error ?? "unexpected" };
}

/** Send the head unless one is already on its way; a waiting retry is brought forward. */
function pump(state: ScoreQueueState, effects: ScoreQueueEffect[]): ScoreQueueState {
  let next = state;
  if (next.retryScheduled) {
    effects.push({ type: "cancelRetry" });
    next = { ...next, retryScheduled: false };
  }
  const head = next.queue[0];
  if (next.inFlight || !head) return next;
  effects.push({ type: "send", change: head });
  return { ...next, inFlight: head };
}

/** Storage first, then the screen: a change on screen is a change that survives a reload. */
function withQueue(
  state: ScoreQueueState,
  queue: PendingChange[],
  effects: ScoreQueueEffect[],
): ScoreQueueState {
  effects.push({ type: "persist", queue });
  return { ...state, queue };
}

function settle(state: ScoreQueueState, sent: PendingChange, outcome: SendOutcome): Transition {
  const effects: ScoreQueueEffect[] = [];
  const idle = { ...state, inFlight: null };
  switch (outcome.kind) {
    case "acked": {
      const { score } = outcome;
      // An answer about an item no longer on stage must not show on the new item's grid.
      const saved =
        sent.agendaItemId === state.agendaItemId
          ? new Map(state.saved).set(score.criterionId, score)
          : state.saved;
      const next = { ...idle, attempt: 0, problem: null, saved };
      const queue = acknowledge(state.queue, sent.clientChangeId, score.version);
      return { state: pump(withQueue(next, queue, effects), effects), effects };
    }
    case "stale":
      return { state: { ...idle, conflict: { change: sent, current: outcome.current } }, effects };
    case "refused":
      return { state: { ...idle, problem: { kind: "stopped", error: outcome.error } }, effects };
    case "retry": {
      const delayMs = retryDelayMs(state.attempt, outcome.retryAfterSeconds);
      effects.push({ type: "scheduleRetry", delayMs });
      const next: ScoreQueueState = {
        ...idle,
        problem: { kind: "retrying" },
        attempt: state.attempt + 1,
        retryScheduled: true,
      };
      return { state: next, effects };
    }
  }
}

export function transition(state: ScoreQueueState, event: ScoreQueueEvent): Transition {
  const effects: ScoreQueueEffect[] = [];
  const done = (next: ScoreQueueState): Transition => ({ state: next, effects });
  switch (event.type) {
    case "restored":
      return done(pump(withQueue(state, event.queue, effects), effects));
    case "itemOnStage":
      return done({ ...state, agendaItemId: event.agendaItemId });
    case "changed": {
      const item = state.agendaItemId;
      if (!item) return done(state);
      const pendingBefore = state.queue.some(
        (change) => change.agendaItemId === item && change.criterionId === event.criterionId,
      );
      const queued = withQueue(
        state,
        enqueue(state.queue, {
          clientChangeId: event.clientChangeId,
          agendaItemId: item,
          criterionId: event.criterionId,
          answer: event.answer,
          level: event.level,
          // A change behind an unsent one of the same criterion gets its version on that ack.
          expectedVersion: pendingBefore ? 0 : versionToBuildOn(state.saved, event.criterionId),
        }),
        effects,
      );
      // After a final refusal nothing is sent until the rater (or a reopened scoring) resumes.
      return done(state.problem?.kind === "stopped" ? queued : pump(queued, effects));
    }
    case "answered":
    case "networkFailed": {
      const sent = state.inFlight;
      // Only one change is ever in flight; an answer to anything else is not ours to read.
      if (!sent || sent.clientChangeId !== event.clientChangeId) return done(state);
      const outcome: SendOutcome =
        event.type === "networkFailed"
          ? { kind: "retry" }
          : readAnswer(event.status, event.body, event.retryAfter);
      return settle(state, sent, outcome);
    }
    case "retryDue":
      return done(pump({ ...state, retryScheduled: false }, effects));
    case "wentOnline":
      return done(pump({ ...state, online: true, attempt: 0 }, effects));
    case "wentOffline":
      return done({ ...state, online: false });
    case "keptMine": {
      const { conflict } = state;
      if (!conflict) return done(state);
      const queue = rebase(
        state.queue,
        conflict.change.clientChangeId,
        conflict.current?.version ?? 0,
        event.clientChangeId,
      );
      return done(pump(withQueue({ ...state, conflict: null }, queue, effects), effects));
    }
    case "tookCurrent": {
      const { conflict } = state;
      if (!conflict) return done(state);
      const { agendaItemId: item, criterionId } = conflict.change;
      const saved = new Map(state.saved);
      if (conflict.current) saved.set(criterionId, conflict.current);
      else saved.delete(criterionId);
      const queue = dropCriterion(state.queue, item, criterionId);
      return done(pump(withQueue({ ...state, saved, conflict: null }, queue, effects), effects));
    }
    case "discarded":
      // After a final refusal: forget the unsent changes so the tab can close without a warning.
      return done(withQueue({ ...state, problem: null }, [], effects));
    case "savedReplaced":
      return done({
        ...state,
        saved: new Map(event.scores.map((score) => [score.criterionId, score])),
      });
    case "resumed":
      return done(pump({ ...state, problem: null, attempt: 0 }, effects));
  }
}

/**
 * The phone's score queue as a state machine (docs/decisions/0010): `transition(state, event)`
 * returns the next state and the effects to run, and does nothing itself — no React, no fetch,
 * no timers, no localStorage. The sending discipline (queued, sent in order exactly once,
 * retried, resent after a reload) is the shared core in lib/client/send-queue-machine.ts; this
 * layer adds what only scores have: versions, conflicts, the agenda item on stage and the saved
 * scores. use-score-queue.ts runs the effects; tested in score-queue-machine.test.ts.
 */
import {
  initialSendQueueState,
  type SendOutcome,
  type SendQueueEffect,
  type SendQueueState,
  sendQueueMachine,
} from "@/lib/client/send-queue-machine";
import {
  type AckedScore,
  acknowledge,
  dropCriterion,
  enqueue,
  type LiveAnswer,
  type PendingChange,
  rebase,
  versionToBuildOn,
} from "./score-queue";

/** A change the server refused because the stored value moved on; the rater chooses. */
export type ScoreConflict = { change: PendingChange; current: AckedScore | null };

export type ScoreQueueState = SendQueueState<PendingChange> & {
  /** What the server acknowledged per criterion of the agenda item on stage. */
  saved: ReadonlyMap<string, AckedScore>;
  conflict: ScoreConflict | null;
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

export type ScoreQueueEffect = SendQueueEffect<PendingChange>;

export type Transition = { state: ScoreQueueState; effects: ScoreQueueEffect[] };

export function initialScoreQueueState(
  initialSaved: readonly AckedScore[],
  agendaItemId: string | null,
  online = true,
): ScoreQueueState {
  return {
    ...initialSendQueueState<PendingChange>(online),
    saved: new Map(initialSaved.map((score) => [score.criterionId, score])),
    conflict: null,
    agendaItemId,
  };
}

/** A change refused as stale: the score's stored value, for the rater to choose against. */
type Stale = { kind: "stale"; current: AckedScore | null };

/** How the answer to a sent change is read. */
export type ScoreSendOutcome = SendOutcome<{ score: AckedScore }> | Stale;

/**
 * `200 { score, duplicate }` is an acknowledgement — a duplicate too: the server had written
 * this change before (an earlier answer was lost) and answers with what it recorded. 409
 * "scoreStale" is a conflict; 5xx (503 "tryAgain" while the database restarts), 429 and a body
 * that is not JSON (a proxy's error page) are worth retrying; any other 4xx is final.
 */
export function readAnswer(
  status: number,
  body: unknown,
  retryAfter: string | null,
): ScoreSendOutcome {
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

const sending = sendQueueMachine<PendingChange, ScoreQueueState, { score: AckedScore }, Stale>({
  idOf: (change) => change.clientChangeId,
  // Every change is kept, in order (score-queue.ts says why).
  enqueue: (queue, change) => enqueue(queue, change),
  readAnswer,
  acknowledge: (state, sent, { score }) => ({
    ...state,
    queue: acknowledge(state.queue, sent.clientChangeId, score.version),
    // An answer about an item no longer on stage must not show on the new item's grid.
    saved:
      sent.agendaItemId === state.agendaItemId
        ? new Map(state.saved).set(score.criterionId, score)
        : state.saved,
  }),
  settleOwn: (state, sent, { current }) => ({ ...state, conflict: { change: sent, current } }),
  // Nothing is sent until the rater chooses (keptMine or tookCurrent): neither a change made
  // meanwhile nor a reconnection resends the stale head, which would only be refused again.
  holds: (state) => state.conflict !== null,
});

/** What only scores change: nothing to store or send. */
const stay = (state: ScoreQueueState): Transition => ({ state, effects: [] });

export function transition(state: ScoreQueueState, event: ScoreQueueEvent): Transition {
  switch (event.type) {
    case "itemOnStage":
      return stay({ ...state, agendaItemId: event.agendaItemId });
    case "changed": {
      const item = state.agendaItemId;
      if (!item) return stay(state);
      const pendingBefore = state.queue.some(
        (change) => change.agendaItemId === item && change.criterionId === event.criterionId,
      );
      return sending(state, {
        type: "changed",
        item: {
          clientChangeId: event.clientChangeId,
          agendaItemId: item,
          criterionId: event.criterionId,
          answer: event.answer,
          level: event.level,
          // A change behind an unsent one of the same criterion gets its version on that ack.
          expectedVersion: pendingBefore ? 0 : versionToBuildOn(state.saved, event.criterionId),
        },
      });
    }
    case "answered":
      return sending(state, { ...event, id: event.clientChangeId });
    case "networkFailed":
      return sending(state, { type: "networkFailed", id: event.clientChangeId });
    case "keptMine": {
      const { conflict } = state;
      if (!conflict) return stay(state);
      const queue = rebase(
        state.queue,
        conflict.change.clientChangeId,
        conflict.current?.version ?? 0,
        event.clientChangeId,
      );
      return sending({ ...state, conflict: null }, { type: "requeued", queue });
    }
    case "tookCurrent": {
      const { conflict } = state;
      if (!conflict) return stay(state);
      const { agendaItemId: item, criterionId } = conflict.change;
      const saved = new Map(state.saved);
      if (conflict.current) saved.set(criterionId, conflict.current);
      else saved.delete(criterionId);
      const queue = dropCriterion(state.queue, item, criterionId);
      return sending({ ...state, saved, conflict: null }, { type: "requeued", queue });
    }
    case "savedReplaced":
      return stay({
        ...state,
        saved: new Map(event.scores.map((score) => [score.criterionId, score])),
      });
    default:
      // restored, retryDue, wentOnline, wentOffline, resumed, discarded: the shared discipline.
      return sending(state, event);
  }
}

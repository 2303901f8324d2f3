/**
 * The survey's answer queue as a state machine: a thin layer over the sending discipline it
 * shares with the live room's score queue (lib/client/send-queue-machine.ts, decision 0010):
 * `transition(state, event)` returns the next state and the effects to run, and does nothing
 * itself; use-answer-queue.ts runs the effects. A survey has one writer per response (its
 * device), so there are no versions and no conflicts: the server orders changes by their ids.
 * What is the survey's own: a newer change of an answer replaces an unsent older one
 * (answer-queue.ts), how the server's answer is read, and the count of acknowledged changes for
 * the status line. Tested in answer-queue-machine.test.ts.
 */
import {
  initialSendQueueState,
  type SendOutcome,
  type SendQueueEffect,
  type SendQueueState,
  sendQueueMachine,
} from "@/lib/client/send-queue-machine";
import { enqueueSurveyChange, type PendingSurveyChange } from "./answer-queue";

export type AnswerQueueState = SendQueueState<PendingSurveyChange> & {
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

export type AnswerQueueEffect = SendQueueEffect<PendingSurveyChange>;

export type AnswerTransition = { state: AnswerQueueState; effects: AnswerQueueEffect[] };

export function initialAnswerQueueState(online = true): AnswerQueueState {
  return { ...initialSendQueueState<PendingSurveyChange>(online), acknowledged: 0 };
}

export type AnswerOutcome = SendOutcome;

/**
 * `200 { saved, applied }` acknowledges the change, `applied: false` too (it was applied before, or
 * a newer one was). 5xx, 429, 401 (the cookie did not come along: a flaky proxy) and a body that is
 * not JSON are worth retrying; any other 4xx is final (survey closed, the response replaced).
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

const sending = sendQueueMachine<PendingSurveyChange, AnswerQueueState>({
  idOf: (change) => change.changeId,
  enqueue: enqueueSurveyChange,
  readAnswer: readSurveyAnswer,
  acknowledge: (state, sent) => ({
    ...state,
    queue: state.queue.filter((change) => change.changeId !== sent.changeId),
    acknowledged: state.acknowledged + 1,
  }),
});

export function transitionAnswerQueue(
  state: AnswerQueueState,
  event: AnswerQueueEvent,
): AnswerTransition {
  switch (event.type) {
    case "changed":
      return sending(state, { type: "changed", item: event.change });
    case "answered":
      return sending(state, { ...event, id: event.changeId });
    case "networkFailed":
      return sending(state, { type: "networkFailed", id: event.changeId });
    default:
      return sending(state, event);
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

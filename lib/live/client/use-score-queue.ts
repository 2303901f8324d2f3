"use client";

import { useCallback, useLayoutEffect } from "react";
import { type ServerAnswer, useSendQueue } from "@/lib/client/use-send-queue";
import {
  type AckedScore,
  type LiveAnswer,
  type PendingChange,
  parseStoredQueue,
  queueStorageKey,
} from "./score-queue";
import { initialScoreQueueState, type ScoreQueueEvent, transition } from "./score-queue-machine";

/** The server's answer to one change, as the event the machine reads. */
function answered(change: PendingChange, answer: ServerAnswer): ScoreQueueEvent {
  const { clientChangeId } = change;
  return answer
    ? { type: "answered", clientChangeId, ...answer }
    : { type: "networkFailed", clientChangeId };
}

/**
 * A UUID v4 for each change. crypto.randomUUID exists only in secure contexts (https,
 * localhost); a room's wifi may serve the app over plain http, where getRandomValues still works.
 */
export function newId(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * A guest's score changes, kept in localStorage, sent one at a time in order, retried, and
 * restored after a reload. The rules are the state machine in score-queue-machine.ts; the shared
 * runner (lib/client/use-send-queue.ts) runs its effects (storage, fetch, timers) and this hook
 * shows its state. Closing the tab while changes wait asks for confirmation.
 */
export function useScoreQueue(
  sessionId: string,
  participantId: string,
  initialSaved: AckedScore[],
  agendaItemId: string | null,
) {
  const { view, dispatch, machine } = useSendQueue({
    storageKey: queueStorageKey(sessionId, participantId),
    url: "/api/live/scores",
    initial: () => initialScoreQueueState(initialSaved, agendaItemId),
    transition,
    answered,
    parse: parseStoredQueue,
  });

  // Before any effect or answer reads it, the machine knows which item is on stage.
  useLayoutEffect(() => {
    if (machine.current.agendaItemId !== agendaItemId)
      dispatch({ type: "itemOnStage", agendaItemId });
  }, [agendaItemId, dispatch, machine]);

  /** The rater picked an answer: queue it (stored at once) and send when its turn comes. */
  const change = useCallback(
    (criterionId: string, answer: LiveAnswer, level: number | null) =>
      dispatch({ type: "changed", criterionId, answer, level, clientChangeId: newId() }),
    [dispatch],
  );
  const keepMine = useCallback(
    () => dispatch({ type: "keptMine", clientChangeId: newId() }),
    [dispatch],
  );
  const takeCurrent = useCallback(() => dispatch({ type: "tookCurrent" }), [dispatch]);
  /** After a final refusal: forget the unsent changes. */
  const discard = useCallback(() => dispatch({ type: "discarded" }), [dispatch]);
  /** Scores read from the server (a new agenda item, a reconnect) replace what is shown. */
  const replaceSaved = useCallback(
    (scores: AckedScore[]) => dispatch({ type: "savedReplaced", scores }),
    [dispatch],
  );
  /** Try again now (scoring reopened, or the rater pressed "send now"). */
  const resume = useCallback(() => dispatch({ type: "resumed" }), [dispatch]);

  const { queue, saved, conflict, problem, online } = view;
  return {
    queue,
    saved,
    conflict,
    problem,
    online,
    change,
    keepMine,
    takeCurrent,
    discard,
    replaceSaved,
    resume,
  };
}

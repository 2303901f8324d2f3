"use client";

import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import { useNetworkEvents } from "@/lib/client/use-network-events";
import {
  type AckedScore,
  type LiveAnswer,
  type PendingChange,
  parseStoredQueue,
  queueStorageKey,
} from "./score-queue";
import {
  initialScoreQueueState,
  type ScoreQueueEvent,
  type ScoreQueueState,
  transition,
} from "./score-queue-machine";

/** Sends one change; the answer comes back as the event the machine reads. */
async function send(
  change: PendingChange,
): Promise<Extract<ScoreQueueEvent, { type: "answered" | "networkFailed" }>> {
  const { clientChangeId } = change;
  let response: Response;
  try {
    response = await fetch("/api/live/scores", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(change),
    });
  } catch {
    return { type: "networkFailed", clientChangeId };
  }
  const body: unknown = await response.json().catch(() => null);
  const retryAfter = response.headers.get("retry-after");
  return { type: "answered", clientChangeId, status: response.status, body, retryAfter };
}

/** Private mode or a full storage: the change still goes out while the page is open. */
function persist(key: string, queue: readonly unknown[]) {
  try {
    if (queue.length > 0) localStorage.setItem(key, JSON.stringify(queue));
    else localStorage.removeItem(key);
  } catch {}
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
 * restored after a reload. The rules are the state machine in score-queue-machine.ts; this hook
 * only runs its effects (storage, fetch, timers) and shows its state. Closing the tab while
 * changes wait asks for confirmation.
 */
export function useScoreQueue(
  sessionId: string,
  participantId: string,
  initialSaved: AckedScore[],
  agendaItemId: string | null,
) {
  const key = queueStorageKey(sessionId, participantId);
  // The machine's state, read synchronously between events; `view` is its copy for rendering.
  const [initial] = useState(() => initialScoreQueueState(initialSaved, agendaItemId));
  const machine = useRef<ScoreQueueState>(initial);
  const [view, setView] = useState(initial);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const dispatch = useCallback(
    function step(event: ScoreQueueEvent) {
      const { state, effects } = transition(machine.current, event);
      machine.current = state;
      for (const effect of effects) {
        if (effect.type === "persist") persist(key, effect.queue);
        else if (effect.type === "send") void send(effect.change).then(step);
        else if (effect.type === "scheduleRetry")
          timer.current = setTimeout(() => step({ type: "retryDue" }), effect.delayMs);
        else if (effect.type === "cancelRetry" && timer.current) clearTimeout(timer.current);
      }
      setView(state);
    },
    [key],
  );

  // Before any effect or answer reads it, the machine knows which item is on stage.
  useLayoutEffect(() => {
    if (machine.current.agendaItemId !== agendaItemId)
      dispatch({ type: "itemOnStage", agendaItemId });
  }, [agendaItemId, dispatch]);

  // Restore what an earlier visit left unsent, then send it.
  useEffect(() => {
    dispatch({ type: "restored", queue: parseStoredQueue(localStorage.getItem(key)) });
  }, [key, dispatch]);

  useNetworkEvents(dispatch, machine, timer);

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

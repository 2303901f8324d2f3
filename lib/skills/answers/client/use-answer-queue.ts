"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { useNetworkEvents } from "@/lib/client/use-network-events";
import { newId } from "@/lib/live/client/use-score-queue";
import { formatChangeId, nextSequence } from "../change-id";
import {
  type PendingSurveyChange,
  parseStoredSurveyQueue,
  SEQUENCE_KEY,
  surveyQueueKey,
} from "./answer-queue";
import {
  type AnswerQueueEvent,
  type AnswerQueueState,
  initialAnswerQueueState,
  saveStatus,
  transitionAnswerQueue,
} from "./answer-queue-machine";

type ChangeWithoutIds<T> = T extends PendingSurveyChange
  ? Omit<T, "changeId" | "responseId">
  : never;
export type SurveyChangeDraft = ChangeWithoutIds<PendingSurveyChange>;

async function send(
  code: string,
  change: PendingSurveyChange,
): Promise<Extract<AnswerQueueEvent, { type: "answered" | "networkFailed" }>> {
  const { changeId } = change;
  let response: Response;
  try {
    response = await fetch(`/api/survey/${encodeURIComponent(code)}/changes`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(change),
    });
  } catch {
    return { type: "networkFailed", changeId };
  }
  const body: unknown = await response.json().catch(() => null);
  return {
    type: "answered",
    changeId,
    status: response.status,
    body,
    retryAfter: response.headers.get("retry-after"),
  };
}

/** Private mode or a full storage: the change still goes out while the page is open. */
function store(key: string, value: string | null) {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {}
}

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** The next change id of this device: ordered after every earlier one (change-id.ts). */
function nextChangeId(): string {
  const last = Number(read(SEQUENCE_KEY) ?? 0);
  const sequence = nextSequence(Number.isFinite(last) ? last : 0, Date.now());
  store(SEQUENCE_KEY, String(sequence));
  return formatChangeId(sequence, newId());
}

/**
 * One respondent's answers on the way to the server: kept in localStorage before the screen
 * shows them, sent one at a time in order, retried with back-off, restored after a reload or a
 * return on the same device. The rules are answer-queue-machine.ts; this runs its effects.
 */
export function useAnswerQueue(code: string, responseId: string) {
  const key = surveyQueueKey(responseId);
  const [initial] = useState(() => initialAnswerQueueState());
  const machine = useRef<AnswerQueueState>(initial);
  const [view, setView] = useState(initial);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const dispatch = useCallback(
    function step(event: AnswerQueueEvent) {
      const { state, effects } = transitionAnswerQueue(machine.current, event);
      machine.current = state;
      for (const effect of effects) {
        if (effect.type === "persist")
          store(key, effect.queue.length > 0 ? JSON.stringify(effect.queue) : null);
        else if (effect.type === "send") void send(code, effect.change).then(step);
        else if (effect.type === "scheduleRetry")
          timer.current = setTimeout(() => step({ type: "retryDue" }), effect.delayMs);
        else if (effect.type === "cancelRetry" && timer.current) clearTimeout(timer.current);
      }
      setView(state);
    },
    [code, key],
  );

  useEffect(() => {
    dispatch({ type: "restored", queue: parseStoredSurveyQueue(read(key), responseId) });
  }, [key, responseId, dispatch]);

  useNetworkEvents(dispatch, machine, timer);

  const change = useCallback(
    (draft: SurveyChangeDraft) =>
      dispatch({
        type: "changed",
        change: { ...draft, changeId: nextChangeId(), responseId } as PendingSurveyChange,
      }),
    [dispatch, responseId],
  );

  return { state: view, status: saveStatus(view), change };
}

"use client";

import { useCallback } from "react";
import {
  readStorage,
  type ServerAnswer,
  useSendQueue,
  writeStorage,
} from "@/lib/client/use-send-queue";
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
  initialAnswerQueueState,
  saveStatus,
  transitionAnswerQueue,
} from "./answer-queue-machine";

type ChangeWithoutIds<T> = T extends PendingSurveyChange
  ? Omit<T, "changeId" | "responseId">
  : never;
export type SurveyChangeDraft = ChangeWithoutIds<PendingSurveyChange>;

/** The server's answer to one change, as the event the machine reads. */
function answered(change: PendingSurveyChange, answer: ServerAnswer): AnswerQueueEvent {
  const { changeId } = change;
  return answer ? { type: "answered", changeId, ...answer } : { type: "networkFailed", changeId };
}

/** The next change id of this device: ordered after every earlier one (change-id.ts). */
function nextChangeId(): string {
  const last = Number(readStorage(SEQUENCE_KEY) ?? 0);
  const sequence = nextSequence(Number.isFinite(last) ? last : 0, Date.now());
  writeStorage(SEQUENCE_KEY, String(sequence));
  return formatChangeId(sequence, newId());
}

/**
 * One respondent's answers on the way to the server: kept in localStorage before the screen
 * shows them, sent one at a time in order, retried with back-off, restored after a reload or a
 * return on the same device. The rules are answer-queue-machine.ts; the shared runner
 * (lib/client/use-send-queue.ts) runs its effects.
 */
export function useAnswerQueue(code: string, responseId: string) {
  const parse = useCallback(
    (stored: string | null) => parseStoredSurveyQueue(stored, responseId),
    [responseId],
  );
  const { view, dispatch } = useSendQueue({
    storageKey: surveyQueueKey(responseId),
    url: `/api/survey/${encodeURIComponent(code)}/changes`,
    initial: () => initialAnswerQueueState(),
    transition: transitionAnswerQueue,
    answered,
    parse,
  });

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

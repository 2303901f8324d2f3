"use client";

import { useCallback, useState } from "react";
import type { LiveState } from "@/lib/live/events";

export type LiveControlBody =
  | { action: "start" | "admitAll" | "openScoring" | "closeScoring" | "reveal" | "end" }
  | { action: "admit" | "remove"; participantId: string }
  | { action: "present"; agendaItemId: string }
  | { action: "secondRound"; criterionIds: string[] }
  | { action: "agree"; criterionId: string; level: number }
  | { action: "configure"; guestCap?: number; admitDuringScoring?: boolean };

/** A refusal, remembered with the control it came from so the alert shows beside it. */
export type ControlError = { where: string; error: string } | null;

/**
 * Sends one console action to `POST /api/live/sessions/:id/control`. The answer's state is
 * applied at once; refusals (4xx with an Errors key, 503 tryAgain, no network) are kept for
 * the control that caused them.
 */
export function useLiveControl(sessionId: string, onState: (state: LiveState) => void) {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<ControlError>(null);
  const send = useCallback(
    async (where: string, body: LiveControlBody): Promise<boolean> => {
      setBusy(where);
      setError(null);
      try {
        const response = await fetch(`/api/live/sessions/${sessionId}/control`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ sessionId, ...body }),
        });
        const answer = (await response.json().catch(() => null)) as {
          state?: LiveState;
          error?: string;
        } | null;
        if (response.ok && answer?.state) {
          onState(answer.state);
          return true;
        }
        setError({ where, error: answer?.error ?? "unexpected" });
        return false;
      } catch {
        setError({ where, error: "tryAgain" });
        return false;
      } finally {
        setBusy(null);
      }
    },
    [sessionId, onState],
  );
  return { send, busy, error };
}

"use client";

import { useEffect, useState } from "react";
import type { LiveReveal, LiveState } from "@/lib/live/events";

/**
 * The reveal of the WISE on stage, read once the phase is REVEALED and again after each state
 * change (an agreed level, a new round); nothing before, since scoring is blind until then.
 */
export function useReveal(sessionId: string, state: LiveState | null | undefined) {
  const [reveal, setReveal] = useState<LiveReveal | null>(null);
  const revealed = state?.phase === "REVEALED";
  const version = state?.stateVersion;
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new state version means new figures
  useEffect(() => {
    if (!revealed) {
      setReveal(null);
      return;
    }
    let current = true;
    fetch(`/api/live/sessions/${sessionId}/reveal`)
      .then((response) => (response.ok ? response.json() : null))
      .then((body: LiveReveal | { reveal?: LiveReveal } | null) => {
        if (!current || !body) return;
        setReveal("criteria" in body ? body : (body.reveal ?? null));
      })
      .catch(() => {});
    return () => {
      current = false;
    };
  }, [sessionId, revealed, version]);
  return reveal;
}

"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { newerState, stateOf, useLiveStream } from "@/lib/live/client/use-live-stream";
import type { LiveFacilitatorSnapshot, LiveState } from "@/lib/live/events";

type Progress = { agendaItemId: string; raterId: string; answered: number; round: number };

/** A snapshot; its state is null when the live part has not been started yet. */
export type Snapshot = Omit<LiveFacilitatorSnapshot, "state"> & { state: LiveState | null };

function isSnapshot(data: unknown): data is Snapshot {
  return typeof data === "object" && data !== null && "state" in data;
}

function normalised(data: Snapshot): Snapshot {
  return {
    state: data.state,
    participants: data.participants ?? [],
    raters: data.raters ?? [],
    refusedJoins: data.refusedJoins ?? 0,
  };
}

/**
 * The facilitator's view of the room (console and room screen): replaced by each `snapshot`,
 * patched by `state` and `progress` events. A `participants` event carrying the list replaces
 * it; one without (a bare NOTIFY) is followed by the fresh snapshot the server sends.
 */
export function useFacilitatorLive(sessionId: string) {
  const [snapshot, setSnapshot] = useState<Snapshot | null>(null);
  const { status, reconnect } = useLiveStream(
    sessionId,
    useCallback((type, data) => {
      if ((type === "snapshot" || type === "participants") && isSnapshot(data))
        return setSnapshot(normalised(data));
      if (type === "participants" && typeof data === "object" && data !== null) {
        const { participants: list, refusedJoins } = data as Partial<LiveFacilitatorSnapshot>;
        if (Array.isArray(list))
          setSnapshot((current) =>
            current
              ? {
                  ...current,
                  participants: list,
                  refusedJoins: refusedJoins ?? current.refusedJoins,
                }
              : current,
          );
        return;
      }
      if (type === "state") {
        const next = stateOf(data);
        return setSnapshot((current) =>
          current ? { ...current, state: newerState(current.state, next) } : current,
        );
      }
      if (type === "progress") {
        const progress = data as Progress;
        setSnapshot((current) => {
          if (!current || progress.agendaItemId !== current.state?.currentAgendaItemId)
            return current;
          return {
            ...current,
            participants: current.participants.map((p) =>
              p.userId === progress.raterId ? { ...p, answered: progress.answered } : p,
            ),
            raters: current.raters.map((r) =>
              r.userId === progress.raterId ? { ...r, answered: progress.answered } : r,
            ),
          };
        });
      }
    }, []),
  );
  // Progress counts belong to one WISE and one round: when either changes, the counts start
  // over, and a fresh snapshot brings the true ones (e.g. answers given on the scoring page).
  const round = snapshot?.state
    ? `${snapshot.state.currentAgendaItemId}:${snapshot.state.round}`
    : null;
  const lastRound = useRef(round);
  useEffect(() => {
    const previous = lastRound.current;
    lastRound.current = round;
    if (previous === null || round === null || previous === round) return;
    setSnapshot((current) =>
      current
        ? {
            ...current,
            participants: current.participants.map((p) => ({ ...p, answered: 0 })),
            raters: [],
          }
        : current,
    );
    reconnect();
  }, [round, reconnect]);

  /** A control's answer carries the new state: apply it at once, without waiting for NOTIFY. */
  const applyState = useCallback((state: LiveState) => {
    setSnapshot((current) =>
      current
        ? { ...current, state: newerState(current.state, state) }
        : { state, participants: [], raters: [], refusedJoins: 0 },
    );
  }, []);
  return { snapshot, status, applyState, reconnect };
}

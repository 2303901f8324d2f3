"use client";

import { useCallback, useEffect, useRef, useState } from "react";

export { newerState, stateOf } from "./live-state";

export type LiveStreamStatus = "connecting" | "open" | "reconnecting" | "closed";

/** The named events of `GET /api/live/sessions/:id/events` (docs/decisions/0010). */
export const LIVE_STREAM_EVENTS = [
  "snapshot",
  "state",
  "participants",
  "progress",
  "removed",
  "ended",
] as const;
export type LiveStreamEvent = (typeof LIVE_STREAM_EVENTS)[number];

/**
 * Follows a live session's event stream. EventSource reconnects by itself after a drop, and
 * every (re)connection starts with a `snapshot`, so handlers replace their state on `snapshot`
 * and patch it on the other events. `removed` and `ended` are final: the stream is closed.
 */
export function useLiveStream(
  sessionId: string,
  onEvent: (type: LiveStreamEvent, data: unknown) => void,
): { status: LiveStreamStatus; reconnect: () => void } {
  const [status, setStatus] = useState<LiveStreamStatus>("connecting");
  // Bumped to open a fresh stream, e.g. after the facilitator started the live part.
  const [generation, setGeneration] = useState(0);
  const handler = useRef(onEvent);
  handler.current = onEvent;

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new generation means a new stream
  useEffect(() => {
    setStatus("connecting");
    const source = new EventSource(`/api/live/sessions/${sessionId}/events`);
    let finished = false;
    source.onopen = () => setStatus("open");
    source.onerror = () => {
      if (finished) return;
      // CLOSED means the server refused the stream (e.g. 403): EventSource will not retry.
      setStatus(source.readyState === EventSource.CLOSED ? "closed" : "reconnecting");
    };
    for (const type of LIVE_STREAM_EVENTS) {
      source.addEventListener(type, (event) => {
        let data: unknown = null;
        try {
          data = JSON.parse((event as MessageEvent<string>).data);
        } catch {
          data = null;
        }
        if (type === "removed" || type === "ended") {
          finished = true;
          source.close();
          setStatus("closed");
        } else {
          setStatus("open");
        }
        handler.current(type, data);
      });
    }
    return () => {
      finished = true;
      source.close();
    };
  }, [sessionId, generation]);

  const reconnect = useCallback(() => setGeneration((current) => current + 1), []);
  return { status, reconnect };
}

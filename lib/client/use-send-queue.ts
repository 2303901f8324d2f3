"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { SendQueueEffect } from "./send-queue-machine";
import { useNetworkEvents } from "./use-network-events";

/** The server's answer to one sent item; null when none came (offline, connection cut). */
export type ServerAnswer = { status: number; body: unknown; retryAfter: string | null } | null;

async function postJson(url: string, item: unknown): Promise<ServerAnswer> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(item),
    });
  } catch {
    return null;
  }
  const body: unknown = await response.json().catch(() => null);
  return { status: response.status, body, retryAfter: response.headers.get("retry-after") };
}

// Private mode or a full storage: the queue still goes out while the page is open.
export function readStorage(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function writeStorage(key: string, value: string | null) {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {}
}

/** The events the runner itself feeds the machine. */
type RunnerEvent<Item> =
  | { type: "restored"; queue: Item[] }
  | { type: "retryDue" }
  | { type: "wentOnline" }
  | { type: "wentOffline" };

type Step<Item, State> = { state: State; effects: SendQueueEffect<Item>[] };

/**
 * Runs a send queue's effects in the browser (lib/client/send-queue-machine.ts): the queue in
 * localStorage under `storageKey` (restored once with `parse`), each item POSTed as JSON to
 * `url` with the answer fed back through `answered`, the retry timer, the network events. It
 * decides nothing: the machine does. `transition`, `answered` and `parse` must be stable.
 */
export function useSendQueue<Item, State extends { queue: readonly Item[] }, Event>(options: {
  storageKey: string;
  url: string;
  initial: () => State;
  transition: (state: State, event: NoInfer<Event> | RunnerEvent<Item>) => Step<Item, State>;
  answered: (item: Item, answer: ServerAnswer) => Event;
  parse: (stored: string | null) => Item[];
}) {
  const { storageKey, url, transition, answered, parse } = options;
  // The machine's state, read synchronously between events; `view` is its copy for rendering.
  const [initial] = useState(options.initial);
  const machine = useRef<State>(initial);
  const [view, setView] = useState(initial);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const dispatch = useCallback(
    function step(event: Event | RunnerEvent<Item>) {
      const { state, effects } = transition(machine.current, event);
      machine.current = state;
      for (const effect of effects) {
        if (effect.type === "persist")
          writeStorage(storageKey, effect.queue.length > 0 ? JSON.stringify(effect.queue) : null);
        else if (effect.type === "send")
          void postJson(url, effect.change).then((answer) => step(answered(effect.change, answer)));
        else if (effect.type === "scheduleRetry")
          timer.current = setTimeout(() => step({ type: "retryDue" }), effect.delayMs);
        else if (effect.type === "cancelRetry" && timer.current) clearTimeout(timer.current);
      }
      setView(state);
    },
    [storageKey, url, transition, answered],
  );

  // Restore what an earlier visit left unsent, then send it.
  useEffect(() => {
    dispatch({ type: "restored", queue: parse(readStorage(storageKey)) });
  }, [storageKey, parse, dispatch]);

  useNetworkEvents(dispatch, machine, timer);

  return { view, dispatch, machine };
}

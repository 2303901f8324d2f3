"use client";

import { type RefObject, useEffect } from "react";

type NetworkEvent = { type: "wentOnline" } | { type: "wentOffline" };

/**
 * What a queue of unsent changes needs from the browser: to hear when it goes offline or back
 * online, and to ask before the page is left while changes are still unsent. Used by the shared
 * send-queue runner (use-send-queue.ts) of the live phone's score queue and the skills survey's
 * answer queue; on unmount the queue's send timer stops too.
 */
export function useNetworkEvents(
  dispatch: (event: NetworkEvent) => void,
  machine: RefObject<{ queue: readonly unknown[] }>,
  timer: RefObject<ReturnType<typeof setTimeout> | null>,
): void {
  useEffect(() => {
    if (!navigator.onLine) dispatch({ type: "wentOffline" });
    const goOnline = () => dispatch({ type: "wentOnline" });
    const goOffline = () => dispatch({ type: "wentOffline" });
    const warn = (event: BeforeUnloadEvent) => {
      if (machine.current.queue.length === 0) return;
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = "";
    };
    window.addEventListener("online", goOnline);
    window.addEventListener("offline", goOffline);
    window.addEventListener("beforeunload", warn);
    return () => {
      window.removeEventListener("online", goOnline);
      window.removeEventListener("offline", goOffline);
      window.removeEventListener("beforeunload", warn);
      if (timer.current) clearTimeout(timer.current);
    };
  }, [dispatch, machine, timer]);
}

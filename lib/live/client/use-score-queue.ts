"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import {
  type AckedScore,
  acknowledge,
  dropCriterion,
  enqueue,
  type LiveAnswer,
  type PendingChange,
  parseStoredQueue,
  queueStorageKey,
  rebase,
  retryDelayMs,
  versionToBuildOn,
} from "./score-queue";

/** A change the server refused because the stored value moved on; the rater chooses. */
export type ScoreConflict = { change: PendingChange; current: AckedScore | null };

export type QueueProblem =
  /** Network down or the server said "try again": the queue waits and retries. */
  | { kind: "retrying" }
  /** The server refused for good (scoring closed, not admitted): sending stops. */
  | { kind: "stopped"; error: string };

type SendOutcome =
  | { kind: "acked"; score: AckedScore }
  | { kind: "stale"; current: AckedScore | null }
  | { kind: "refused"; error: string }
  | { kind: "retry"; retryAfter?: number };

async function send(change: PendingChange): Promise<SendOutcome> {
  let response: Response;
  try {
    response = await fetch("/api/live/scores", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(change),
    });
  } catch {
    return { kind: "retry" };
  }
  const body = (await response.json().catch(() => null)) as {
    score?: AckedScore;
    error?: string;
    current?: AckedScore | null;
  } | null;
  if (response.ok && body?.score) return { kind: "acked", score: body.score };
  if (response.status === 409 && body?.error === "scoreStale")
    return { kind: "stale", current: body.current ?? null };
  if (response.status >= 500 || response.status === 429 || !body) {
    const retryAfter = Number(response.headers.get("retry-after"));
    return { kind: "retry", retryAfter: Number.isFinite(retryAfter) ? retryAfter : undefined };
  }
  return { kind: "refused", error: body.error ?? "unexpected" };
}

/**
 * A UUID v4 for each change. crypto.randomUUID exists only in secure contexts (https,
 * localhost); a room's wifi may serve the app over plain http, where getRandomValues still works.
 */
function newId(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * A guest's score changes: each is written to localStorage before it is sent, sent one at a
 * time in order, retried after failures (with back-off, and at once when the phone is back
 * online), and leaves the queue only when the server acknowledged it. Closing the tab while
 * changes wait asks for confirmation.
 */
export function useScoreQueue(
  sessionId: string,
  participantId: string,
  initialSaved: AckedScore[],
  agendaItemId: string | null,
) {
  const key = queueStorageKey(sessionId, participantId);
  const [queue, setQueue] = useState<PendingChange[]>([]);
  const [saved, setSaved] = useState(
    () => new Map(initialSaved.map((score) => [score.criterionId, score])),
  );
  const [conflict, setConflict] = useState<ScoreConflict | null>(null);
  const [problem, setProblem] = useState<QueueProblem | null>(null);
  const [online, setOnline] = useState(true);
  const queueRef = useRef<PendingChange[]>([]);
  const sending = useRef(false);
  const attempt = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const kick = useRef<() => void>(() => {});
  const agendaItemIdRef = useRef(agendaItemId);
  agendaItemIdRef.current = agendaItemId;

  /** Storage first, then the screen: a change on screen is a change that survives a reload. */
  const store = useCallback(
    (next: PendingChange[]) => {
      queueRef.current = next;
      try {
        if (next.length > 0) localStorage.setItem(key, JSON.stringify(next));
        else localStorage.removeItem(key);
      } catch {
        // Private mode or a full storage: the change still goes out while the page is open.
      }
      setQueue(next);
    },
    [key],
  );

  const pump = useCallback(async () => {
    if (sending.current) return;
    const head = queueRef.current[0];
    if (!head) return;
    sending.current = true;
    const outcome = await send(head);
    sending.current = false;
    if (outcome.kind === "acked") {
      attempt.current = 0;
      setProblem(null);
      setSaved((current) =>
        head.agendaItemId === agendaItemIdRef.current
          ? new Map(current).set(outcome.score.criterionId, outcome.score)
          : current,
      );
      store(acknowledge(queueRef.current, head.clientChangeId, outcome.score.version));
      kick.current();
    } else if (outcome.kind === "stale") {
      setConflict({ change: head, current: outcome.current });
    } else if (outcome.kind === "refused") {
      setProblem({ kind: "stopped", error: outcome.error });
    } else {
      setProblem({ kind: "retrying" });
      const delay = retryDelayMs(attempt.current++, outcome.retryAfter);
      timer.current = setTimeout(() => kick.current(), delay);
    }
  }, [store]);

  kick.current = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    void pump();
  };

  // Restore what an earlier visit left unsent, then send it.
  useEffect(() => {
    store(parseStoredQueue(localStorage.getItem(key)));
    kick.current();
  }, [key, store]);

  useEffect(() => {
    setOnline(navigator.onLine);
    const goOnline = () => {
      setOnline(true);
      attempt.current = 0;
      kick.current();
    };
    const goOffline = () => setOnline(false);
    const warn = (event: BeforeUnloadEvent) => {
      if (queueRef.current.length === 0) return;
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
  }, []);

  /** The rater picked an answer: queue it (stored at once) and send when its turn comes. */
  const change = useCallback(
    (criterionId: string, answer: LiveAnswer, level: number | null) => {
      if (!agendaItemIdRef.current) return;
      const pendingBefore = queueRef.current.some(
        (item) => item.agendaItemId === agendaItemIdRef.current && item.criterionId === criterionId,
      );
      store(
        enqueue(queueRef.current, {
          clientChangeId: newId(),
          agendaItemId: agendaItemIdRef.current,
          criterionId,
          answer,
          level,
          // A change behind an unsent one of the same criterion gets its version on that ack.
          expectedVersion: pendingBefore ? 0 : versionToBuildOn(saved, criterionId),
        }),
      );
      if (problem?.kind !== "stopped") kick.current();
    },
    [saved, store, problem],
  );

  const keepMine = useCallback(() => {
    if (!conflict) return;
    store(
      rebase(
        queueRef.current,
        conflict.change.clientChangeId,
        conflict.current?.version ?? 0,
        newId(),
      ),
    );
    setConflict(null);
    kick.current();
  }, [conflict, store]);

  const takeCurrent = useCallback(() => {
    if (!conflict) return;
    const { agendaItemId: item, criterionId } = conflict.change;
    const current = conflict.current;
    setSaved((map) => {
      const next = new Map(map);
      if (current) next.set(criterionId, current);
      else next.delete(criterionId);
      return next;
    });
    store(dropCriterion(queueRef.current, item, criterionId));
    setConflict(null);
    kick.current();
  }, [conflict, store]);

  /** After a final refusal: forget the unsent changes so the tab can close without a warning. */
  const discard = useCallback(() => {
    store([]);
    setProblem(null);
  }, [store]);

  /** Scores read from the server (a new agenda item, a reconnect) replace what is shown. */
  const replaceSaved = useCallback((scores: AckedScore[]) => {
    setSaved(new Map(scores.map((score) => [score.criterionId, score])));
  }, []);

  /** Try again now (scoring reopened, or the rater pressed "send now"). */
  const resume = useCallback(() => {
    setProblem(null);
    attempt.current = 0;
    kick.current();
  }, []);

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

/**
 * The phone's queue of score changes not yet acknowledged by the server (docs/decisions/0010).
 * Pure data in, data out: the hook in use-score-queue.ts keeps it in localStorage and sends it.
 *
 * Every change is kept, in the order it was made (no coalescing): the server writes each one
 * idempotently by its clientChangeId, so resending after a lost answer is always safe, and
 * keeping them all means the order the rater chose is the order the server sees.
 */

export type LiveAnswer = "LEVEL" | "NOT_APPLICABLE" | "UNKNOWN";

export type PendingChange = {
  clientChangeId: string;
  agendaItemId: string;
  criterionId: string;
  answer: LiveAnswer;
  level: number | null;
  /** The score's version the change builds on (0: nothing stored yet). */
  expectedVersion: number;
};

/** What the server stores for a criterion, as `POST /api/live/scores` answers it. */
export type AckedScore = {
  criterionId: string;
  answer: LiveAnswer;
  level: number | null;
  version: number;
};

const sameCriterion = (a: PendingChange, agendaItemId: string, criterionId: string) =>
  a.agendaItemId === agendaItemId && a.criterionId === criterionId;

/** Adds a change at the end of the queue. */
export function enqueue(queue: readonly PendingChange[], change: PendingChange): PendingChange[] {
  return [...queue, change];
}

/**
 * The change `clientChangeId` was acknowledged with the score's new version: it leaves the
 * queue, and later changes of the same criterion now build on that version (otherwise the
 * server would refuse them as stale).
 */
export function acknowledge(
  queue: readonly PendingChange[],
  clientChangeId: string,
  version: number,
): PendingChange[] {
  const acked = queue.find((change) => change.clientChangeId === clientChangeId);
  if (!acked) return [...queue];
  return queue
    .filter((change) => change.clientChangeId !== clientChangeId)
    .map((change) =>
      sameCriterion(change, acked.agendaItemId, acked.criterionId)
        ? { ...change, expectedVersion: version }
        : change,
    );
}

/**
 * After a conflict, the rater keeps their answer: the refused change is replaced by one that
 * builds on the stored version, under a new id (the refused id stays refused on the server).
 */
export function rebase(
  queue: readonly PendingChange[],
  clientChangeId: string,
  storedVersion: number,
  newClientChangeId: string,
): PendingChange[] {
  return queue.map((change) =>
    change.clientChangeId === clientChangeId
      ? { ...change, clientChangeId: newClientChangeId, expectedVersion: storedVersion }
      : change,
  );
}

/** After a conflict, the rater takes the stored value: their unsent changes of it are dropped. */
export function dropCriterion(
  queue: readonly PendingChange[],
  agendaItemId: string,
  criterionId: string,
): PendingChange[] {
  return queue.filter((change) => !sameCriterion(change, agendaItemId, criterionId));
}

/** The latest unsent answer per criterion of an agenda item: what the screen should show. */
export function latestPending(
  queue: readonly PendingChange[],
  agendaItemId: string,
): Map<string, PendingChange> {
  const latest = new Map<string, PendingChange>();
  for (const change of queue) {
    if (change.agendaItemId === agendaItemId) latest.set(change.criterionId, change);
  }
  return latest;
}

/** The version a new change of a criterion should build on: the last one the server gave. */
export function versionToBuildOn(
  saved: ReadonlyMap<string, AckedScore>,
  criterionId: string,
): number {
  return saved.get(criterionId)?.version ?? 0;
}

// The back-off is the shared queue core's; re-exported for this module's tests and readers.
export { retryDelayMs } from "@/lib/client/send-queue-machine";

/** The localStorage key of one guest's queue in one session. */
export const queueStorageKey = (sessionId: string, participantId: string) =>
  `wf-live-queue:${sessionId}:${participantId}`;

const ANSWERS: readonly string[] = ["LEVEL", "NOT_APPLICABLE", "UNKNOWN"];

function isPendingChange(value: unknown): value is PendingChange {
  if (typeof value !== "object" || value === null) return false;
  const change = value as Record<string, unknown>;
  return (
    typeof change.clientChangeId === "string" &&
    typeof change.agendaItemId === "string" &&
    typeof change.criterionId === "string" &&
    typeof change.answer === "string" &&
    ANSWERS.includes(change.answer) &&
    (change.level === null ||
      (Number.isInteger(change.level) && typeof change.level === "number")) &&
    Number.isInteger(change.expectedVersion)
  );
}

/**
 * Reads a stored queue. Anything unreadable (another version of the app, a hand edit) is
 * skipped change by change rather than losing the rest.
 */
export function parseStoredQueue(text: string | null): PendingChange[] {
  if (!text) return [];
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? parsed.filter(isPendingChange) : [];
  } catch {
    return [];
  }
}

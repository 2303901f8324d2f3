import type { LiveState } from "@/lib/live/events";

/** `state` events may carry the LiveState itself or the notification that wraps it. */
export function stateOf(data: unknown): LiveState | null {
  if (typeof data !== "object" || data === null) return null;
  const record = data as Record<string, unknown>;
  if (typeof record.state === "object" && record.state !== null) return record.state as LiveState;
  return typeof record.stateVersion === "number" ? (data as LiveState) : null;
}

/** Applies a state only if it is newer: events may arrive after a fresher snapshot. */
export function newerState(current: LiveState | null, next: LiveState | null): LiveState | null {
  if (!next) return current;
  if (current && next.stateVersion < current.stateVersion) return current;
  return next;
}

import type { SessionStatus } from "@/lib/generated/prisma/enums";

/**
 * The life of a focus-group session. DRAFT while it is prepared, OPEN while scores are
 * collected, CLOSED when scores are locked, PUBLISHED once participants may read the summary.
 * A closed session may be reopened (by its own facilitator, with a reason) to correct scores.
 */
const TRANSITIONS: Record<SessionStatus, SessionStatus[]> = {
  DRAFT: ["OPEN"],
  OPEN: ["CLOSED"],
  CLOSED: ["OPEN", "PUBLISHED"],
  PUBLISHED: [],
};

export function nextStatuses(from: SessionStatus): SessionStatus[] {
  return TRANSITIONS[from];
}

export function canMove(from: SessionStatus, to: SessionStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Reopening a closed session unlocks scores others may have relied on, so it must be explained. */
export function isReopening(from: SessionStatus, to: SessionStatus): boolean {
  return from === "CLOSED" && to === "OPEN";
}

/** The agenda and the grid may change only before scoring starts; after that they are history. */
export function isAgendaEditable(status: SessionStatus): boolean {
  return status === "DRAFT" || status === "OPEN";
}

export function isGridEditable(status: SessionStatus): boolean {
  return status === "DRAFT";
}

/** Positions after moving one item up or down, as a new ordered list of ids. */
export function moveInOrder(ids: string[], id: string, direction: "up" | "down"): string[] {
  const index = ids.indexOf(id);
  const target = direction === "up" ? index - 1 : index + 1;
  if (index < 0 || target < 0 || target >= ids.length) return ids;
  const reordered = [...ids];
  [reordered[index], reordered[target]] = [reordered[target], reordered[index]];
  return reordered;
}

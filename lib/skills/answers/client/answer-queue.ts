/**
 * The survey's queue of changes not yet acknowledged, as data (the live room's design, decision
 * 0010, for one respondent's own answers): every change is a whole answer (a skill's card, or
 * the questions after the skills), so an unsent change is replaced by a newer one of the same
 * answer, and the server applies each change id once and in the device's order (change-id.ts).
 */
import { CHANGE_ID_PATTERN } from "../change-id";
import { BARRIERS, TRAINING_FORMATS } from "../options";

export type SkillChangeBody = {
  kind: "skill";
  changeId: string;
  responseId: string;
  skillId: string;
  importanceNow: number | null;
  importanceFuture: number | null;
  mastery: number | null;
  notPartOfJob: boolean;
};
export type ProfileChangeBody = {
  kind: "profile";
  changeId: string;
  responseId: string;
  barriers: string[];
  preferredFormat: string | null;
  needText: string;
  submitted: boolean;
};
export type PendingSurveyChange = SkillChangeBody | ProfileChangeBody;

/** Which answer a change is about: one per skill, one for the questions after the skills. */
export const answerKey = (change: PendingSurveyChange) =>
  change.kind === "skill" ? `skill:${change.skillId}` : "profile";

/**
 * Adds a change at the end, dropping an unsent older change of the same answer: it would be
 * overwritten anyway, and on poor wifi every request saved counts. The change in flight stays
 * (its answer is awaited), so the newer one follows it.
 */
export function enqueueSurveyChange(
  queue: readonly PendingSurveyChange[],
  change: PendingSurveyChange,
  inFlightId: string | null,
): PendingSurveyChange[] {
  const key = answerKey(change);
  return [
    ...queue.filter((queued) => queued.changeId === inFlightId || answerKey(queued) !== key),
    change,
  ];
}

export const surveyQueueKey = (responseId: string) => `wf-survey-queue:${responseId}`;
/** The last change sequence this device used, for every survey (change-id.ts). */
export const SEQUENCE_KEY = "wf-survey-sequence";

const isRating = (value: unknown, max: number) =>
  value === null ||
  (typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= max);

function isPendingSurveyChange(value: unknown): value is PendingSurveyChange {
  if (typeof value !== "object" || value === null) return false;
  const change = value as Record<string, unknown>;
  if (typeof change.changeId !== "string" || !CHANGE_ID_PATTERN.test(change.changeId)) return false;
  if (typeof change.responseId !== "string") return false;
  if (change.kind === "skill")
    return (
      typeof change.skillId === "string" &&
      isRating(change.importanceNow, 5) &&
      isRating(change.importanceFuture, 5) &&
      isRating(change.mastery, 4) &&
      typeof change.notPartOfJob === "boolean"
    );
  if (change.kind === "profile")
    return (
      Array.isArray(change.barriers) &&
      change.barriers.every((barrier) => (BARRIERS as readonly unknown[]).includes(barrier)) &&
      (change.preferredFormat === null ||
        (TRAINING_FORMATS as readonly unknown[]).includes(change.preferredFormat)) &&
      typeof change.needText === "string" &&
      typeof change.submitted === "boolean"
    );
  return false;
}

/** A stored queue; anything unreadable is skipped change by change, the rest kept. */
export function parseStoredSurveyQueue(
  text: string | null,
  responseId: string,
): PendingSurveyChange[] {
  if (!text) return [];
  try {
    const parsed: unknown = JSON.parse(text);
    if (!Array.isArray(parsed)) return [];
    return parsed
      .filter(isPendingSurveyChange)
      .filter((change) => change.responseId === responseId);
  } catch {
    return [];
  }
}

import type { StaffGroup, SurveyStatus } from "@/lib/generated/prisma/enums";

/** Whether a survey takes answers at `now`: open, and within its dates. */
export type SurveyAvailability = "open" | "notYetOpen" | "closed";

export function surveyAvailability(
  survey: { status: SurveyStatus; opensAt: Date; closesAt: Date },
  now: Date,
): SurveyAvailability | "unknown" {
  // A draft's links were never handed out: to the person typing its code it does not exist.
  if (survey.status === "DRAFT") return "unknown";
  if (survey.status === "CLOSED" || now >= survey.closesAt) return "closed";
  return now < survey.opensAt ? "notYetOpen" : "open";
}

/** The workers' links answer the easy-read version: one question a screen, icons, read-aloud. */
export const isEasyReadGroup = (group: StaffGroup) => group === "WORKER";

export type SkillAnswerState = {
  importanceNow: number | null;
  importanceFuture: number | null;
  mastery: number | null;
  notPartOfJob: boolean;
};

export const EMPTY_ANSWER: SkillAnswerState = {
  importanceNow: null,
  importanceFuture: null,
  mastery: null,
  notPartOfJob: false,
};

/** A skill is answered when it is "not part of my job" or all three ratings are given. */
export function isAnswered(answer: SkillAnswerState | undefined): boolean {
  if (!answer) return false;
  return (
    answer.notPartOfJob ||
    (answer.importanceNow !== null && answer.importanceFuture !== null && answer.mastery !== null)
  );
}

/**
 * Where a returning respondent picks up: the first skill not fully answered, or past the skills
 * (index = skill count) when all are.
 */
export function resumeIndex(
  skillIds: readonly string[],
  answers: ReadonlyMap<string, SkillAnswerState>,
): number {
  const index = skillIds.findIndex((id) => !isAnswered(answers.get(id)));
  return index === -1 ? skillIds.length : index;
}

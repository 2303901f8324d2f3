import type { SurveyStatus } from "@/lib/generated/prisma/enums";

/**
 * When a survey takes answers. Opening is by date, with no separate "open" step: a survey is
 * created OPEN (issued: its links and codes exist and can be printed), takes answers from opensAt
 * to closesAt, and the partner can close it early (CLOSED, final). DRAFT is not used by the app's
 * own creation; a DRAFT survey takes no answers. So a printed sheet handed out before the start
 * date simply answers "not open yet" until that morning.
 */
export type SurveyPhase = "draft" | "scheduled" | "open" | "ended" | "closed";

export function surveyPhase(
  survey: { status: SurveyStatus; opensAt: Date; closesAt: Date },
  now: Date = new Date(),
): SurveyPhase {
  if (survey.status === "CLOSED") return "closed";
  if (survey.status === "DRAFT") return "draft";
  if (now < survey.opensAt) return "scheduled";
  if (now >= survey.closesAt) return "ended";
  return "open";
}

/** Whether an answer may be saved now (the answering side asks this, with the same clock). */
export function surveyAcceptsAnswers(
  survey: { status: SurveyStatus; opensAt: Date; closesAt: Date },
  now: Date = new Date(),
): boolean {
  return surveyPhase(survey, now) === "open";
}

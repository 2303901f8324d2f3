import type { SkillAnswerState } from "./rules";

/** The three questions of a skill, each a screen of its own in easy-read. */
export type EasyQuestion = "importanceNow" | "importanceFuture" | "mastery";

/**
 * The screens of the survey in order. On a phone each skill is one card; in easy-read each of its
 * three questions is a screen of its own. Then barriers, format, need, and the thank-you.
 */
export type SurveyStep =
  | { kind: "skill"; skill: number }
  | { kind: "easy"; skill: number; question: EasyQuestion }
  | { kind: "barriers" }
  | { kind: "format" }
  | { kind: "need" }
  | { kind: "thanks" };

const EASY_QUESTIONS: EasyQuestion[] = ["importanceNow", "importanceFuture", "mastery"];

export function surveySteps(skillCount: number, easyRead: boolean): SurveyStep[] {
  const skills: SurveyStep[] = Array.from({ length: skillCount }, (_, skill) =>
    easyRead
      ? EASY_QUESTIONS.map((question): SurveyStep => ({ kind: "easy", skill, question }))
      : [{ kind: "skill", skill } as SurveyStep],
  ).flat();
  return [
    ...skills,
    { kind: "barriers" },
    { kind: "format" },
    { kind: "need" },
    { kind: "thanks" },
  ];
}

/** The first screen of skill `index` (or the barriers when every skill is answered). */
export function firstStepOfSkill(steps: readonly SurveyStep[], index: number): number {
  const found = steps.findIndex(
    (step) => (step.kind === "skill" || step.kind === "easy") && step.skill === index,
  );
  return found === -1 ? steps.findIndex((step) => step.kind === "barriers") : found;
}

/**
 * The next screen after `current`: in easy-read, "I don't do this at work" skips the skill's
 * other questions (and back, likewise).
 */
export function moveStep(
  steps: readonly SurveyStep[],
  current: number,
  direction: 1 | -1,
  answerOf: (skill: number) => SkillAnswerState,
): number {
  let next = current + direction;
  while (next > 0 && next < steps.length - 1) {
    const step = steps[next];
    if (step?.kind !== "easy" || step.question === "importanceNow") break;
    if (!answerOf(step.skill).notPartOfJob) break;
    next += direction;
  }
  return Math.max(0, Math.min(steps.length - 1, next));
}

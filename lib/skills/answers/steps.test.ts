import { describe, expect, it } from "vitest";
import { EMPTY_ANSWER } from "./rules";
import { firstStepOfSkill, moveStep, surveySteps } from "./steps";

describe("survey screens", () => {
  it("easy-read asks each skill's three questions on screens of their own; 'not part of my job' skips the other two", () => {
    const steps = surveySteps(2, true);
    expect(steps).toHaveLength(2 * 3 + 4);
    const notPart = { ...EMPTY_ANSWER, notPartOfJob: true };
    const answerOf = (skill: number) => (skill === 0 ? notPart : EMPTY_ANSWER);
    expect(steps[moveStep(steps, 0, 1, answerOf)]).toEqual({
      kind: "easy",
      skill: 1,
      question: "importanceNow",
    });
    expect(moveStep(steps, 3, -1, answerOf)).toBe(0);
    expect(steps[moveStep(steps, 3, 1, answerOf)]).toEqual({
      kind: "easy",
      skill: 1,
      question: "importanceFuture",
    });
  });

  it("a phone shows one card a skill; resuming past the last skill lands on the barriers", () => {
    const steps = surveySteps(3, false);
    expect(steps[firstStepOfSkill(steps, 1)]).toEqual({ kind: "skill", skill: 1 });
    expect(steps[firstStepOfSkill(steps, 3)]).toEqual({ kind: "barriers" });
  });
});

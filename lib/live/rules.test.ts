import { describe, expect, it } from "vitest";
import { assertLiveScoringOpen, type LiveScoringFacts, nextPhase, roundOfChange } from "./rules";

const live = (overrides: Partial<LiveScoringFacts> = {}): LiveScoringFacts => ({
  phase: "SCORING_OPEN",
  round: 1,
  roundCriterionIds: [],
  currentAgendaItemId: "item",
  ended: false,
  ...overrides,
});
const score = { agendaItemId: "item", criterionId: "c1" };

const refusal = (facts: LiveScoringFacts | null, input = score) => {
  try {
    assertLiveScoringOpen(facts, input);
    return null;
  } catch (error) {
    return (error as { messageKey: string }).messageKey;
  }
};

describe("live scoring rule", () => {
  it("takes a score for the WISE on stage while scoring is open", () => {
    expect(refusal(live())).toBeNull();
  });

  it("refuses every other moment and WISE", () => {
    expect(refusal(null)).toBe("liveNotStarted");
    expect(refusal(live({ ended: true }))).toBe("liveEnded");
    for (const phase of ["WAITING", "PRESENTING", "SCORING_CLOSED", "REVEALED"] as const) {
      expect(refusal(live({ phase }))).toBe("liveScoringClosed");
    }
    expect(refusal(live({ currentAgendaItemId: "another" }))).toBe("liveScoringClosed");
  });

  it("in a second round takes only the chosen criteria", () => {
    const second = live({ round: 2, roundCriterionIds: ["c2"] });
    expect(refusal(second)).toBe("liveCriterionNotInRound");
    expect(refusal(second, { ...score, criterionId: "c2" })).toBeNull();
  });

  it("counts a change as second-round only for a chosen criterion of the WISE on stage", () => {
    const second = live({ round: 2, roundCriterionIds: ["c1"] });
    expect(roundOfChange(second, score)).toBe(2);
    expect(roundOfChange(second, { ...score, criterionId: "c2" })).toBe(1);
    expect(roundOfChange(second, { ...score, agendaItemId: "another" })).toBe(1);
    expect(roundOfChange(live(), score)).toBe(1);
    expect(roundOfChange({ ...second, ended: true }, score)).toBe(1);
    expect(roundOfChange(null, score)).toBe(1);
  });
});

describe("phase steps", () => {
  it("open, close and reveal in order; asking again changes nothing", () => {
    expect(nextPhase("PRESENTING", "openScoring")).toBe("SCORING_OPEN");
    expect(nextPhase("SCORING_OPEN", "openScoring")).toBeNull();
    expect(nextPhase("SCORING_OPEN", "closeScoring")).toBe("SCORING_CLOSED");
    expect(nextPhase("SCORING_CLOSED", "openScoring")).toBe("SCORING_OPEN");
    expect(nextPhase("SCORING_CLOSED", "reveal")).toBe("REVEALED");
    expect(nextPhase("REVEALED", "reveal")).toBeNull();
  });

  it("refuses steps that make no sense now", () => {
    expect(() => nextPhase("WAITING", "openScoring")).toThrow("liveWrongPhase");
    expect(() => nextPhase("PRESENTING", "reveal")).toThrow("liveWrongPhase");
    expect(() => nextPhase("REVEALED", "openScoring")).toThrow("liveWrongPhase");
    expect(() => nextPhase("PRESENTING", "closeScoring")).toThrow("liveWrongPhase");
  });
});

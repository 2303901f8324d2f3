import { describe, expect, it } from "vitest";
import {
  type AnswerForScoring,
  type CategoryForScoring,
  isAnswered,
  ratedLevel,
  scoreEvaluation,
  weightedMean,
} from "./scoring-rules";

const level = (criterionId: string, value: number): AnswerForScoring => ({
  criterionId,
  answer: "LEVEL",
  level: value,
});
const notApplicable = (criterionId: string): AnswerForScoring => ({
  criterionId,
  answer: "NOT_APPLICABLE",
  level: null,
});
const unknown = (criterionId: string): AnswerForScoring => ({
  criterionId,
  answer: "UNKNOWN",
  level: null,
});

/** Two categories shaped like the real grid: unequal sizes, one criterion weighing double. */
const GRID: CategoryForScoring[] = [
  {
    id: "ent",
    criteria: [
      { id: "revenues", weight: 1 },
      { id: "turnover", weight: 2 },
      { id: "profit", weight: 1 },
    ],
  },
  {
    id: "job",
    criteria: [
      { id: "share", weight: 2 },
      { id: "status", weight: 1 },
    ],
  },
];

describe("weightedMean", () => {
  it("weighs each level by its criterion's weight", () => {
    expect(
      weightedMean([
        { weight: 2, level: 5 },
        { weight: 1, level: 2 },
      ]),
    ).toBe(4);
  });

  it("is the plain mean when all weights are equal", () => {
    expect(
      weightedMean([
        { weight: 1, level: 1 },
        { weight: 1, level: 4 },
      ]),
    ).toBe(2.5);
  });

  it("handles fractional weights", () => {
    expect(
      weightedMean([
        { weight: 0.5, level: 1 },
        { weight: 1.5, level: 5 },
      ]),
    ).toBe(4);
  });

  it("is null for nothing rated, never zero", () => {
    expect(weightedMean([])).toBeNull();
  });

  it("ignores non-positive weights instead of dividing by zero", () => {
    expect(weightedMean([{ weight: 0, level: 5 }])).toBeNull();
    expect(
      weightedMean([
        { weight: 0, level: 5 },
        { weight: 1, level: 2 },
      ]),
    ).toBe(2);
  });
});

describe("ratedLevel and isAnswered", () => {
  it("a level is rated and answered", () => {
    expect(ratedLevel({ answer: "LEVEL", level: 3 })).toBe(3);
    expect(isAnswered({ answer: "LEVEL", level: 3 })).toBe(true);
  });

  it("not applicable and don't know are answered but not rated", () => {
    for (const answer of ["NOT_APPLICABLE", "UNKNOWN"] as const) {
      expect(ratedLevel({ answer, level: null })).toBeNull();
      expect(isAnswered({ answer, level: null })).toBe(true);
    }
  });

  it("a malformed level row counts for nothing", () => {
    for (const bad of [null, 0, 6, 2.5]) {
      expect(ratedLevel({ answer: "LEVEL", level: bad })).toBeNull();
      expect(isAnswered({ answer: "LEVEL", level: bad })).toBe(false);
    }
  });

  it("a stray level next to not applicable is not rated", () => {
    expect(ratedLevel({ answer: "NOT_APPLICABLE", level: 4 })).toBeNull();
  });
});

describe("scoreEvaluation", () => {
  it("computes weighted category means and counts", () => {
    const result = scoreEvaluation(GRID, [
      level("revenues", 1),
      level("turnover", 4),
      level("share", 5),
      level("status", 2),
    ]);
    expect(result.categories).toEqual([
      { categoryId: "ent", score: 3, ratedCount: 2, answeredCount: 2, criterionCount: 3 },
      { categoryId: "job", score: 4, ratedCount: 2, answeredCount: 2, criterionCount: 2 },
    ]);
  });

  it("leaves not applicable out of the mean but counts it as progress", () => {
    const result = scoreEvaluation(GRID, [
      level("revenues", 2),
      notApplicable("turnover"),
      level("profit", 4),
    ]);
    expect(result.categories[0]).toEqual({
      categoryId: "ent",
      score: 3,
      ratedCount: 2,
      answeredCount: 3,
      criterionCount: 3,
    });
  });

  it("leaves don't know out of the mean but counts it as progress", () => {
    const result = scoreEvaluation(GRID, [unknown("share"), level("status", 3)]);
    expect(result.categories[1]).toEqual({
      categoryId: "job",
      score: 3,
      ratedCount: 1,
      answeredCount: 2,
      criterionCount: 2,
    });
  });

  it("does not pull the score down as a zero would", () => {
    const withGaps = scoreEvaluation(GRID, [
      level("revenues", 5),
      notApplicable("turnover"),
      unknown("profit"),
    ]);
    expect(withGaps.categories[0].score).toBe(5);
  });

  it("gives null scores with nothing answered", () => {
    const result = scoreEvaluation(GRID, []);
    expect(result.overall).toEqual({
      score: null,
      ratedCount: 0,
      answeredCount: 0,
      criterionCount: 5,
    });
    for (const category of result.categories) {
      expect(category.score).toBeNull();
      expect(category.ratedCount).toBe(0);
      expect(category.answeredCount).toBe(0);
    }
  });

  it("gives a null score but full progress when everything is not applicable or don't know", () => {
    const result = scoreEvaluation(GRID, [notApplicable("share"), unknown("status")]);
    expect(result.categories[1]).toEqual({
      categoryId: "job",
      score: null,
      ratedCount: 0,
      answeredCount: 2,
      criterionCount: 2,
    });
  });

  it("pools the overall score over rated criteria, not over category means", () => {
    // ent: one criterion rated 1 (weight 1); job: both rated 5 (weights 2 and 1).
    const result = scoreEvaluation(GRID, [
      level("revenues", 1),
      level("share", 5),
      level("status", 5),
    ]);
    expect(result.categories.map((c) => c.score)).toEqual([1, 5]);
    // Mean of category means would be 3; pooled: (1×1 + 5×2 + 5×1) / 4 = 4.
    expect(result.overall).toEqual({
      score: 4,
      ratedCount: 3,
      answeredCount: 3,
      criterionCount: 5,
    });
  });

  it("keeps an empty category null without hiding the others", () => {
    const result = scoreEvaluation(GRID, [level("share", 2), level("status", 5)]);
    expect(result.categories[0].score).toBeNull();
    expect(result.overall.score).toBe(3);
  });

  it("works for a grid of a single category", () => {
    const single: CategoryForScoring[] = [
      {
        id: "only",
        criteria: [
          { id: "a", weight: 1 },
          { id: "b", weight: 3 },
        ],
      },
    ];
    const result = scoreEvaluation(single, [level("a", 1), level("b", 5)]);
    expect(result.categories).toEqual([
      { categoryId: "only", score: 4, ratedCount: 2, answeredCount: 2, criterionCount: 2 },
    ]);
    expect(result.overall).toEqual({
      score: 4,
      ratedCount: 2,
      answeredCount: 2,
      criterionCount: 2,
    });
  });

  it("ignores answers to criteria of another grid", () => {
    const result = scoreEvaluation(GRID, [level("revenues", 2), level("elsewhere", 5)]);
    expect(result.overall).toEqual({
      score: 2,
      ratedCount: 1,
      answeredCount: 1,
      criterionCount: 5,
    });
  });

  it("does not count malformed rows as progress", () => {
    const result = scoreEvaluation(GRID, [{ criterionId: "revenues", answer: "LEVEL", level: 9 }]);
    expect(result.overall.answeredCount).toBe(0);
  });

  it("stays within the scale for any mix of levels and weights", () => {
    for (let run = 0; run < 200; run++) {
      const answers = GRID.flatMap((c) => c.criteria).map((criterion, index) =>
        (run + index) % 4 === 0
          ? unknown(criterion.id)
          : level(criterion.id, ((run * 7 + index * 3) % 5) + 1),
      );
      const { overall, categories } = scoreEvaluation(GRID, answers);
      for (const summary of [overall, ...categories]) {
        if (summary.score === null) continue;
        expect(summary.score).toBeGreaterThanOrEqual(1);
        expect(summary.score).toBeLessThanOrEqual(5);
      }
    }
  });

  it("an empty grid scores null with nothing to answer", () => {
    expect(scoreEvaluation([], [level("x", 3)]).overall).toEqual({
      score: null,
      ratedCount: 0,
      answeredCount: 0,
      criterionCount: 0,
    });
  });
});

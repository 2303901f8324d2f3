import { describe, expect, it } from "vitest";
import {
  assignQuadrants,
  isShown,
  MIN_RESPONDENTS,
  quadrantOf,
  rescaleMastery,
  sizeBandOf,
  skillGap,
  suppressed,
} from "./rules";

describe("rescaling mastery onto the importance scale", () => {
  it("maps the four steps onto 1, 2⅓, 3⅔ and 5", () => {
    const expected = [1, 7 / 3, 11 / 3, 5];
    [1, 2, 3, 4].forEach((step, index) => {
      expect(rescaleMastery(step)).toBeCloseTo(expected[index] ?? Number.NaN, 10);
    });
  });
});

describe("a skill's gap and Borich score, against a hand-computed example", () => {
  // Five respondents (importance, mastery): (5,1) (4,2) (5,3) (3,4) (4,2).
  // Mastery rescaled: 1, 7/3, 11/3, 5, 7/3 → mean 43/15 ≈ 2.8667. Importance mean 21/5 = 4.2.
  // Gap 4.2 − 43/15 = 4/3. Discrepancies 4, 5/3, 4/3, −2, 5/3 → mean 4/3; × 4.2 → MWDS 5.6.
  const answers = [
    { importance: 5, mastery: 1 },
    { importance: 4, mastery: 2 },
    { importance: 5, mastery: 3 },
    { importance: 3, mastery: 4 },
    { importance: 4, mastery: 2 },
  ];

  it("gives the means, the gap and the mean weighted discrepancy score", () => {
    const gap = skillGap(answers);
    expect(gap?.respondents).toBe(5);
    expect(gap?.meanImportance).toBeCloseTo(4.2, 10);
    expect(gap?.meanMastery).toBeCloseTo(43 / 15, 10);
    expect(gap?.gap).toBeCloseTo(4 / 3, 10);
    expect(gap?.mwds).toBeCloseTo(5.6, 10);
  });

  it("weights by importance: a smaller gap on a vital skill can outrank a larger one", () => {
    // Vital: importance 5, mastery 3 (11/3) → gap 4/3, MWDS 20/3. Minor: 3 and 1 → gap 2, MWDS 6.
    const vital = skillGap(Array.from({ length: 5 }, () => ({ importance: 5, mastery: 3 })));
    const minor = skillGap(Array.from({ length: 5 }, () => ({ importance: 3, mastery: 1 })));
    expect(vital?.gap).toBeLessThan(minor?.gap ?? 0);
    expect(vital?.mwds).toBeCloseTo(20 / 3, 10);
    expect(minor?.mwds).toBeCloseTo(6, 10);
  });

  it("has nothing to say without answers", () => {
    expect(skillGap([])).toBeNull();
  });
});

describe("importance–performance quadrants", () => {
  const split = { importance: 3.5, mastery: 3 };

  it("puts important, weak skills in 'concentrate here' and the others where they belong", () => {
    expect(quadrantOf({ importance: 4.5, mastery: 2 }, split)).toBe("CONCENTRATE");
    expect(quadrantOf({ importance: 4.5, mastery: 4 }, split)).toBe("KEEP_UP");
    expect(quadrantOf({ importance: 2, mastery: 2 }, split)).toBe("LOW_PRIORITY");
    expect(quadrantOf({ importance: 2, mastery: 4.5 }, split)).toBe("OVERKILL");
  });

  it("splits at the means of the skills given", () => {
    const skills = [
      { code: "A", meanImportance: 5, meanMastery: 1 },
      { code: "B", meanImportance: 5, meanMastery: 5 },
      { code: "C", meanImportance: 1, meanMastery: 1 },
      { code: "D", meanImportance: 1, meanMastery: 5 },
    ];
    expect(assignQuadrants(skills).map((s) => [s.code, s.quadrant])).toEqual([
      ["A", "CONCENTRATE"],
      ["B", "KEEP_UP"],
      ["C", "LOW_PRIORITY"],
      ["D", "OVERKILL"],
    ]);
  });
});

describe("suppression of small cells", () => {
  it("hides a figure resting on fewer than five respondents and shows one on five", () => {
    expect(MIN_RESPONDENTS).toBe(5);
    expect(isShown(4)).toBe(false);
    expect(isShown(5)).toBe(true);
    expect(suppressed(4, 1.2)).toBeNull();
    expect(suppressed(5, 1.2)).toBe(1.2);
    expect(suppressed(0, 0)).toBeNull();
  });
});

describe("size bands", () => {
  it("follows the EU's enterprise sizes", () => {
    expect([null, 0, 9, 10, 49, 50, 249, 250].map(sizeBandOf)).toEqual([
      "UNKNOWN",
      "MICRO",
      "MICRO",
      "SMALL",
      "SMALL",
      "MEDIUM",
      "MEDIUM",
      "LARGE",
    ]);
  });
});

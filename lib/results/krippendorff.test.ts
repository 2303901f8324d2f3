import { describe, expect, it } from "vitest";
import { alphaFromValueCounts, krippendorffAlpha } from "./krippendorff";

const _ = null;

/**
 * Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C-D: four observers,
 * twelve units, missing values. Unit 12 has a single value and must be dropped.
 */
const FOUR_OBSERVERS = [
  [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
  [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
];

/** The same paper's section A: binary data, two observers, no missing data. */
const BINARY = [
  [0, 1, 0, 0, 0, 0, 0, 0, 1, 0],
  [1, 1, 1, 0, 0, 1, 0, 0, 0, 0],
];

/** Section B: nominal data, two observers; the letters a-e of the paper as 1-5. */
const NOMINAL_TWO = [
  [1, 1, 2, 2, 4, 3, 3, 3, 5, 4, 4, 1],
  [2, 1, 2, 2, 2, 3, 3, 3, 5, 4, 4, 4],
];

/** Wikipedia's computational example (three coders, fifteen units), as the krippendorff package tests it. */
const WIKIPEDIA = [
  [_, _, _, _, _, 3, 4, 1, 2, 1, 1, 3, 3, _, 3],
  [1, _, 2, 1, 3, 3, 4, 3, _, _, _, _, _, _, _],
  [_, _, 2, 1, 3, 4, 4, _, 2, 1, 1, 3, 3, _, 4],
];

const round = (value: number | null, digits: number) =>
  value === null ? null : Number(value.toFixed(digits));

describe("Krippendorff's alpha against published worked examples", () => {
  it("four observers with missing values: nominal 0.743, ordinal 0.815, interval 0.849", () => {
    expect(round(krippendorffAlpha(FOUR_OBSERVERS, "nominal").alpha, 3)).toBe(0.743);
    expect(round(krippendorffAlpha(FOUR_OBSERVERS, "ordinal").alpha, 3)).toBe(0.815);
    expect(round(krippendorffAlpha(FOUR_OBSERVERS, "interval").alpha, 3)).toBe(0.849);
  });

  it("reports what the four-observer figure rests on: 11 units, 4 raters, 40 pairable values", () => {
    expect(krippendorffAlpha(FOUR_OBSERVERS, "ordinal")).toMatchObject({
      units: 11,
      raters: 4,
      pairable: 40,
      reason: null,
    });
  });

  it("two observers, binary data: 0.095", () => {
    expect(round(krippendorffAlpha(BINARY, "nominal").alpha, 3)).toBe(0.095);
  });

  it("two observers, nominal data: 0.692", () => {
    expect(round(krippendorffAlpha(NOMINAL_TWO, "nominal").alpha, 3)).toBe(0.692);
  });

  it("three coders with many gaps: nominal 0.691358, interval 0.810845", () => {
    expect(round(krippendorffAlpha(WIKIPEDIA, "nominal").alpha, 6)).toBe(0.691358);
    expect(round(krippendorffAlpha(WIKIPEDIA, "interval").alpha, 6)).toBe(0.810845);
  });

  it("gives the same answer from value counts as from the rater × unit matrix", () => {
    const units = FOUR_OBSERVERS[0].map((_value, unit) => {
      const counts = new Map<number, number>();
      for (const row of FOUR_OBSERVERS) {
        const value = row[unit];
        if (value !== null) counts.set(value, (counts.get(value) ?? 0) + 1);
      }
      return counts;
    });
    const fromCounts = alphaFromValueCounts(units, "ordinal", 4);
    expect(fromCounts.alpha).toBeCloseTo(
      krippendorffAlpha(FOUR_OBSERVERS, "ordinal").alpha ?? 0,
      12,
    );
  });

  it("ordinal distances depend on how the levels were used, not on their numbers", () => {
    // Relabelling the levels monotonically (1,2,3,4,5 → 1,2,10,11,50) changes interval alpha
    // but leaves ordinal alpha as it was.
    const relabel = new Map([
      [1, 1],
      [2, 2],
      [3, 10],
      [4, 11],
      [5, 50],
    ]);
    const stretched = FOUR_OBSERVERS.map((row) =>
      row.map((v) => (v === null ? null : (relabel.get(v) ?? v))),
    );
    expect(krippendorffAlpha(stretched, "ordinal").alpha).toBeCloseTo(
      krippendorffAlpha(FOUR_OBSERVERS, "ordinal").alpha ?? 0,
      12,
    );
    expect(round(krippendorffAlpha(stretched, "interval").alpha, 3)).not.toBe(0.849);
  });
});

describe("when alpha cannot be computed", () => {
  it("perfect agreement with some variation is 1", () => {
    expect(
      krippendorffAlpha(
        [
          [1, 2, 3],
          [1, 2, 3],
        ],
        "ordinal",
      ).alpha,
    ).toBe(1);
  });

  it("says there is no variation when every pairable value is the same", () => {
    expect(
      krippendorffAlpha(
        [
          [4, 4, 4],
          [4, 4, _],
        ],
        "ordinal",
      ),
    ).toMatchObject({
      alpha: null,
      reason: "noVariation",
      units: 2,
    });
  });

  it("says there are no pairable units when no unit has two values", () => {
    expect(
      krippendorffAlpha(
        [
          [1, _, 3],
          [_, 2, _],
        ],
        "ordinal",
      ),
    ).toMatchObject({
      alpha: null,
      reason: "noPairableUnits",
      units: 0,
      raters: 2,
    });
    expect(krippendorffAlpha([], "ordinal").reason).toBe("noPairableUnits");
  });

  it("a single rater cannot agree with anyone", () => {
    expect(krippendorffAlpha([[1, 2, 3]], "ordinal").reason).toBe("noPairableUnits");
    const units = [
      new Map([
        [1, 1],
        [2, 1],
      ]),
    ];
    expect(alphaFromValueCounts(units, "ordinal", 1)).toMatchObject({
      alpha: null,
      reason: "fewerThanTwoRaters",
    });
  });

  it("counts every rater who gave a value, as the paper counts observers", () => {
    // The third rater's only value sits in a unit nobody else rated: a rater, not a pair. The
    // fourth gave nothing (all N/A, say): not a rater of these data.
    expect(
      krippendorffAlpha(
        [
          [1, 2, _],
          [1, 3, _],
          [_, _, 5],
          [_, _, _],
        ],
        "ordinal",
      ),
    ).toMatchObject({
      raters: 3,
      units: 2,
      pairable: 4,
    });
  });
});

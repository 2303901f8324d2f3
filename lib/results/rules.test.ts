import { describe, expect, it } from "vitest";
import { krippendorffAlpha } from "./krippendorff";
import {
  agreementBand,
  distributions,
  modelCounts,
  sessionAgreement,
  type UnitCountRow,
} from "./rules";

/** A unit's row: raters per level 1-5, then N/A and don't know. */
const unit = (
  item: string,
  criterion: string,
  [n1, n2, n3, n4, n5]: number[],
  notApplicable = 0,
  unknown = 0,
): UnitCountRow => ({
  agenda_item_id: item,
  criterion_id: criterion,
  n1,
  n2,
  n3,
  n4,
  n5,
  not_applicable: notApplicable,
  unknown,
});

describe("distributions of answers", () => {
  it("counts levels, not applicable and don't know apart, per WISE and criterion", () => {
    const byItem = distributions([
      unit("w1", "c1", [0, 3, 0, 0, 1], 2, 1),
      unit("w2", "c1", [1, 0, 0, 0, 0]),
    ]);
    expect(byItem.get("w1")?.get("c1")).toEqual({
      levels: [0, 3, 0, 0, 1],
      notApplicable: 2,
      unknown: 1,
      total: 7,
    });
    expect(byItem.get("w2")?.get("c1")?.total).toBe(1);
  });
});

describe("agreement of a session", () => {
  // Two WISEs × two criteria (c1 in category A, c2 in B), three raters.
  const rows = [
    unit("w1", "c1", [0, 0, 0, 2, 1]),
    unit("w1", "c2", [1, 1, 0, 0, 0], 1),
    unit("w2", "c1", [0, 3, 0, 0, 0]),
    unit("w2", "c2", [0, 0, 1, 0, 0]),
  ];
  const categories = new Map([
    ["c1", "A"],
    ["c2", "B"],
  ]);
  const raters = [
    { category: "A", raters: 3 },
    { category: "B", raters: 2 },
    { category: null, raters: 3 },
  ];

  it("treats each WISE × criterion as a unit and N/A as a missing value", () => {
    const result = sessionAgreement(rows, categories, ["A", "B"], raters);
    const _ = null;
    // Units w1c1, w1c2, w2c1, w2c2 as columns; the third rater's N/A on w1c2 is missing.
    const matrix = [
      [4, 1, 2, 3],
      [4, 2, 2, _],
      [5, _, 2, _],
    ];
    expect(result.session.alpha).toBeCloseTo(krippendorffAlpha(matrix, "ordinal").alpha ?? 0, 12);
    expect(result.session).toMatchObject({ units: 3, raters: 3, pairable: 8 });
  });

  it("computes each category on its own units and says when one has no pairable unit", () => {
    const result = sessionAgreement(rows, categories, ["A", "B", "C"], raters);
    const [a, b, c] = result.byCategory;
    expect(a.result.units).toBe(2);
    expect(b.result).toMatchObject({ units: 1, raters: 2, pairable: 2 });
    expect(c.result).toMatchObject({ alpha: null, reason: "noPairableUnits" });
  });
});

describe("model counts", () => {
  it("counts agreed and suggested models separately, undecided WISEs in neither agreed bar", () => {
    const counts = modelCounts(
      [
        { agreed: "X", suggested: "X", outcome: "suggested" },
        { agreed: null, suggested: "X", outcome: "suggested" },
        { agreed: "Y", suggested: "X", outcome: "suggested" },
      ],
      ["X", "Y"],
    );
    expect(counts.byModel).toEqual([
      { model: "X", agreed: 1, suggested: 3 },
      { model: "Y", agreed: 1, suggested: 0 },
    ]);
  });

  it("counts ties and profiles without enough information apart, never as a model", () => {
    const counts = modelCounts(
      [
        { agreed: null, suggested: null, outcome: "tie" },
        { agreed: "X", suggested: null, outcome: "notEnoughInformation" },
        { agreed: null, suggested: null, outcome: "notEnoughInformation" },
      ],
      ["X", "Y"],
    );
    expect(counts.byModel).toEqual([
      { model: "X", agreed: 1, suggested: 0 },
      { model: "Y", agreed: 0, suggested: 0 },
    ]);
    expect(counts.noSuggestion).toEqual({ tie: 1, notEnoughInformation: 2 });
  });
});

describe("agreement bands", () => {
  it("follows Krippendorff's thresholds of 0.800 and 0.667, bounds included", () => {
    expect(agreementBand(0.8)).toBe("reliable");
    expect(agreementBand(0.799)).toBe("tentative");
    expect(agreementBand(0.667)).toBe("tentative");
    expect(agreementBand(0.666)).toBe("low");
    expect(agreementBand(-0.2)).toBe("low");
  });
});

import { describe, expect, it } from "vitest";
import { krippendorffAlpha } from "./krippendorff";
import { type DistributionRow, distributions, modelCounts, sessionAgreement } from "./rules";

const row = (
  item: string,
  criterion: string,
  answer: DistributionRow["answer"],
  level: number | null,
  n: number,
): DistributionRow => ({ agenda_item_id: item, criterion_id: criterion, answer, level, n });

describe("distributions of answers", () => {
  it("counts levels, not applicable and don't know apart, per WISE and criterion", () => {
    const byItem = distributions([
      row("w1", "c1", "LEVEL", 2, 3),
      row("w1", "c1", "LEVEL", 5, 1),
      row("w1", "c1", "NOT_APPLICABLE", null, 2),
      row("w1", "c1", "UNKNOWN", null, 1),
      row("w2", "c1", "LEVEL", 1, 1),
    ]);
    expect(byItem.get("w1")?.get("c1")).toEqual({
      levels: [0, 3, 0, 0, 1],
      notApplicable: 2,
      unknown: 1,
      total: 7,
    });
    expect(byItem.get("w2")?.get("c1")?.total).toBe(1);
  });

  it("ignores a level outside 1-5 rather than counting it somewhere", () => {
    const byItem = distributions([
      row("w1", "c1", "LEVEL", 9, 1),
      row("w1", "c1", "LEVEL", null, 1),
    ]);
    expect(byItem.get("w1")?.get("c1")?.total).toBe(0);
  });
});

describe("agreement of a session", () => {
  // Two WISEs × two criteria (c1 in category A, c2 in B), three raters.
  const rows = [
    row("w1", "c1", "LEVEL", 4, 2),
    row("w1", "c1", "LEVEL", 5, 1),
    row("w1", "c2", "LEVEL", 1, 1),
    row("w1", "c2", "LEVEL", 2, 1),
    row("w1", "c2", "NOT_APPLICABLE", null, 1),
    row("w2", "c1", "LEVEL", 2, 3),
    row("w2", "c2", "LEVEL", 3, 1),
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
        { agreed: "X", suggested: "X" },
        { agreed: null, suggested: "X" },
        { agreed: "Y", suggested: "X" },
      ],
      ["X", "Y"],
    );
    expect(counts).toEqual([
      { model: "X", agreed: 1, suggested: 3 },
      { model: "Y", agreed: 1, suggested: 0 },
    ]);
  });
});

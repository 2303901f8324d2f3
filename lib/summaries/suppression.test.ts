import { describe, expect, it } from "vitest";
import { SUPPRESSION_MINIMUM, suppressCount, suppressSupportNeeds } from "./suppression";

describe("suppressing small counts of workers", () => {
  it("shows a group of fewer than 5 as 'fewer than 5', never as its number", () => {
    for (const count of [1, 2, 3, 4]) {
      expect(suppressCount(count)).toEqual({ kind: "fewerThan", limit: 5 });
    }
    expect(SUPPRESSION_MINIMUM).toBe(5);
  });

  it("shows 5 and more as they are", () => {
    expect(suppressCount(5)).toEqual({ kind: "count", value: 5 });
    expect(suppressCount(137)).toEqual({ kind: "count", value: 137 });
  });

  it("shows zero as zero: it points at nobody", () => {
    expect(suppressCount(0)).toEqual({ kind: "count", value: 0 });
  });

  it("says 'not given' for a missing or malformed count, never zero", () => {
    expect(suppressCount(null)).toEqual({ kind: "unknown" });
    expect(suppressCount(undefined)).toEqual({ kind: "unknown" });
    expect(suppressCount(-3)).toEqual({ kind: "unknown" });
    expect(suppressCount(2.5)).toEqual({ kind: "unknown" });
    expect(suppressCount(Number.NaN)).toEqual({ kind: "unknown" });
  });
});

describe("support-need categories of a session", () => {
  it("suppresses each category's total and leaves out empty ones", () => {
    expect(
      suppressSupportNeeds([
        { category: "HOMELESS", workers: 4 },
        { category: "NEETS", workers: 0 },
        { category: "EX_OFFENDERS", workers: 2 },
        { category: "PHYSICAL_SENSORY_DISABILITY", workers: 5 },
        { category: "LONG_TERM_UNEMPLOYED", workers: 12 },
      ]),
    ).toEqual([
      { category: "HOMELESS", count: { kind: "fewerThan", limit: 5 } },
      { category: "EX_OFFENDERS", count: { kind: "fewerThan", limit: 5 } },
      { category: "PHYSICAL_SENSORY_DISABILITY", count: { kind: "count", value: 5 } },
      { category: "LONG_TERM_UNEMPLOYED", count: { kind: "count", value: 12 } },
    ]);
  });

  it("withholds the smallest shown category beside a lone small one, so no subtraction finds it", () => {
    expect(
      suppressSupportNeeds([
        { category: "LONG_TERM_UNEMPLOYED", workers: 12 },
        { category: "HOMELESS", workers: 3 },
        { category: "PHYSICAL_SENSORY_DISABILITY", workers: 7 },
      ]),
    ).toEqual([
      { category: "LONG_TERM_UNEMPLOYED", count: { kind: "count", value: 12 } },
      { category: "HOMELESS", count: { kind: "fewerThan", limit: 5 } },
      { category: "PHYSICAL_SENSORY_DISABILITY", count: { kind: "withheld" } },
    ]);
  });

  it("withholds nothing when every category is large enough, or when it is alone", () => {
    expect(
      suppressSupportNeeds([
        { category: "LONG_TERM_UNEMPLOYED", workers: 12 },
        { category: "HOMELESS", workers: 6 },
      ]).map((entry) => entry.count.kind),
    ).toEqual(["count", "count"]);
    expect(
      suppressSupportNeeds([{ category: "HOMELESS", workers: 2 }]).map((entry) => entry.count.kind),
    ).toEqual(["fewerThan"]);
  });
});

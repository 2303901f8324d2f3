import { describe, expect, it } from "vitest";
import { SUPPRESSION_MINIMUM, suppressCount } from "./suppression";

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

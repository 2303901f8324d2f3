import { describe, expect, it } from "vitest";
import { discloseCount, disclosedCountText } from "./rules";

describe("small groups of workers per support-need category", () => {
  it("hides counts from 1 to 4", () => {
    for (const count of [1, 2, 3, 4]) {
      expect(discloseCount(count)).toEqual({ kind: "fewerThan", limit: 5 });
      expect(disclosedCountText(count)).toBe("<5");
    }
  });

  it("shows zero and counts from 5 up", () => {
    expect(discloseCount(0)).toEqual({ kind: "count", value: 0 });
    expect(discloseCount(5)).toEqual({ kind: "count", value: 5 });
    expect(disclosedCountText(0)).toBe("0");
    expect(disclosedCountText(37)).toBe("37");
  });
});

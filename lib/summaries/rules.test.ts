import { describe, expect, it } from "vitest";
import { categoryResult, MIN_RATERS_FOR_RESULT, scoreBand } from "./rules";

describe("category results in plain words", () => {
  it("names the band a score reaches on the 1-5 scale", () => {
    expect(scoreBand(5)).toBe("strong");
    expect(scoreBand(4)).toBe("strong");
    expect(scoreBand(3.9)).toBe("good");
    expect(scoreBand(3)).toBe("good");
    expect(scoreBand(2.5)).toBe("developing");
    expect(scoreBand(1.9)).toBe("weak");
    expect(scoreBand(1)).toBe("weak");
  });

  it("rounds to one decimal and bands the rounded score", () => {
    expect(categoryResult(4.2345, 3)).toEqual({ kind: "score", score: 4.2, band: "strong" });
    expect(categoryResult(3.96, 5)).toEqual({ kind: "score", score: 4, band: "strong" });
    expect(categoryResult(2.94, 5)).toEqual({ kind: "score", score: 2.9, band: "developing" });
  });

  it("withholds a result that one or two raters' scores would give away", () => {
    expect(MIN_RATERS_FOR_RESULT).toBe(3);
    expect(categoryResult(4, 1)).toEqual({ kind: "tooFewRaters" });
    expect(categoryResult(4, 2)).toEqual({ kind: "tooFewRaters" });
  });

  it("says 'not rated' when nobody gave a level", () => {
    expect(categoryResult(null, 0)).toEqual({ kind: "notRated" });
    expect(categoryResult(null, 4)).toEqual({ kind: "notRated" });
  });
});

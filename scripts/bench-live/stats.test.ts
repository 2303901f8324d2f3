import { describe, expect, it } from "vitest";
import { jitter, median, percentile, summarise } from "./stats";

describe("percentile (nearest rank)", () => {
  const hundred = Array.from({ length: 100 }, (_, index) => index + 1);

  it("returns the value at the rank, never an interpolation", () => {
    expect(percentile(hundred, 50)).toBe(50);
    expect(percentile(hundred, 95)).toBe(95);
    expect(percentile(hundred, 99)).toBe(99);
    expect(percentile([10, 20, 30, 40], 50)).toBe(20);
    expect(percentile([10, 20, 30, 40], 51)).toBe(30);
  });

  it("handles one value and the extremes", () => {
    expect(percentile([7], 99)).toBe(7);
    expect(percentile(hundred, 0)).toBe(1);
    expect(percentile(hundred, 100)).toBe(100);
  });

  it("refuses an empty list instead of inventing a figure", () => {
    expect(() => percentile([], 50)).toThrow();
  });
});

describe("summarise", () => {
  it("sorts before ranking, so the order of measurement does not matter", () => {
    const summary = summarise([300, 5, 120, 40, 9, 1000, 60, 80, 70, 50]);
    expect(summary).toEqual({ count: 10, p50: 60, p95: 1000, p99: 1000, max: 1000 });
  });

  it("says nothing was measured with null", () => {
    expect(summarise([])).toBeNull();
  });
});

describe("jitter", () => {
  it("stays within its bounds", () => {
    expect(jitter(1500, 4000, () => 0)).toBe(1500);
    expect(jitter(1500, 4000, () => 0.999_999)).toBe(4000);
    expect(jitter(1500, 4000, () => 0.5)).toBe(2750);
  });
});

describe("median", () => {
  it("takes the middle value, or the mean of the two middle ones, whatever the order", () => {
    expect(median([9, 1, 5])).toBe(5);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow();
  });
});

import { describe, expect, it } from "vitest";
import { numberFlag, readRunFlags, stringFlag } from "./flags";

describe("numberFlag", () => {
  it("reads the number after the flag, or falls back when the flag is absent", () => {
    expect(numberFlag(["--guests", "5", "--fast"], "guests", 60)).toBe(5);
    expect(numberFlag(["--fast"], "guests", 60)).toBe(60);
    expect(numberFlag(["--rooms", "0"], "rooms", 10)).toBe(0);
  });

  it("refuses a flag without a number, or with a negative one", () => {
    expect(() => numberFlag(["--runs"], "runs", 7)).toThrow("--runs needs a number");
    expect(() => numberFlag(["--runs", "many"], "runs", 7)).toThrow("--runs needs a number");
    expect(() => numberFlag(["--runs", "-1"], "runs", 7)).toThrow("--runs needs a number");
  });
});

describe("stringFlag", () => {
  it("reads the value after the flag, or null when the flag is absent", () => {
    expect(stringFlag(["--keep", ".data/bench"], "keep")).toBe(".data/bench");
    expect(stringFlag(["--runs", "1"], "keep")).toBeNull();
  });

  it("refuses a flag whose value is missing or is the next flag", () => {
    expect(() => stringFlag(["--keep"], "keep")).toThrow("--keep needs a value");
    expect(() => stringFlag(["--keep", "--runs", "1"], "keep")).toThrow("--keep needs a value");
  });
});

describe("readRunFlags", () => {
  it("gives the bench's own number of runs and no kept folder by default", () => {
    expect(readRunFlags([], 7)).toEqual({ runs: 7, keepDir: null });
  });

  it("reads --runs and --keep in any order", () => {
    expect(readRunFlags(["--keep", ".data/r", "--runs", "1"], 5)).toEqual({
      runs: 1,
      keepDir: ".data/r",
    });
  });
});

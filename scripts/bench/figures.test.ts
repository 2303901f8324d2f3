import { describe, expect, it } from "vitest";
import { figurePrinter, formatCounts, formatFigure, minMax } from "./figures";

const layout = { nameWidth: 20, figureWidth: 5 };

describe("formatFigure", () => {
  it("prints a figure within its target with the tick", () => {
    expect(
      formatFigure({ name: "Gap map", ms: 149.6, target: 150, detail: "min 1, max 2" }, layout),
    ).toBe("  Gap map                150 ms  (target 150 ms; min 1, max 2)  ✓ within target");
  });

  it("says MISSED for a figure above its target", () => {
    expect(formatFigure({ name: "Gap map", ms: 151, target: 150 }, layout)).toBe(
      "  Gap map                151 ms  (target 150 ms)  ✗ MISSED",
    );
  });

  it("prints a dash and no verdict for a figure without a target", () => {
    expect(
      formatFigure({ name: "Admin", ms: 4000, target: null, detail: "min 1, max 2" }, layout),
    ).toBe("  Admin                 4000 ms  (target —; min 1, max 2)");
  });

  it("prints the bare figure when there is neither target nor detail", () => {
    expect(formatFigure({ name: "Releasing", ms: 12 }, { nameWidth: 10, figureWidth: 6 })).toBe(
      "  Releasing      12 ms",
    );
  });
});

describe("minMax and formatCounts", () => {
  it("round the extremes of the runs", () => {
    expect(minMax([12.4, 40.6, 20])).toBe("min 12, max 41");
  });

  it("print counts with thousands separators in the row's order", () => {
    expect(formatCounts({ countries: "30", scores: "1000000" })).toBe(
      "30 countries, 1,000,000 scores",
    );
  });
});

describe("figurePrinter", () => {
  it("prints every figure and counts only the targets missed", () => {
    const lines: string[] = [];
    const figures = figurePrinter(layout, (line) => lines.push(line));
    figures.print({ name: "a", ms: 10, target: 100 });
    figures.print({ name: "b", ms: 200, target: 100 });
    figures.print({ name: "c", ms: 900, target: null });
    expect(lines).toHaveLength(3);
    expect(figures.missed).toBe(1);
    figures.printEnd();
    expect(lines.at(-1)).toBe("1 target(s) missed.");
    expect(lines.at(-2)).toMatch(/^Load average at the end: \d+\.\d\.$/);
  });
});

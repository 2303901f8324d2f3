import { describe, expect, it } from "vitest";
import { pseudonymOf, pseudonymsFor } from "./pseudonyms";

const at = (minute: number) => new Date(Date.UTC(2026, 4, 12, 9, minute));

describe("pseudonymsFor", () => {
  const raters = [
    { raterId: "cm-b", firstEvaluatedAt: at(5) },
    { raterId: "cm-a", firstEvaluatedAt: at(1) },
    { raterId: "cm-c", firstEvaluatedAt: at(5) },
  ];

  it("numbers raters by their first evaluation, then by id, whatever the order of rows", () => {
    const names = pseudonymsFor(raters);
    expect([...names.entries()]).toEqual([
      ["cm-a", "Rater 1"],
      ["cm-b", "Rater 2"],
      ["cm-c", "Rater 3"],
    ]);
    expect(pseudonymsFor([...raters].reverse())).toEqual(names);
  });

  it("keeps everyone's number when a rater joins later", () => {
    const later = pseudonymsFor([...raters, { raterId: "cm-0", firstEvaluatedAt: at(30) }]);
    expect(later.get("cm-a")).toBe("Rater 1");
    expect(later.get("cm-c")).toBe("Rater 3");
    expect(later.get("cm-0")).toBe("Rater 4");
  });

  it("says nothing of the rater but a number", () => {
    for (const name of pseudonymsFor(raters).values()) expect(name).toMatch(/^Rater \d+$/);
  });

  it("names raters in the reader's language when asked, with the same numbers", () => {
    const names = pseudonymsFor(raters, (index) => `Evaluator ${index + 1}`);
    expect([...names.values()]).toEqual(["Evaluator 1", "Evaluator 2", "Evaluator 3"]);
    expect(names.get("cm-c")).toBe("Evaluator 3");
  });

  it("refuses to name a rater it does not know rather than fall back on the id", () => {
    expect(() => pseudonymOf(pseudonymsFor(raters), "cm-x")).toThrow();
  });
});

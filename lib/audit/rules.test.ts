import { describe, expect, it } from "vitest";
import { changedFields, displayValue } from "./rules";

describe("changedFields", () => {
  it("lists only the fields whose values differ, arrays compared whole", () => {
    expect(
      changedFields(
        { name: "Atelier", role: "PARTICIPANT", sectors: ["food"], active: true },
        { name: "Atelier", role: "FACILITATOR", sectors: ["food", "textiles"], active: true },
      ),
    ).toEqual([
      { field: "role", before: "PARTICIPANT", after: "FACILITATOR" },
      { field: "sectors", before: ["food"], after: ["food", "textiles"] },
    ]);
  });

  it("lists every field of something created or deleted", () => {
    expect(changedFields(null, { name: "A", place: null })).toEqual([
      { field: "name", before: undefined, after: "A" },
      { field: "place", before: undefined, after: null },
    ]);
    expect(changedFields({ code: "C1" }, null)).toEqual([
      { field: "code", before: "C1", after: undefined },
    ]);
  });

  it("finds nothing changed when the snapshots agree", () => {
    expect(changedFields({ a: 1, b: [1, 2] }, { a: 1, b: [1, 2] })).toEqual([]);
  });
});

describe("displayValue", () => {
  it("shows text as it is, other values as JSON and nothing as a dash", () => {
    expect(displayValue("Cluj")).toBe("Cluj");
    expect(displayValue(true)).toBe("true");
    expect(displayValue(["a", "b"])).toBe('["a","b"]');
    expect(displayValue(null)).toBe("—");
    expect(displayValue(undefined)).toBe("—");
  });
});

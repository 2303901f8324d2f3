import { describe, expect, it } from "vitest";
import { gridLockReason, localLevels, localName, localWording, nextGridVersion } from "./rules";

describe("gridLockReason", () => {
  it("leaves an unused grid editable", () => {
    expect(gridLockReason({ scoreCount: 0, nonDraftSessionCount: 0 })).toBeNull();
  });

  it("locks a grid that has scores, whatever its sessions' status", () => {
    expect(gridLockReason({ scoreCount: 1, nonDraftSessionCount: 0 })).toBe("gridHasScores");
    expect(gridLockReason({ scoreCount: 3, nonDraftSessionCount: 2 })).toBe("gridHasScores");
  });

  it("locks a grid used by a session past DRAFT even before anyone scored", () => {
    expect(gridLockReason({ scoreCount: 0, nonDraftSessionCount: 1 })).toBe("gridUsedBySession");
  });
});

describe("nextGridVersion", () => {
  it("starts at 1 and goes one past the highest version, not the one copied", () => {
    expect(nextGridVersion([])).toBe(1);
    expect(nextGridVersion([1])).toBe(2);
    expect(nextGridVersion([3, 1, 2])).toBe(4);
  });
});

describe("reader's language", () => {
  const item = {
    texts: [
      { locale: "en", name: "Profit", levels: ["one", "two", "three", "four", "five"] },
      { locale: "ro", name: "Profit net", levels: ["unu", "doi", "", "patru", "cinci"] },
      { locale: "de", name: " ", levels: [] },
    ],
  };

  it("reads the reader's language where it has the text", () => {
    expect(localName("ro", item)).toBe("Profit net");
    expect(localLevels("ro", item)[3]).toBe("patru");
    expect(localWording("ro", item).fallback.name).toBe(false);
  });

  it("falls back to English field by field, and says which fields did", () => {
    const ro = localWording("ro", item);
    expect(ro.levels).toEqual(["unu", "doi", "three", "patru", "cinci"]);
    expect(ro.fallback.levels).toEqual([false, false, true, false, false]);
    const de = localWording("de", item);
    expect(de.name).toBe("Profit");
    expect(de.fallback).toEqual({ name: true, levels: [true, true, true, true, true] });
    expect(localName("el", item)).toBe("Profit");
    expect(localWording("en", item).fallback.name).toBe(false);
  });
});

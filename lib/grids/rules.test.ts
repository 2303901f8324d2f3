import { describe, expect, it } from "vitest";
import { gridLockReason, inReaderLanguage, localLevels, localName, nextGridVersion } from "./rules";

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
  const item = { nameEn: "Profit", nameRo: "Profit RO", levelsEn: ["a"], levelsRo: ["ă"] };

  it("puts the reader's language first and the other one second", () => {
    expect(inReaderLanguage("ro", "en text", "ro text")).toEqual({
      text: "ro text",
      other: "en text",
      otherLocale: "en",
    });
    expect(inReaderLanguage("en", "en text", "ro text")).toEqual({
      text: "en text",
      other: "ro text",
      otherLocale: "ro",
    });
  });

  it("falls back to English for any other locale", () => {
    expect(localName("de", item)).toBe("Profit");
    expect(localName("ro", item)).toBe("Profit RO");
    expect(localLevels("ro", item)).toEqual(["ă"]);
    expect(localLevels("en", item)).toEqual(["a"]);
  });
});

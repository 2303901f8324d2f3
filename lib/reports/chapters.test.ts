import { describe, expect, it } from "vitest";
import { type ChapterAvailability, chaptersFor, possibleChapters } from "./chapters";

const NO_DATA: ChapterAvailability["data"] = {
  sector: false,
  focusGroups: false,
  skills: false,
  caseStudies: false,
  goodPractices: false,
  comparison: false,
};

const available = (over: Partial<ChapterAvailability> = {}): ChapterAvailability => ({
  scope: "COUNTRY",
  data: NO_DATA,
  written: [],
  ...over,
});

describe("which chapters a report contains", () => {
  it("holds nothing when there is neither data nor text", () => {
    expect(chaptersFor(available())).toEqual([]);
  });

  it("holds a data chapter with data, in the report's order, introduction first", () => {
    const chapters = chaptersFor(
      available({
        data: { ...NO_DATA, skills: true, sector: true },
        written: ["conclusions", "introduction"],
      }),
    );
    expect(chapters).toEqual(["introduction", "sector", "skills", "conclusions"]);
  });

  it("leaves the skills chapter out when no survey has answers", () => {
    const chapters = chaptersFor(available({ data: { ...NO_DATA, focusGroups: true } }));
    expect(chapters).not.toContain("skills");
    expect(chapters).toEqual(["focusGroups"]);
  });

  it("keeps a data chapter that has only a narrative", () => {
    expect(chaptersFor(available({ written: ["caseStudies"] }))).toEqual(["caseStudies"]);
  });

  it("never puts the comparison in a country report, even written or with data", () => {
    const chapters = chaptersFor(
      available({ data: { ...NO_DATA, comparison: true }, written: ["comparison"] }),
    );
    expect(chapters).toEqual([]);
    expect(possibleChapters("COUNTRY")).not.toContain("comparison");
  });

  it("puts the comparison in the European report when countries can be compared", () => {
    const europe = (data: boolean) =>
      chaptersFor(available({ scope: "EUROPE", data: { ...NO_DATA, comparison: data } }));
    expect(europe(true)).toEqual(["comparison"]);
    expect(europe(false)).toEqual([]);
  });

  it("offers an editor for every chapter of the scope, strategy before conclusions", () => {
    expect(possibleChapters("EUROPE")).toEqual([
      "introduction",
      "sector",
      "focusGroups",
      "skills",
      "caseStudies",
      "goodPractices",
      "comparison",
      "strategy",
      "conclusions",
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { bundleRows } from "@/tests/fixtures/bundle";
import { assembleBundle } from "./assemble";
import { bundleHeaderProblem } from "./rules";
import { type BundleInput, BundleSchema } from "./schemas";

/** The issues of a valid bundle changed by `change`, as "path: message key". */
function issuesAfter(change: (bundle: BundleInput) => void): string[] {
  const bundle = structuredClone(assembleBundle(bundleRows()));
  change(bundle);
  const parsed = BundleSchema.safeParse(bundle);
  return parsed.success
    ? []
    : parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
}

describe("BundleSchema", () => {
  it("accepts the bundle that the export makes", () => {
    expect(issuesAfter(() => {})).toEqual([]);
  });

  it("refuses raters that are named instead of numbered", () => {
    expect(
      issuesAfter((bundle) => {
        bundle.raters[0] = "Ana Popescu";
        bundle.scores[0].rater = "ana@example.org";
      }),
    ).toEqual(
      expect.arrayContaining([
        "raters.0: bundleRaterNotPseudonym",
        "scores.0.rater: bundleRaterNotPseudonym",
      ]),
    );
  });

  it("refuses a support-need count of 1 to 4 given as a number", () => {
    expect(
      issuesAfter((bundle) => {
        bundle.wises[0].supportNeedCounts = [{ category: "HOMELESS", count: 3 }];
      }),
    ).toContain("wises.0.supportNeedCounts.0.count: bundleSmallCountDisclosed");
  });

  it("refuses scores that point at nothing in the file", () => {
    expect(
      issuesAfter((bundle) => {
        bundle.scores[0].wise = "W9";
        bundle.scores[1].rater = "Rater 7";
        bundle.scores[2].criterion = "TURNOVER";
      }),
    ).toEqual([
      "scores.0.wise: bundleUnknownWise",
      "scores.1.rater: bundleUnknownRater",
      "scores.2.criterion: bundleUnknownCriterion",
    ]);
  });

  it("refuses a score given twice and a level that does not go with the answer", () => {
    expect(
      issuesAfter((bundle) => {
        bundle.scores.push({ ...bundle.scores[0] });
        bundle.scores[1].level = 3;
        bundle.scores[2].level = null;
      }),
    ).toEqual([
      "scores.1.level: scoreLevelNotAllowed",
      "scores.2.level: scoreLevelRequired",
      "scores.4: bundleDuplicateEntry",
    ]);
  });

  it("refuses levels outside 1-5, malformed dates and WISEs listed twice", () => {
    expect(
      issuesAfter((bundle) => {
        bundle.scores[0].level = 6;
        bundle.session.startsAt = "tomorrow";
      }),
    ).toEqual(["session.startsAt: invalidValue", "scores.0.level: scoreLevelRange"]);
    expect(
      issuesAfter((bundle) => {
        bundle.wises[1].name = bundle.wises[0].name.toUpperCase();
      }),
    ).toEqual(["wises.1.name: bundleDuplicateEntry"]);
  });

  it("refuses classifications and notes of WISEs the file does not list", () => {
    expect(
      issuesAfter((bundle) => {
        bundle.classifications[0].wise = "W5";
        bundle.notes[1].wise = "W5";
      }),
    ).toEqual(["classifications.0.wise: bundleUnknownWise", "notes.1.wise: bundleUnknownWise"]);
  });
});

describe("bundleHeaderProblem", () => {
  const bundle = assembleBundle(bundleRows());

  it("tells a file that is no bundle from a bundle of another format version", () => {
    expect(bundleHeaderProblem(bundle)).toBeNull();
    expect(bundleHeaderProblem([bundle])).toBe("bundleNotABundle");
    expect(bundleHeaderProblem(null)).toBe("bundleNotABundle");
    expect(bundleHeaderProblem({ name: "WISEs" })).toBe("bundleNotABundle");
    expect(bundleHeaderProblem({ ...bundle, formatVersion: 3 })).toBe("bundleFormatVersion");
    expect(bundleHeaderProblem({ ...bundle, formatVersion: 1 })).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { SUPPRESSION_MINIMUM } from "@/lib/summaries/suppression";
import { bundleRows } from "@/tests/fixtures/bundle";
import { gridFingerprint, importedStatus, placeholderRaterEmail } from "./rules";
import { SUPPRESSED_BELOW } from "./schemas";

describe("placeholderRaterEmail", () => {
  it("is the same for the same bundle and pseudonym, so a second import finds the account", () => {
    expect(placeholderRaterEmail("session-abc", "Rater 1")).toBe(
      placeholderRaterEmail("session-abc", "Rater 1"),
    );
  });

  it("differs between raters and between bundles, and cannot deliver mail", () => {
    const email = placeholderRaterEmail("session-abc", "Rater 1");
    expect(email).toMatch(/^rater-[0-9a-f]{24}@imported\.invalid$/);
    expect(placeholderRaterEmail("session-abc", "Rater 2")).not.toBe(email);
    expect(placeholderRaterEmail("session-xyz", "Rater 1")).not.toBe(email);
  });
});

describe("gridFingerprint", () => {
  const grid = bundleRows().grid;

  it("ignores how positions are numbered and how a weight is written", () => {
    const renumbered = structuredClone(grid);
    renumbered.categories.forEach((category, index) => {
      category.position = index + 10;
    });
    renumbered.categories[0].criteria[0].weight = 2.0004;
    expect(gridFingerprint(renumbered)).toBe(gridFingerprint(grid));
  });

  it("changes with anything that changes what a score means", () => {
    const reworded = structuredClone(grid);
    reworded.categories[1].criteria[0].texts[0].levels = ["a", "b", "c", "d", "excellent"];
    const reweighted = structuredClone(grid);
    reweighted.categories[0].criteria[1].weight = 1.5;
    expect(gridFingerprint(reworded)).not.toBe(gridFingerprint(grid));
    expect(gridFingerprint(reweighted)).not.toBe(gridFingerprint(grid));
  });

  it("compares the English reference text, not translations each installation corrects", () => {
    const retranslated = structuredClone(grid);
    retranslated.categories[0].criteria[0].texts[1].name = "Venituri (corectat)";
    retranslated.categories[0].texts.push({ locale: "el", name: "Επιχειρηματικά" });
    expect(gridFingerprint(retranslated)).toBe(gridFingerprint(grid));
  });
});

describe("importedStatus", () => {
  it("imports a published session as closed, other statuses as they are", () => {
    expect(importedStatus("PUBLISHED")).toBe("CLOSED");
    expect(importedStatus("CLOSED")).toBe("CLOSED");
    expect(importedStatus("OPEN")).toBe("OPEN");
  });
});

describe("the bundle format's small-group rule", () => {
  it("is the summaries' rule: a change there needs a new format version here", () => {
    expect(SUPPRESSED_BELOW).toBe(SUPPRESSION_MINIMUM);
  });
});

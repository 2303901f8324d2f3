import { describe, expect, it } from "vitest";
import { bundleRows } from "@/tests/fixtures/bundle";
import { assembleBundle } from "./assemble";
import { BundleSchema } from "./schemas";

describe("assembleBundle", () => {
  const bundle = assembleBundle(bundleRows());

  it("makes a bundle that the import's own schema accepts", () => {
    const parsed = BundleSchema.safeParse(bundle);
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  it("refers to WISEs as W1..Wn in agenda order and to raters by pseudonym, never by id", () => {
    expect(bundle.wises.map((wise) => [wise.ref, wise.position, wise.name])).toEqual([
      ["W1", 1, "Casa Meșteșugurilor"],
      ["W2", 2, "Atelierul de Pâine"],
    ]);
    expect(bundle.raters).toEqual(["Rater 1", "Rater 2"]);
    expect(bundle.scores.map((s) => `${s.wise}/${s.rater}/${s.criterion}`)).toEqual([
      "W1/Rater 1/REVENUES",
      "W1/Rater 1/SHARE_WSN",
      "W1/Rater 2/REVENUES",
      "W2/Rater 2/PROFIT",
    ]);
    const text = JSON.stringify(bundle);
    for (const id of ["user-ana", "user-bogdan", "item-1", "item-2"])
      expect(text).not.toContain(id);
  });

  it("writes counts through the suppression rule: 14 workers minus 12 would reveal the small group", () => {
    expect(bundle.wises[0].supportNeedCounts).toEqual([
      { category: "HOMELESS", fewerThan: 5 },
      { category: "NEETS", count: 0 },
      { category: "LONG_TERM_UNEMPLOYED", withheld: true },
    ]);
  });

  it("keeps classifications and notes with their WISE, without the people who wrote them", () => {
    expect(bundle.classifications).toEqual([
      {
        wise: "W1",
        suggestedModel: "ONE_STOP_SHOP",
        suggestion: { ranking: [] },
        agreedModel: "SOCIAL_ENTERPRISE",
        rationale: "Sprijin social întâi.",
        decidedAt: "2026-12-03T10:00:00.000Z",
      },
    ]);
    expect(bundle.notes.map((note) => [note.wise, note.theme, note.isPublic])).toEqual([
      [null, "DIGITAL_SKILLS_WORKERS", true],
      ["W2", null, false],
    ]);
  });
});

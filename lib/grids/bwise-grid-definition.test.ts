import { describe, expect, it } from "vitest";
import { BWISE_GRID } from "./bwise-grid-definition";

const criteria = BWISE_GRID.categories.flatMap((category) => category.criteria);
const texts = [
  ...BWISE_GRID.categories.flatMap((category) => [category.nameEn, category.nameRo]),
  ...criteria.flatMap((criterion) => [
    criterion.nameEn,
    criterion.nameRo,
    ...criterion.levelsEn,
    ...criterion.levelsRo,
  ]),
];
const romanianTexts = [
  ...BWISE_GRID.categories.map((category) => category.nameRo),
  ...criteria.flatMap((criterion) => [criterion.nameRo, ...criterion.levelsRo]),
];

describe("the B-WISE grid definition", () => {
  it("has the three categories of the B-WISE grid with 6, 4 and 8 criteria", () => {
    expect(
      BWISE_GRID.categories.map((category) => [category.code, category.criteria.length]),
    ).toEqual([
      ["ENTREPRENEURIAL", 6],
      ["PUBLIC_POLICIES", 4],
      ["JOB_INTEGRATION", 8],
    ]);
    expect(criteria).toHaveLength(18);
  });

  it("gives every criterion five descriptors in each language", () => {
    for (const criterion of criteria) {
      expect(criterion.levelsEn, criterion.code).toHaveLength(5);
      expect(criterion.levelsRo, criterion.code).toHaveLength(5);
      expect(new Set(criterion.levelsEn).size, `${criterion.code} repeats a level`).toBe(5);
      expect(new Set(criterion.levelsRo).size, `${criterion.code} repeats a level`).toBe(5);
    }
  });

  it("uses codes that are unique across the whole grid and safe as identifiers", () => {
    const codes = [...BWISE_GRID.categories.map((c) => c.code), ...criteria.map((c) => c.code)];
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[A-Z][A-Z0-9_]{1,39}$/);
  });

  it("has no empty or untrimmed text, and no Romanian text left in English", () => {
    for (const text of texts) expect(text.trim()).toBe(text);
    for (const text of texts) expect(text.length).toBeGreaterThan(1);
    for (const criterion of criteria) {
      for (const [index, level] of criterion.levelsRo.entries()) {
        expect(level, criterion.code).not.toBe(criterion.levelsEn[index]);
      }
    }
  });

  it("writes Romanian with comma-below ș and ț, never the cedilla look-alikes", () => {
    for (const text of romanianTexts) expect(text, text).not.toMatch(/[şţŞŢ]/);
    expect(romanianTexts.join(" ")).toMatch(/[șțăâî]/);
  });

  it("keeps weights positive and within what the database column holds", () => {
    for (const criterion of criteria) {
      expect(criterion.weight, criterion.code).toBeGreaterThan(0);
      expect(criterion.weight, criterion.code).toBeLessThanOrEqual(10);
    }
    expect(
      criteria
        .filter((criterion) => criterion.weight !== 1)
        .map((c) => c.code)
        .sort(),
    ).toEqual(["SOCIAL_PROFESSIONAL_INTEGRATION", "SUPPORT_NEED_TYPES", "TURNOVER", "WSN_SHARE"]);
  });
});

import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readGridTexts } from "./bwise-grid/texts";
import { BWISE_GRID } from "./bwise-grid-definition";

const criteria = BWISE_GRID.categories.flatMap((category) => category.criteria);
const categoryCodes = BWISE_GRID.categories.map((category) => category.code).sort();
const criterionCodes = criteria.map((criterion) => criterion.code).sort();

/** Every wording file there is, whether or not its language is switched on yet. */
const textFiles = readdirSync(new URL("./bwise-grid/texts/", import.meta.url))
  .filter((name) => name.endsWith(".json"))
  .map((name) => name.replace(/\.json$/, ""));

function textsOf(locale: string) {
  const texts = readGridTexts(locale);
  if (!texts) throw new Error(`no texts/${locale}.json`);
  return texts;
}

function allTexts(locale: string): string[] {
  const texts = textsOf(locale);
  return [
    ...Object.values(texts.categories),
    ...Object.values(texts.criteria).flatMap((criterion) => [criterion.name, ...criterion.levels]),
  ];
}

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

  it("takes its wording from the files, English and Romanian at least", () => {
    expect(Object.keys(BWISE_GRID.texts)).toEqual(expect.arrayContaining(["en", "ro"]));
    expect(BWISE_GRID.texts.en.criteria.TURNOVER.name).toBe("Turnover");
    expect(BWISE_GRID.texts.ro?.categories.JOB_INTEGRATION).toBe(
      "Integrarea în muncă a persoanelor cu nevoi de sprijin",
    );
  });

  it("uses codes that are unique across the whole grid and safe as identifiers", () => {
    const codes = [...categoryCodes, ...criterionCodes];
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[A-Z][A-Z0-9_]{1,39}$/);
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

describe.each(textFiles)("the grid's wording in texts/%s.json", (locale) => {
  it("names every category and criterion of the grid, and nothing else", () => {
    const texts = textsOf(locale);
    expect(Object.keys(texts.categories).sort()).toEqual(categoryCodes);
    expect(Object.keys(texts.criteria).sort()).toEqual(criterionCodes);
  });

  it("describes exactly five different levels of every criterion", () => {
    for (const [code, criterion] of Object.entries(textsOf(locale).criteria)) {
      expect(criterion.levels, code).toHaveLength(5);
      expect(new Set(criterion.levels).size, `${code} repeats a level`).toBe(5);
    }
  });

  it("has no empty or untrimmed text", () => {
    for (const text of allTexts(locale)) {
      expect(typeof text).toBe("string");
      expect(text.trim(), text).toBe(text);
      expect(text.length, text).toBeGreaterThan(1);
    }
  });

  it.runIf(locale !== "en")("translates every level rather than copying the English", () => {
    const english = textsOf("en").criteria;
    for (const [code, criterion] of Object.entries(textsOf(locale).criteria)) {
      for (const [index, level] of criterion.levels.entries()) {
        expect(level, code).not.toBe(english[code]?.levels[index]);
      }
    }
  });
});

describe("Romanian wording", () => {
  it("writes comma-below ș and ț, never the cedilla look-alikes", () => {
    const romanian = allTexts("ro");
    for (const text of romanian) expect(text, text).not.toMatch(/[şţŞŢ]/);
    expect(romanian.join(" ")).toMatch(/[șțăâî]/);
  });
});

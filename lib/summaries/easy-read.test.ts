import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { loadMessages } from "@/lib/i18n/messages";
import { easyCategoryName } from "./easy-read";
import { MIN_RATERS_FOR_RESULT } from "./rules";

const CATALOGUES = { en: await loadMessages("en"), ro: await loadMessages("ro") };
const translator = (locale: "en" | "ro") =>
  createTranslator({ locale, messages: CATALOGUES[locale], namespace: "Summaries.easy" });

const GRID = [
  {
    code: "ENTREPRENEURIAL",
    texts: [
      { locale: "en", name: "Entrepreneurial characteristics" },
      { locale: "ro", name: "Caracteristici antreprenoriale" },
    ],
  },
  {
    code: "PUBLIC_POLICIES",
    texts: [
      { locale: "en", name: "Supporting public policies" },
      { locale: "ro", name: "Politici publice de sprijin" },
    ],
  },
  {
    code: "JOB_INTEGRATION",
    texts: [
      { locale: "en", name: "Job integration" },
      { locale: "ro", name: "Integrarea în muncă" },
    ],
  },
];

describe("easy-read category names", () => {
  it("names the grid's three categories in plain words, in English and Romanian", () => {
    const en = translator("en");
    const ro = translator("ro");
    expect(GRID.map((c) => easyCategoryName(c, "en", (code) => en(`categories.${code}`)))).toEqual([
      "How the business is doing",
      "Help from the state",
      "Jobs for people who need support",
    ]);
    expect(GRID.map((c) => easyCategoryName(c, "ro", (code) => ro(`categories.${code}`)))).toEqual([
      "Cum merge afacerea",
      "Ajutorul de la stat",
      "Locuri de muncă pentru oameni care au nevoie de sprijin",
    ]);
  });

  it("keeps the grid's own name for a category of another grid", () => {
    const other = {
      code: "DIGITAL",
      texts: [
        { locale: "en", name: "Digital skills" },
        { locale: "ro", name: "Competențe digitale" },
      ],
    };
    expect(easyCategoryName(other, "ro", () => "never")).toBe("Competențe digitale");
  });

  it("says in plain words why a mark is hidden when few people rated", () => {
    expect(translator("en")("hiddenWhy", { minimum: MIN_RATERS_FOR_RESULT })).toBe(
      "When fewer than 3 people gave marks, we do not show the mark. Then nobody can work out the mark one person gave.",
    );
    expect(
      translator("ro")("tooFewRaters", { category: "Cum merge afacerea", minimum: 3 }),
    ).toMatch(/^Nu arătăm nota pentru: Cum merge afacerea\. Mai puțin de 3 persoane/);
  });
});

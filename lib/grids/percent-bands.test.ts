import { describe, expect, it } from "vitest";
import { BWISE_GRID } from "./bwise-grid-definition";
import { type LowerEdge, levelOfPercent, PERCENT_BANDS } from "./percent-bands";

const criteria = BWISE_GRID.categories.flatMap((category) => category.criteria);
/** A criterion's level descriptors in English and Romanian, from the grid's wording files. */
const criterion = (code: string) => {
  const [en, ro] = [BWISE_GRID.texts.en, BWISE_GRID.texts.ro];
  if (!en.criteria[code] || !ro?.criteria[code]) throw new Error(`no criterion ${code}`);
  return { levelsEn: en.criteria[code].levels, levelsRo: ro.criteria[code].levels };
};

describe("levelOfPercent: every share has exactly one level", () => {
  it("maps the boundaries of the share of workers with support needs", () => {
    expect(levelOfPercent("WSN_SHARE", 0)).toBe(1);
    expect(levelOfPercent("WSN_SHARE", 9.99)).toBe(1);
    expect(levelOfPercent("WSN_SHARE", 10)).toBe(2);
    expect(levelOfPercent("WSN_SHARE", 24.5)).toBe(2);
    expect(levelOfPercent("WSN_SHARE", 25)).toBe(3);
    expect(levelOfPercent("WSN_SHARE", 29.5)).toBe(3);
    expect(levelOfPercent("WSN_SHARE", 30)).toBe(4);
    expect(levelOfPercent("WSN_SHARE", 49.99)).toBe(4);
    expect(levelOfPercent("WSN_SHARE", 50)).toBe(5);
    expect(levelOfPercent("WSN_SHARE", 100)).toBe(5);
  });

  it("keeps exactly 0% of public contracts apart from a small share", () => {
    expect(levelOfPercent("PUBLIC_CONTRACTS_TURNOVER", 0)).toBe(1);
    expect(levelOfPercent("PUBLIC_CONTRACTS_TURNOVER", 0.5)).toBe(2);
    expect(levelOfPercent("PUBLIC_CONTRACTS_TURNOVER", 24.5)).toBe(3);
    expect(levelOfPercent("PUBLIC_CONTRACTS_TURNOVER", 25)).toBe(4);
    expect(levelOfPercent("PUBLIC_CONTRACTS_TURNOVER", 49.99)).toBe(4);
    expect(levelOfPercent("PUBLIC_CONTRACTS_TURNOVER", 50)).toBe(5);
  });

  it("gives no level to what is not a share, or to a criterion without bands", () => {
    expect(levelOfPercent("WSN_SHARE", -1)).toBeNull();
    expect(levelOfPercent("WSN_SHARE", 100.01)).toBeNull();
    expect(levelOfPercent("WSN_SHARE", Number.NaN)).toBeNull();
    expect(levelOfPercent("PROFIT", 40)).toBeNull();
  });

  it("has a level for every hundredth of a percent, never decreasing", () => {
    for (const code of Object.keys(PERCENT_BANDS)) {
      const levels = Array.from({ length: 100_01 }, (_, hundredths) =>
        levelOfPercent(code, hundredths / 100),
      );
      expect(levels.indexOf(null), code).toBe(-1);
      const drops = levels.filter((level, i) => i > 0 && (level ?? 0) < (levels[i - 1] ?? 0));
      expect(drops, code).toEqual([]);
    }
  });
});

/** What a band's descriptor must say, in each language: half-open, "from a% to under b%". */
function bandWording(edges: readonly LowerEdge[], index: number) {
  const edge = edges[index];
  const next = edges[index + 1];
  if (next && next.from === edge.from) return null; // exactly 0%: "none", worded in words
  if (!next) return { en: [`${edge.from}%`, "or more"], ro: [`${edge.from}%`, "sau mai mult"] };
  if (edge.from === 0 || edge.startsAbove)
    return { en: [`under ${next.from}%`], ro: [`sub ${next.from}%`] };
  return {
    en: [`from ${edge.from}% to under ${next.from}%`],
    ro: [`de la ${edge.from}% până la sub ${next.from}%`],
  };
}

describe("the seeded grid's wording of percentage bands", () => {
  it("words every band as the code maps it, in English and Romanian", () => {
    for (const [code, edges] of Object.entries(PERCENT_BANDS)) {
      const { levelsEn, levelsRo } = criterion(code);
      edges.forEach((edge, index) => {
        const wording = bandWording(edges, index);
        if (!wording) return;
        for (const part of wording.en)
          expect(levelsEn[edge.level - 1].toLowerCase(), `${code} level ${edge.level}`).toContain(
            part,
          );
        for (const part of wording.ro)
          expect(levelsRo[edge.level - 1].toLowerCase(), `${code} level ${edge.level}`).toContain(
            part,
          );
      });
    }
  });

  it("uses no closed ranges such as 10–24% anywhere, which leave gaps or overlaps", () => {
    const levels = criteria.flatMap((c) => [
      ...criterion(c.code).levelsEn,
      ...criterion(c.code).levelsRo,
    ]);
    for (const text of levels) expect(text, text).not.toMatch(/\d+\s*[–-]\s*\d+\s*%/);
  });

  it("names both conditions of Romania's Law 219/2015 where a level cites it", () => {
    const citing = criteria.flatMap((c) =>
      [...criterion(c.code).levelsEn, ...criterion(c.code).levelsRo].filter((text) =>
        text.includes("219/2015"),
      ),
    );
    expect(citing).toHaveLength(2);
    const [en, ro] = [
      citing.find((t) => t.includes("Law")),
      citing.find((t) => t.includes("Legea")),
    ];
    expect(en).toMatch(/employees/);
    expect(en).toMatch(/working time/);
    expect(ro).toMatch(/angajați/);
    expect(ro).toMatch(/timpul (lor )?de lucru/);
    expect(ro).toMatch(/timpul total de lucru/);
  });
});

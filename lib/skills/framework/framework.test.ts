import { describe, expect, it } from "vitest";
import { DIGCOMP_CODES, easyReadCodes, frameworkCodes, SKILL_FRAMEWORK } from "./definition";
import { loadSkillTexts, missingWording } from "./texts";

describe("the skills framework", () => {
  it("asks every group DigComp 2.2's 21 competences in its five areas", () => {
    expect(DIGCOMP_CODES).toHaveLength(21);
    expect(new Set(DIGCOMP_CODES.map((c) => c.area)).size).toBe(5);
    expect(DIGCOMP_CODES.at(-1)).toMatchObject({ code: "DIGCOMP_5_4", ref: "5.4" });
    for (const group of ["ENABLER", "SUPPORTER", "WORKER"]) {
      const digital = SKILL_FRAMEWORK.skills.filter((s) => s.group === group && s.digCompRef);
      expect(digital.map((s) => s.code)).toEqual(DIGCOMP_CODES.map((c) => c.code));
    }
  });

  it("gives each group its own areas and a unique code and position per skill", () => {
    const areasOf = (group: string) =>
      new Set(
        SKILL_FRAMEWORK.skills.filter((s) => s.group === group && !s.digCompRef).map((s) => s.area),
      );
    expect([...areasOf("ENABLER")]).toEqual(["MANAGEMENT", "NETWORKING"]);
    expect([...areasOf("SUPPORTER")]).toEqual(["SUPPORT", "PEDAGOGY"]);
    expect([...areasOf("WORKER")]).toEqual(["WORK", "TRANSVERSAL"]);
    const keys = SKILL_FRAMEWORK.skills.map((s) => `${s.group}/${s.code}`);
    expect(new Set(keys).size).toBe(keys.length);
    const positions = SKILL_FRAMEWORK.skills.map((s) => `${s.group}/${s.position}`);
    expect(new Set(positions).size).toBe(positions.length);
  });

  it("has English and Romanian wording", () => {
    expect(Object.keys(loadSkillTexts())).toEqual(expect.arrayContaining(["en", "ro"]));
  });

  for (const [locale, texts] of Object.entries(loadSkillTexts())) {
    it(`${locale}.json words every skill, and every worker's skill in easy-read too`, () => {
      expect(missingWording(texts, frameworkCodes(), easyReadCodes())).toEqual([]);
      // No stray code that the framework does not have (a misspelt key would never be shown).
      expect(Object.keys(texts).filter((code) => !frameworkCodes().includes(code))).toEqual([]);
    });
  }
});

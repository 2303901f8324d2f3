import { describe, expect, it } from "vitest";
import { loadMessages } from "@/lib/i18n/messages";
import { COUNTRY_MODULES, RULE_IDS, RULES } from "./country-rules/index";
import { profile } from "./country-rules/testing";
import {
  checksWaitingFor,
  checkThresholds,
  isThresholdRuleId,
  statusesWithoutRule,
} from "./threshold-rules";

const english = await loadMessages("en");

describe("the national rules as a whole", () => {
  it("every rule cites an act, carries a confidence and an unverified flag, and has a name in English", () => {
    const names = english.CountryRules.rules as Record<string, { name: string; short: string }>;
    for (const id of RULE_IDS) {
      const rule = RULES[id];
      expect(rule.act.name.length, id).toBeGreaterThan(3);
      expect(["high", "medium", "low"], id).toContain(rule.confidence);
      expect(typeof rule.unverified, id).toBe("boolean");
      expect(names[id]?.name, id).toBeTruthy();
      expect(rule.countries.length, id).toBeGreaterThan(0);
    }
  });

  it("a country with no quantitative rule says so, with a text for each", () => {
    const texts = english.CountryRules.noRule as Record<string, string>;
    expect(statusesWithoutRule(profile("AT"))).toEqual(["AT_NO_LEGAL_FORM"]);
    expect(statusesWithoutRule(profile("NL"))).toEqual(["NL_NO_LEGAL_FORM"]);
    for (const module of COUNTRY_MODULES) {
      for (const entry of "noQuantitativeRule" in module ? module.noQuantitativeRule : []) {
        expect(texts[entry.key], entry.key).toBeTruthy();
      }
    }
    // Austria's WISEs still get the EU rule.
    expect(checkThresholds(profile("AT")).map((check) => check.rule)).toEqual([
      "EU_RESERVED_CONTRACTS",
    ]);
  });

  it("tells which checks wait for which fact, leaving out a check that already fails", () => {
    const checks = checkThresholds(
      profile("RO", { totalEmployees: 10, supportNeedWorkers: 3, disabledWorkers: 1 }),
    );
    expect(checksWaitingFor(checks)).toEqual({ supportNeedWorkingTimePct: ["RO_INSERTION"] });
  });

  it("recognises rule ids", () => {
    expect(isThresholdRuleId("ES_INSERTION")).toBe(true);
    expect(isThresholdRuleId("toString")).toBe(false);
  });
});

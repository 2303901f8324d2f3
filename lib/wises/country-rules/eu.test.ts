import { describe, expect, it } from "vitest";
import { EU_MEMBER_CODES } from "@/lib/countries/catalogue";
import { checkThresholds } from "../threshold-rules";
import { outcomeOf, profile } from "./testing";

describe("EU, Directive 2014/24/EU art. 20: reserved contracts", () => {
  it("Directive 2014/24/EU art. 20: 29.9% of employees fails, 30% passes (299 and 300 of 1000)", () => {
    expect(
      outcomeOf(
        "EU_RESERVED_CONTRACTS",
        profile("FR", { totalEmployees: 1000, supportNeedWorkers: 299 }),
      ),
    ).toBe("fail");
    expect(
      outcomeOf(
        "EU_RESERVED_CONTRACTS",
        profile("FR", { totalEmployees: 1000, supportNeedWorkers: 300 }),
      ),
    ).toBe("pass");
  });

  it("Directive 2014/24/EU art. 20: a WISE with no employees cannot tell, and says why", () => {
    const check = checkThresholds(profile("DE", { totalEmployees: 0, supportNeedWorkers: 0 }))[0];
    expect(check).toMatchObject({
      rule: "EU_RESERVED_CONTRACTS",
      outcome: "unknown",
      missing: ["noEmployees"],
    });
  });

  it("applies in every EU member state, and not in Norway or the United Kingdom", () => {
    for (const code of EU_MEMBER_CODES) {
      expect(checkThresholds(profile(code)).map((check) => check.rule)).toContain(
        "EU_RESERVED_CONTRACTS",
      );
    }
    expect(checkThresholds(profile("NO"))).toEqual([]);
    expect(checkThresholds(profile("GB")).map((check) => check.rule)).toEqual(["UK_SOCIAL_FIRM"]);
  });
});

describe("Social Firms UK criteria (kept for the United Kingdom)", () => {
  const firm = (sales: number, contracts: number) =>
    profile("GB", {
      totalEmployees: 4,
      supportNeedWorkers: 1,
      salesRevenuePct: sales,
      publicContractsRevenuePct: contracts,
    });

  it("Social Firms UK: 25% of staff and income from trade of exactly 50% (25.01 + 24.99) passes", () => {
    expect(outcomeOf("UK_SOCIAL_FIRM", firm(25.01, 24.99))).toBe("pass");
    expect(outcomeOf("UK_SOCIAL_FIRM", firm(25, 24.99))).toBe("fail");
  });

  it("does not apply to a Romanian WISE", () => {
    expect(checkThresholds(profile("RO")).map((check) => check.rule)).not.toContain(
      "UK_SOCIAL_FIRM",
    );
  });
});

import { describe, expect, it } from "vitest";
import {
  checksWaitingFor,
  checkThreshold,
  checkThresholds,
  isThresholdRuleId,
  THRESHOLD_RULE_IDS,
  type ThresholdInput,
} from "./threshold-rules";

const KNOWN: ThresholdInput = {
  totalEmployees: 100,
  supportNeedWorkers: 30,
  supportNeedWorkingTimePct: 30,
  salesRevenuePct: 50,
  publicContractsRevenuePct: 0,
};
const UNKNOWN: ThresholdInput = {
  totalEmployees: null,
  supportNeedWorkers: null,
  supportNeedWorkingTimePct: null,
  salesRevenuePct: null,
  publicContractsRevenuePct: null,
};
const wise = (overrides: Partial<ThresholdInput>) => ({ ...KNOWN, ...overrides });

describe("Romania, Law 219/2015 social insertion enterprise", () => {
  it("passes at exactly 30% of employees and 30% of working time", () => {
    const check = checkThreshold("RO_INSERTION", KNOWN);
    expect(check.outcome).toBe("pass");
    expect(check.figures).toEqual([
      { measure: "supportNeedShare", minimum: 30, percent: 30, met: true },
      { measure: "workingTimeShare", minimum: 30, percent: 30, met: true },
    ]);
    expect(check.missing).toEqual([]);
  });

  it("fails when the headcount share is just below 30%, even with enough working time", () => {
    const check = checkThreshold(
      "RO_INSERTION",
      wise({ supportNeedWorkers: 29, supportNeedWorkingTimePct: 80 }),
    );
    expect(check.outcome).toBe("fail");
    expect(check.figures[0]).toMatchObject({ percent: 29, met: false });
    expect(check.figures[1]).toMatchObject({ met: true });
  });

  it("fails when the working time share is below 30% although the headcount share is met", () => {
    const check = checkThreshold("RO_INSERTION", wise({ supportNeedWorkingTimePct: 29.99 }));
    expect(check.outcome).toBe("fail");
    expect(check.figures[1]).toMatchObject({ percent: 29.99, met: false });
  });

  it("cannot decide when the working time is unknown, and says so", () => {
    const check = checkThreshold("RO_INSERTION", wise({ supportNeedWorkingTimePct: null }));
    expect(check.outcome).toBe("unknown");
    expect(check.missing).toEqual(["supportNeedWorkingTimePct"]);
    expect(check.figures[1]).toMatchObject({ percent: null, met: null });
  });

  it("fails on a known shortfall even while another figure is missing", () => {
    const check = checkThreshold(
      "RO_INSERTION",
      wise({ supportNeedWorkers: 5, supportNeedWorkingTimePct: null }),
    );
    expect(check.outcome).toBe("fail");
    expect(check.missing).toEqual(["supportNeedWorkingTimePct"]);
  });

  it("lists every missing figure when nothing is known", () => {
    const check = checkThreshold("RO_INSERTION", UNKNOWN);
    expect(check.outcome).toBe("unknown");
    expect(check.missing).toEqual([
      "totalEmployees",
      "supportNeedWorkers",
      "supportNeedWorkingTimePct",
    ]);
  });
});

describe("EU Directive 2014/24/EU art. 20 reserved contracts", () => {
  it.each([
    [{ totalEmployees: 10, supportNeedWorkers: 3 }, "pass"],
    [{ totalEmployees: 10, supportNeedWorkers: 2 }, "fail"],
    [{ totalEmployees: 3, supportNeedWorkers: 1 }, "pass"],
    [{ totalEmployees: 7, supportNeedWorkers: 2 }, "fail"],
    [{ totalEmployees: 7, supportNeedWorkers: 7 }, "pass"],
    [{ totalEmployees: 7, supportNeedWorkers: 0 }, "fail"],
  ] as const)("%o → %s", (figures, outcome) => {
    expect(checkThreshold("EU_RESERVED_CONTRACTS", wise(figures)).outcome).toBe(outcome);
  });

  it("does not need working time or revenue figures", () => {
    const check = checkThreshold(
      "EU_RESERVED_CONTRACTS",
      wise({ supportNeedWorkingTimePct: null, salesRevenuePct: null }),
    );
    expect(check).toMatchObject({ outcome: "pass", missing: [] });
  });

  it("shows the share cut to one decimal (1 of 3 is 33.3%, 2 of 3 is 66.6%)", () => {
    expect(
      checkThreshold("EU_RESERVED_CONTRACTS", wise({ totalEmployees: 3, supportNeedWorkers: 1 }))
        .figures[0]?.percent,
    ).toBe(33.3);
    expect(
      checkThreshold("EU_RESERVED_CONTRACTS", wise({ totalEmployees: 3, supportNeedWorkers: 2 }))
        .figures[0]?.percent,
    ).toBe(66.6);
  });

  it("never shows a failing share as reaching the minimum (2999 of 10000 is 29.9%)", () => {
    const check = checkThreshold(
      "EU_RESERVED_CONTRACTS",
      wise({ totalEmployees: 10000, supportNeedWorkers: 2999 }),
    );
    expect(check.figures[0]).toMatchObject({ percent: 29.9, met: false });
  });

  it("cannot decide without total employees", () => {
    const check = checkThreshold("EU_RESERVED_CONTRACTS", wise({ totalEmployees: null }));
    expect(check).toMatchObject({ outcome: "unknown", missing: ["totalEmployees"] });
  });

  it("cannot decide without the number of workers with support needs", () => {
    const check = checkThreshold("EU_RESERVED_CONTRACTS", wise({ supportNeedWorkers: null }));
    expect(check).toMatchObject({ outcome: "unknown", missing: ["supportNeedWorkers"] });
  });

  it("treats a WISE with no employees as undecidable rather than 0% or a division by zero", () => {
    const check = checkThreshold(
      "EU_RESERVED_CONTRACTS",
      wise({ totalEmployees: 0, supportNeedWorkers: 0 }),
    );
    expect(check).toMatchObject({ outcome: "unknown", missing: ["noEmployees"] });
    expect(check.figures[0]?.percent).toBeNull();
  });
});

describe("Italy, B-type social cooperatives", () => {
  it("uses the same 30% headcount share", () => {
    expect(
      checkThreshold("IT_SOCIAL_COOP_B", wise({ totalEmployees: 20, supportNeedWorkers: 6 }))
        .outcome,
    ).toBe("pass");
    expect(
      checkThreshold("IT_SOCIAL_COOP_B", wise({ totalEmployees: 20, supportNeedWorkers: 5 }))
        .outcome,
    ).toBe("fail");
    expect(
      checkThreshold("IT_SOCIAL_COOP_B", wise({ totalEmployees: null, supportNeedWorkers: null }))
        .missing,
    ).toEqual(["totalEmployees", "supportNeedWorkers"]);
  });
});

describe("Social Firms UK", () => {
  it("passes at 25% staff and 50% of income from trade", () => {
    const check = checkThreshold(
      "UK_SOCIAL_FIRM",
      wise({ totalEmployees: 8, supportNeedWorkers: 2, salesRevenuePct: 50 }),
    );
    expect(check.outcome).toBe("pass");
    expect(check.figures).toEqual([
      { measure: "supportNeedShare", minimum: 25, percent: 25, met: true },
      { measure: "tradeShare", minimum: 50, percent: 50, met: true },
    ]);
  });

  it("passes with 25% staff where the 30% rules fail", () => {
    const input = wise({ totalEmployees: 4, supportNeedWorkers: 1, salesRevenuePct: 70 });
    expect(checkThreshold("UK_SOCIAL_FIRM", input).outcome).toBe("pass");
    expect(checkThreshold("EU_RESERVED_CONTRACTS", input).outcome).toBe("fail");
  });

  it("fails with less than half of income from trade", () => {
    expect(checkThreshold("UK_SOCIAL_FIRM", wise({ salesRevenuePct: 49.5 })).outcome).toBe("fail");
    expect(
      checkThreshold(
        "UK_SOCIAL_FIRM",
        wise({ salesRevenuePct: 30, publicContractsRevenuePct: 19.99 }),
      ).outcome,
    ).toBe("fail");
  });

  it("counts income from public contracts as trade", () => {
    const check = checkThreshold(
      "UK_SOCIAL_FIRM",
      wise({ salesRevenuePct: 30.01, publicContractsRevenuePct: 19.99 }),
    );
    expect(check.outcome).toBe("pass");
    expect(check.figures[1]).toEqual({
      measure: "tradeShare",
      minimum: 50,
      percent: 50,
      met: true,
    });
  });

  it("cannot decide without the public contracts share, even with enough sales, and names it", () => {
    const check = checkThreshold(
      "UK_SOCIAL_FIRM",
      wise({ salesRevenuePct: 80, publicContractsRevenuePct: null }),
    );
    expect(check).toMatchObject({ outcome: "unknown", missing: ["publicContractsRevenuePct"] });
  });

  it("cannot decide without the sales share, and names it", () => {
    const check = checkThreshold("UK_SOCIAL_FIRM", wise({ salesRevenuePct: null }));
    expect(check).toMatchObject({ outcome: "unknown", missing: ["salesRevenuePct"] });
  });

  it("ignores the working time share", () => {
    expect(
      checkThreshold("UK_SOCIAL_FIRM", wise({ supportNeedWorkingTimePct: null })).outcome,
    ).toBe("pass");
  });
});

describe("checkThresholds", () => {
  it("checks every rule, in a stable order", () => {
    expect(checkThresholds(KNOWN).map((check) => check.rule)).toEqual(THRESHOLD_RULE_IDS);
    expect(THRESHOLD_RULE_IDS).toEqual([
      "RO_INSERTION",
      "EU_RESERVED_CONTRACTS",
      "IT_SOCIAL_COOP_B",
      "UK_SOCIAL_FIRM",
    ]);
  });

  it("never reports a missing figure twice", () => {
    for (const check of checkThresholds(UNKNOWN)) {
      expect(new Set(check.missing).size).toBe(check.missing.length);
    }
  });

  it("is unknown for every rule on an empty profile", () => {
    expect(checkThresholds(UNKNOWN).map((check) => check.outcome)).toEqual([
      "unknown",
      "unknown",
      "unknown",
      "unknown",
    ]);
  });
});

describe("checksWaitingFor", () => {
  it("lists, per missing figure, the undecided checks that need it", () => {
    const checks = checkThresholds(
      wise({ supportNeedWorkingTimePct: null, salesRevenuePct: null }),
    );
    expect(checksWaitingFor(checks)).toEqual({
      supportNeedWorkingTimePct: ["RO_INSERTION"],
      salesRevenuePct: ["UK_SOCIAL_FIRM"],
    });
  });

  it("asks every check for the headcounts of an empty profile", () => {
    expect(checksWaitingFor(checkThresholds(UNKNOWN))).toEqual({
      totalEmployees: THRESHOLD_RULE_IDS,
      supportNeedWorkers: THRESHOLD_RULE_IDS,
      supportNeedWorkingTimePct: ["RO_INSERTION"],
      salesRevenuePct: ["UK_SOCIAL_FIRM"],
      publicContractsRevenuePct: ["UK_SOCIAL_FIRM"],
    });
  });

  it("asks nothing for a check that already fails", () => {
    const checks = checkThresholds(
      wise({ supportNeedWorkers: 10, supportNeedWorkingTimePct: null, salesRevenuePct: null }),
    );
    expect(checksWaitingFor(checks)).toEqual({});
  });

  it("says when a share cannot be worked out because there are no employees", () => {
    expect(checksWaitingFor(checkThresholds(wise({ totalEmployees: 0 }))).noEmployees).toEqual(
      THRESHOLD_RULE_IDS,
    );
  });
});

describe("isThresholdRuleId", () => {
  it("accepts the rule ids and nothing else", () => {
    expect(isThresholdRuleId("UK_SOCIAL_FIRM")).toBe(true);
    expect(isThresholdRuleId("toString")).toBe(false);
    expect(isThresholdRuleId("")).toBe(false);
    expect(isThresholdRuleId(undefined)).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { checkThreshold } from "../threshold-rules";
import { outcomeOf, profile } from "./testing";

describe("Romania, Law 219/2015 art. 10: social insertion enterprise", () => {
  const insertion = (workers: number, total: number, workingTime: number | null) =>
    profile("RO", {
      supportNeedWorkers: workers,
      totalEmployees: total,
      supportNeedWorkingTimePct: workingTime,
    });

  it("Legea 219/2015 art. 10: both 30% conditions, exactly at 30, pass", () => {
    expect(outcomeOf("RO_INSERTION", insertion(30, 100, 30))).toBe("pass");
  });

  it("Legea 219/2015 art. 10: 29.99% of working time fails although staff is at 30%", () => {
    expect(outcomeOf("RO_INSERTION", insertion(30, 100, 29.99))).toBe("fail");
    expect(outcomeOf("RO_INSERTION", insertion(299, 1000, 80))).toBe("fail");
  });

  it("Legea 219/2015 art. 10: without the working time it cannot tell, and names it", () => {
    const check = checkThreshold("RO_INSERTION", insertion(30, 100, null));
    expect(check).toMatchObject({ outcome: "unknown", missing: ["supportNeedWorkingTimePct"] });
  });
});

describe("Romania, Law 448/2006: authorised protected unit (UPA)", () => {
  const unit = (disabled: number, total: number, workingTime: number) =>
    profile("RO", {
      disabledWorkers: disabled,
      totalEmployees: total,
      disabledWorkingTimePct: workingTime,
    });

  it("Legea 448/2006 UPA: 3 disabled, 30% of staff and 50% of working time pass", () => {
    expect(outcomeOf("RO_PROTECTED_UNIT", unit(3, 10, 50))).toBe("pass");
  });

  it("Legea 448/2006 UPA: 2 disabled of 6 (33%) fail for want of the third", () => {
    expect(outcomeOf("RO_PROTECTED_UNIT", unit(2, 6, 60))).toBe("fail");
  });

  it("Legea 448/2006 UPA: 49.99% of working time fails", () => {
    expect(outcomeOf("RO_PROTECTED_UNIT", unit(3, 10, 49.99))).toBe("fail");
  });
});

describe("Croatia, Act NN 157/13 and rulebook NN 75/2018: workshops", () => {
  const workshop = (disabled: number, total: number) =>
    profile("HR", { disabledWorkers: disabled, totalEmployees: total });

  it("NN 157/13 integrative workshop: 40% passes, 39.9% fails", () => {
    expect(outcomeOf("HR_INTEGRATIVE_WORKSHOP", workshop(4, 10))).toBe("pass");
    expect(outcomeOf("HR_INTEGRATIVE_WORKSHOP", workshop(399, 1000))).toBe("fail");
  });

  it("NN 157/13 sheltered workshop: 51% passes, 50% fails, and it needs 5 staff", () => {
    expect(outcomeOf("HR_SHELTERED_WORKSHOP", workshop(51, 100))).toBe("pass");
    expect(outcomeOf("HR_SHELTERED_WORKSHOP", workshop(50, 100))).toBe("fail");
    expect(outcomeOf("HR_SHELTERED_WORKSHOP", workshop(4, 4))).toBe("fail");
  });
});

describe("Bulgaria, Act on Enterprises of the Social and Solidarity Economy art. 7: class A", () => {
  it("ЗПССИ чл. 7: 30% and at least 3 persons; shown as unverified", () => {
    const a = (workers: number, total: number) =>
      profile("BG", { supportNeedWorkers: workers, totalEmployees: total });
    expect(checkThreshold("BG_SOCIAL_ENTERPRISE_A", a(3, 10))).toMatchObject({
      outcome: "pass",
      unverified: true,
    });
    expect(outcomeOf("BG_SOCIAL_ENTERPRISE_A", a(2, 6))).toBe("fail");
    expect(outcomeOf("BG_SOCIAL_ENTERPRISE_A", a(29, 100))).toBe("fail");
  });
});

describe("Greece, Law 4430/2016 art. 14 and Slovenia, ZZRZI", () => {
  it("Νόμος 4430/2016 άρθρο 14: the 30% and 50% shares are shown as unverified", () => {
    const koinsep = profile("GR", { supportNeedWorkers: 4, totalEmployees: 10 });
    expect(checkThreshold("GR_KOINSEP_VULNERABLE", koinsep)).toMatchObject({
      outcome: "pass",
      unverified: true,
    });
    expect(checkThreshold("GR_KOINSEP_SPECIAL", koinsep)).toMatchObject({
      outcome: "fail",
      unverified: true,
    });
  });

  it("ZZRZI disability company: 40% disabled passes, 39.9% fails", () => {
    expect(
      outcomeOf("SI_DISABILITY_COMPANY", profile("SI", { disabledWorkers: 4, totalEmployees: 10 })),
    ).toBe("pass");
    expect(
      outcomeOf(
        "SI_DISABILITY_COMPANY",
        profile("SI", { disabledWorkers: 399, totalEmployees: 1000 }),
      ),
    ).toBe("fail");
  });
});

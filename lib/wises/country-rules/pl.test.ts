import { describe, expect, it } from "vitest";
import { outcomeOf, profile } from "./testing";

describe("Poland, Act of 5 August 2022 on the social economy art. 5: social enterprise", () => {
  const enterprise = (contractHalfTime: number, atRiskHalfTime: number, total = 10) =>
    profile("PL", {
      totalEmployees: total,
      supportNeedWorkers: 4,
      halfTimeContractEmployees: contractHalfTime,
      halfTimeSupportNeedWorkers: atRiskHalfTime,
    });

  it("Ustawa o ekonomii społecznej art. 5: only workers at half-time or more count (4 at risk, 2 half-time, fails)", () => {
    expect(outcomeOf("PL_SOCIAL_ENTERPRISE", enterprise(6, 2))).toBe("fail");
    expect(outcomeOf("PL_SOCIAL_ENTERPRISE", enterprise(6, 3))).toBe("pass");
  });

  it("Ustawa o ekonomii społecznej art. 5: at least 3 employees on contracts at half-time or more", () => {
    expect(outcomeOf("PL_SOCIAL_ENTERPRISE", enterprise(2, 2, 4))).toBe("fail");
    expect(outcomeOf("PL_SOCIAL_ENTERPRISE", enterprise(3, 2, 4))).toBe("pass");
  });
});

describe("Poland, Act of 27 April 2006 art. 4: social cooperative", () => {
  it("Ustawa o spółdzielniach socjalnych art. 4: half of the founders at risk passes, fewer fails", () => {
    const coop = (atRisk: number, founders: number) =>
      profile("PL", {
        legalFormCode: "PL_SOCIAL_COOPERATIVE",
        foundersAtRisk: atRisk,
        foundersTotal: founders,
      });
    expect(outcomeOf("PL_SOCIAL_COOPERATIVE", coop(3, 6))).toBe("pass");
    expect(outcomeOf("PL_SOCIAL_COOPERATIVE", coop(2, 5))).toBe("fail");
    expect(outcomeOf("PL_SOCIAL_COOPERATIVE", { ...coop(3, 6), legalFormCode: "OTHER" })).toBe(
      "fail",
    );
  });
});

describe("Poland, Act of 27 August 1997 art. 29: vocational activity establishment", () => {
  it("Ustawa o rehabilitacji art. 29: 70% disabled passes, 69.9% fails", () => {
    expect(
      outcomeOf(
        "PL_VOCATIONAL_ACTIVITY_ESTABLISHMENT",
        profile("PL", { totalEmployees: 10, disabledWorkers: 7 }),
      ),
    ).toBe("pass");
    expect(
      outcomeOf(
        "PL_VOCATIONAL_ACTIVITY_ESTABLISHMENT",
        profile("PL", { totalEmployees: 1000, disabledWorkers: 699 }),
      ),
    ).toBe("fail");
  });
});

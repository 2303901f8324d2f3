import { describe, expect, it } from "vitest";
import { checkThreshold, checkThresholds, statusesWithoutRule } from "../threshold-rules";
import { outcomeOf, profile } from "./testing";

describe("France, Labour Code art. L5213-13: adapted enterprise, in FTE", () => {
  const ea = (disabledFte: number, totalFte: number, disabledWorkers = 0, totalEmployees = 10) =>
    profile("FR", { disabledFte, totalFte, disabledWorkers, totalEmployees });

  it("Code du travail art. L5213-13: 55% of FTE passes, 54.99% fails", () => {
    expect(outcomeOf("FR_ADAPTED_ENTERPRISE", ea(55, 100))).toBe("pass");
    expect(outcomeOf("FR_ADAPTED_ENTERPRISE", ea(54.99, 100))).toBe("fail");
  });

  it("Code du travail art. L5213-13: exact in decimals (16.5 of 30 FTE is 55%, no float drift)", () => {
    expect(outcomeOf("FR_ADAPTED_ENTERPRISE", ea(16.5, 30))).toBe("pass");
    expect(outcomeOf("FR_ADAPTED_ENTERPRISE", ea(16.49, 30))).toBe("fail");
  });

  it("Code du travail art. L5213-13: counts FTE, not heads (8 of 10 disabled, but half the FTE, fails)", () => {
    expect(outcomeOf("FR_ADAPTED_ENTERPRISE", ea(4, 8, 8, 10))).toBe("fail");
    expect(outcomeOf("FR_ADAPTED_ENTERPRISE", ea(4.4, 8, 2, 10))).toBe("pass");
  });

  it("says that integration structures (SIAE) have no share in law", () => {
    expect(statusesWithoutRule(profile("FR"))).toEqual(["FR_SIAE"]);
  });
});

describe("Belgium, Flanders' Decree of 12 July 2013: customised-work company", () => {
  const flemish = (supportNeedFte: number, totalFte: number) =>
    profile("BE", { subdivisionCode: "BE-VLG", legalFormCode: "BE_VZW", supportNeedFte, totalFte });

  it("Decreet maatwerk 12 juli 2013: at least 20 FTE of target-group workers (19.99 fails)", () => {
    expect(outcomeOf("BE_VLG_CUSTOMISED_WORK", flemish(20, 30))).toBe("pass");
    expect(outcomeOf("BE_VLG_CUSTOMISED_WORK", flemish(19.99, 30))).toBe("fail");
  });

  it("Decreet maatwerk 12 juli 2013: at least 65% of the workforce (26 of 40 FTE passes, 25.99 fails)", () => {
    expect(outcomeOf("BE_VLG_CUSTOMISED_WORK", flemish(26, 40))).toBe("pass");
    expect(outcomeOf("BE_VLG_CUSTOMISED_WORK", flemish(25.99, 40))).toBe("fail");
  });

  it("applies only in Flanders; without the region it waits for it", () => {
    const rules = (subdivisionCode: string | null) =>
      checkThresholds(profile("BE", { subdivisionCode })).map((check) => check.rule);
    expect(rules("BE-WAL")).toEqual(["EU_RESERVED_CONTRACTS"]);
    expect(statusesWithoutRule(profile("BE", { subdivisionCode: "BE-WAL" }))).toEqual([
      "BE_WAL_INSERTION",
    ]);
    expect(rules(null)).toContain("BE_VLG_CUSTOMISED_WORK");
    const check = checkThreshold("BE_VLG_CUSTOMISED_WORK", {
      ...flemish(20, 30),
      subdivisionCode: null,
    });
    expect(check.missing).toContain("subdivisionCode");
  });
});

import { describe, expect, it } from "vitest";
import { checkThreshold } from "../threshold-rules";
import { outcomeOf, profile } from "./testing";

const sia = (workers: number, total: number) =>
  profile("LV", {
    legalFormCode: "LV_SIA",
    profitDistributedPct: 0,
    supportNeedWorkers: workers,
    totalEmployees: total,
  });

describe("Latvia, Social Enterprise Law and Cabinet Regulation 173: social enterprise", () => {
  it("Sociālā uzņēmuma likums: with more than 10 staff, more than 30% (30 of 100 fails, 31 passes)", () => {
    expect(outcomeOf("LV_SOCIAL_ENTERPRISE", sia(30, 100))).toBe("fail");
    expect(outcomeOf("LV_SOCIAL_ENTERPRISE", sia(31, 100))).toBe("pass");
    expect(outcomeOf("LV_SOCIAL_ENTERPRISE", sia(4, 11))).toBe("pass");
  });

  it("Sociālā uzņēmuma likums: exactly 10 staff is held to the small enterprises' more than 50%", () => {
    expect(outcomeOf("LV_SOCIAL_ENTERPRISE", sia(4, 10))).toBe("fail");
    expect(outcomeOf("LV_SOCIAL_ENTERPRISE", sia(5, 10))).toBe("fail");
    expect(outcomeOf("LV_SOCIAL_ENTERPRISE", sia(6, 10))).toBe("pass");
    expect(outcomeOf("LV_SOCIAL_ENTERPRISE", sia(5, 9))).toBe("pass");
  });

  it("Sociālā uzņēmuma likums art. 2: only a limited liability company, distributing no profit", () => {
    expect(outcomeOf("LV_SOCIAL_ENTERPRISE", { ...sia(6, 10), legalFormCode: "OTHER" })).toBe(
      "fail",
    );
    expect(outcomeOf("LV_SOCIAL_ENTERPRISE", { ...sia(6, 10), profitDistributedPct: 0.01 })).toBe(
      "fail",
    );
    const check = checkThreshold("LV_SOCIAL_ENTERPRISE", { ...sia(6, 10), legalFormCode: null });
    expect(check).toMatchObject({
      outcome: "unknown",
      missing: ["legalFormCode"],
      unverified: true,
    });
  });
});

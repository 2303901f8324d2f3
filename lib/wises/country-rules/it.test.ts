import { describe, expect, it } from "vitest";
import { checkThreshold } from "../threshold-rules";
import { outcomeOf, profile } from "./testing";

const coop = (disadvantaged: number, workers: number) =>
  profile("IT", { supportNeedWorkers: disadvantaged, totalEmployees: workers });

describe("Italy, Law 381/1991 art. 4: type-B social cooperative", () => {
  it("Legge 381/1991 art. 4: the disadvantaged are counted against the other workers (30 of 130 passes, 29 of 129 fails)", () => {
    expect(outcomeOf("IT_SOCIAL_COOP_B", coop(30, 130))).toBe("pass");
    expect(outcomeOf("IT_SOCIAL_COOP_B", coop(29, 129))).toBe("fail");
  });

  it("Legge 381/1991 art. 4: 24 of 100 passes (24/76 = 31.5%) though it is 24% of all workers", () => {
    const check = checkThreshold("IT_SOCIAL_COOP_B", coop(24, 100));
    expect(check.outcome).toBe("pass");
    expect(check.figures[0]).toMatchObject({ value: 31.5, threshold: 30 });
    expect(outcomeOf("IT_SOCIAL_COOP_B", coop(23, 100))).toBe("fail");
  });

  it("Legge 381/1991 art. 4: a cooperative whose workers are all disadvantaged meets it", () => {
    expect(outcomeOf("IT_SOCIAL_COOP_B", coop(5, 5))).toBe("pass");
  });

  it("D.Lgs. 112/2017 art. 2: a social enterprise counts all workers, and its profit rule is unverified", () => {
    const check = checkThreshold(
      "IT_SOCIAL_ENTERPRISE",
      profile("IT", { supportNeedWorkers: 24, totalEmployees: 100, profitDistributedPct: 10 }),
    );
    expect(check).toMatchObject({ outcome: "fail", unverified: true });
    expect(
      outcomeOf(
        "IT_SOCIAL_ENTERPRISE",
        profile("IT", { supportNeedWorkers: 30, totalEmployees: 100, profitDistributedPct: 49.99 }),
      ),
    ).toBe("pass");
    expect(
      outcomeOf(
        "IT_SOCIAL_ENTERPRISE",
        profile("IT", { supportNeedWorkers: 30, totalEmployees: 100, profitDistributedPct: 50 }),
      ),
    ).toBe("fail");
  });
});

import { describe, expect, it } from "vitest";
import { checkThreshold } from "../threshold-rules";
import { outcomeOf, profile } from "./testing";

const insertion = (yearFounded: number | null, workers: number, total: number) =>
  profile("ES", {
    yearFounded,
    supportNeedWorkers: workers,
    totalEmployees: total,
    profitDistributedPct: 0,
  });

describe("Spain, Law 44/2007 art. 5: insertion company", () => {
  it("Ley 44/2007 art. 5 c): 30% suffices in the third year of activity (founded 2024, checked in 2026)", () => {
    expect(outcomeOf("ES_INSERTION", insertion(2024, 3, 10))).toBe("pass");
    expect(outcomeOf("ES_INSERTION", insertion(2024, 29, 100))).toBe("fail");
  });

  it("Ley 44/2007 art. 5 c): from the fourth year 50% is needed (founded 2023, checked in 2026)", () => {
    expect(outcomeOf("ES_INSERTION", insertion(2023, 3, 10))).toBe("fail");
    expect(outcomeOf("ES_INSERTION", insertion(2023, 49, 100))).toBe("fail");
    expect(outcomeOf("ES_INSERTION", insertion(2023, 5, 10))).toBe("pass");
  });

  it("Ley 44/2007 art. 5 c): never fewer than 2 insertion workers, whatever the share", () => {
    expect(outcomeOf("ES_INSERTION", insertion(2026, 1, 2))).toBe("fail");
    expect(outcomeOf("ES_INSERTION", insertion(2026, 2, 4))).toBe("pass");
  });

  it("Ley 44/2007 art. 5 c): without the founding year a 40% share cannot be told, and asks for the year", () => {
    const check = checkThreshold("ES_INSERTION", insertion(null, 4, 10), 2026);
    expect(check.outcome).toBe("unknown");
    expect(check.missing).toEqual(["yearFounded"]);
    // 20% fails in any year: no founding year can rescue it.
    expect(outcomeOf("ES_INSERTION", insertion(null, 2, 10))).toBe("fail");
  });

  it("Ley 44/2007 art. 5 f): at least 80% of results reinvested, so 20.01% distributed fails", () => {
    const base = insertion(2024, 5, 10);
    expect(outcomeOf("ES_INSERTION", { ...base, profitDistributedPct: 20 })).toBe("pass");
    expect(outcomeOf("ES_INSERTION", { ...base, profitDistributedPct: 20.01 })).toBe("fail");
  });

  it("Real Decreto Legislativo 1/2013 art. 43.2: a special employment centre needs 70% disabled", () => {
    expect(
      outcomeOf(
        "ES_SPECIAL_EMPLOYMENT_CENTRE",
        profile("ES", { totalEmployees: 10, disabledWorkers: 7 }),
      ),
    ).toBe("pass");
    expect(
      outcomeOf(
        "ES_SPECIAL_EMPLOYMENT_CENTRE",
        profile("ES", { totalEmployees: 1000, disabledWorkers: 699 }),
      ),
    ).toBe("fail");
  });
});

import { describe, expect, it } from "vitest";
import { wiseWithNumbers } from "./select";

const decimal = (value: number) => ({ toNumber: () => value });

describe("wiseWithNumbers", () => {
  it("turns the percentages Prisma reads as Decimal into numbers and leaves the rest alone", () => {
    const wise = wiseWithNumbers({
      name: "Atelierul",
      totalEmployees: 12,
      salesRevenuePct: decimal(62.5),
      donationsRevenuePct: null,
    });
    expect(wise).toEqual({
      name: "Atelierul",
      totalEmployees: 12,
      salesRevenuePct: 62.5,
      donationsRevenuePct: null,
    });
    // A read that did not select a percentage does not gain it.
    expect("subsidiesRevenuePct" in wise).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import {
  disclosedCountText,
  isWholeBreakdownWithheld,
  type SupportNeedCell,
  suppressSupportNeeds,
} from "./support-need-suppression";

const FEWER = { kind: "fewerThan", limit: 5 } as const;
const WITHHELD = { kind: "withheld" } as const;
const shown = (value: number) => ({ kind: "count", value }) as const;
const kinds = (cells: SupportNeedCell[], workers: number | null, staff: number | null = null) =>
  suppressSupportNeeds(cells, { supportNeedWorkers: workers, totalEmployees: staff }).map(
    (entry) => entry.count,
  );

describe("suppressSupportNeeds, cases a reader would recognise", () => {
  it("shows everything when no group is small", () => {
    expect(
      kinds(
        [
          { category: "HOMELESS", count: 0 },
          { category: "NEETS", count: 12 },
        ],
        20,
      ),
    ).toEqual([shown(0), shown(12)]);
  });

  it("hides a small group, and the smallest other count when the total would give it away", () => {
    // 16 workers, 7 and 6 shown: "homeless < 5" would be 16 - 7 - 6 = 3, so the 6 is withheld too.
    expect(
      kinds(
        [
          { category: "HOMELESS", count: 3 },
          { category: "NEETS", count: 7 },
          { category: "EX_OFFENDERS", count: 6 },
        ],
        16,
        30,
      ),
    ).toEqual([FEWER, shown(7), WITHHELD]);
  });

  it("keeps the breakdown when the total leaves room: 3 of 40 workers cannot be subtracted", () => {
    expect(kinds([{ category: "HOMELESS", count: 3 }], 40, 50)).toEqual([FEWER]);
  });

  it("two small groups whose sum is 2 are both 1: one more count is withheld", () => {
    expect(
      kinds(
        [
          { category: "HOMELESS", count: 1 },
          { category: "NEETS", count: 1 },
          { category: "EX_OFFENDERS", count: 8 },
        ],
        10,
      ),
    ).toEqual([FEWER, FEWER, WITHHELD]);
  });

  it("withholds the whole breakdown when nothing else can hide a lone small group", () => {
    const disclosed = suppressSupportNeeds([{ category: "HOMELESS", count: 3 }], {
      supportNeedWorkers: 3,
      totalEmployees: 10,
    });
    expect(isWholeBreakdownWithheld(disclosed)).toBe(true);
    expect(disclosed).toHaveLength(12);
  });

  it("with no totals given, only the small group itself is hidden", () => {
    expect(
      kinds(
        [
          { category: "HOMELESS", count: 2 },
          { category: "NEETS", count: 9 },
        ],
        null,
      ),
    ).toEqual([FEWER, shown(9)]);
  });

  it("writes files with <5 and withheld", () => {
    expect([shown(7), FEWER, WITHHELD].map(disclosedCountText)).toEqual(["7", "<5", "withheld"]);
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SUPPORT_NEED_CATEGORIES } from "./schemas";
import {
  type DisclosedSupportNeed,
  type SupportNeedCell,
  type SupportNeedTotals,
  suppressSupportNeeds,
} from "./support-need-suppression";

/**
 * An attacker written apart from the rule: it knows every shown count and total, reads "fewer
 * than 5" as 1-4, a withheld count as 5 or more (any number when the whole breakdown is
 * withheld), and the form's arithmetic (each category and their sum at most the workers with
 * support needs, at most the staff). It tries every combination of hidden values (sums built
 * up cell by cell), alone and with the guess that the categories add up exactly to the workers
 * with support needs, or to the staff. No hidden count may come out as a single value.
 */
type Hypothesis = { exactSum: number | null };

function achievableSums(ranges: readonly [number, number][], cap: number): boolean[] {
  let sums = Array.from({ length: cap + 1 }, (_, s) => s === 0);
  for (const [low, high] of ranges) {
    const prefix = [0];
    for (const reachable of sums) prefix.push((prefix.at(-1) ?? 0) + (reachable ? 1 : 0));
    // new[s] is reachable when some old[s - v] is, for v in [low, high].
    sums = sums.map((_, s) => {
      const from = Math.max(0, s - high);
      const to = s - low;
      return to >= from && (prefix[to + 1] ?? 0) - (prefix[from] ?? 0) > 0;
    });
  }
  return sums;
}

function possibleValues(
  disclosed: readonly DisclosedSupportNeed[],
  totals: SupportNeedTotals,
  hypothesis: Hypothesis,
): number[][] | null {
  const known = [totals.supportNeedWorkers, totals.totalEmployees].filter(
    (value): value is number => value !== null,
  );
  const ceiling = known.length > 0 ? Math.min(...known) : null;
  const wholeWithheld =
    disclosed.length === SUPPORT_NEED_CATEGORIES.length &&
    disclosed.every((entry) => entry.count.kind === "withheld");
  let shownSum = 0;
  const ranges: [number, number][] = [];
  for (const { count } of disclosed) {
    if (count.kind === "count") shownSum += count.value;
    else if (count.kind === "fewerThan") ranges.push([1, count.limit - 1]);
    else ranges.push([wholeWithheld ? 0 : 5, Number.POSITIVE_INFINITY]);
  }
  if (ceiling === null) return null; // no sums to subtract from
  const room = ceiling - shownSum;
  if (room < 0) return null;
  const capped = ranges.map(([low, high]): [number, number] => [low, Math.min(high, room)]);
  return capped.map(([low, high], index) => {
    const others = achievableSums(
      capped.filter((_, other) => other !== index),
      room,
    );
    const values: number[] = [];
    for (let value = low; value <= high; value++) {
      const fits = others.some((reachable, rest) => {
        if (!reachable) return false;
        const sum = shownSum + value + rest;
        if (sum > ceiling) return false;
        return hypothesis.exactSum === null || sum === hypothesis.exactSum;
      });
      if (fits) values.push(value);
    }
    return values;
  });
}

function hypotheses(totals: SupportNeedTotals): Hypothesis[] {
  return [
    { exactSum: null },
    ...[totals.supportNeedWorkers, totals.totalEmployees].flatMap((total) =>
      total === null ? [] : [{ exactSum: total }],
    ),
  ];
}

/** Valid profiles, as the form accepts them: categories add up to at most the totals. */
const profile = fc
  .record({
    categories: fc.subarray([...SUPPORT_NEED_CATEGORIES], { minLength: 1 }),
    counts: fc.array(fc.oneof(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 5, max: 12 })), {
      minLength: 12,
      maxLength: 12,
    }),
    workersSlack: fc.option(fc.integer({ min: 0, max: 6 })),
    staffSlack: fc.option(fc.integer({ min: 0, max: 10 })),
  })
  .map(({ categories, counts, workersSlack, staffSlack }) => {
    const cells: SupportNeedCell[] = categories.map((category, index) => ({
      category,
      count: counts[index] ?? 0,
    }));
    const sum = cells.reduce((total, cell) => total + cell.count, 0);
    const supportNeedWorkers = workersSlack === null ? null : sum + workersSlack;
    const totalEmployees = staffSlack === null ? null : (supportNeedWorkers ?? sum) + staffSlack;
    return { cells, totals: { supportNeedWorkers, totalEmployees } };
  });

describe("suppressSupportNeeds against an attacker who tries every subtraction", () => {
  it("never lets a hidden count be pinned to one value", () => {
    fc.assert(
      fc.property(profile, ({ cells, totals }) => {
        const disclosed = suppressSupportNeeds(cells, totals);
        for (const hypothesis of hypotheses(totals)) {
          const values = possibleValues(disclosed, totals, hypothesis);
          if (values === null || values.some((set) => set.length === 0)) continue; // refuted
          for (const set of values) expect(set.length).toBeGreaterThan(1);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("shows every count it can, and never a small one", () => {
    fc.assert(
      fc.property(profile, ({ cells, totals }) => {
        const disclosed = suppressSupportNeeds(cells, totals);
        const byCategory = new Map(cells.map((cell) => [cell.category, cell.count]));
        for (const { category, count } of disclosed) {
          const exact = byCategory.get(category);
          if (count.kind === "count") expect(count.value).toBe(exact);
          if (exact !== undefined && exact > 0 && exact < 5) expect(count.kind).not.toBe("count");
          if (exact === 0) expect(count.kind).not.toBe("fewerThan");
        }
      }),
      { numRuns: 500 },
    );
  });

  it("the attacker is sharp: it pins a lone small count next to its total", () => {
    // HOMELESS 3 and NEETS 7 of 10 workers, shown with only the primary rule.
    const totals = { supportNeedWorkers: 10, totalEmployees: 20 };
    const naive: DisclosedSupportNeed[] = [
      { category: "HOMELESS", count: { kind: "fewerThan", limit: 5 } },
      { category: "NEETS", count: { kind: "count", value: 7 } },
    ];
    expect(possibleValues(naive, totals, { exactSum: 10 })).toEqual([[3]]);
  });
});

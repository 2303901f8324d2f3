import type { SupportNeedCategory } from "@/lib/generated/prisma/enums";
import { SMALL_GROUP_MINIMUM } from "./rules";
import { SUPPORT_NEED_CATEGORIES } from "./schemas";

/**
 * The one suppression rule for counts of workers per support-need category (special-category
 * data, GDPR art. 9), used wherever such counts leave the server: a WISE's page, the registry
 * export, session bundles, summaries and their PDFs. Pure: no Prisma, no Next.
 *
 * Primary: a count of 1 to 4 is shown only as "fewer than 5".
 * Complementary: a hidden count must not be worked out from what is shown. The reader is assumed
 * to know every shown count, the totals (workers with support needs, total staff) and the
 * arithmetic the registry's own form enforces: categories count distinct workers, so they add up
 * to at most the workers with support needs, who are part of the staff. The reader may also
 * guess that the categories add up exactly to that total. Under each of these assumptions every
 * hidden count must still have at least two possible values; while one does not, the smallest
 * shown count of 5 or more is withheld too. When no count is left to withhold, the whole
 * breakdown is withheld: every category, listed or not, is "not shown" (docs/decisions/0013).
 * Zero is shown as zero: it says nothing about any person, and is never withheld.
 */

export type DisclosedCount =
  | { kind: "count"; value: number }
  | { kind: "fewerThan"; limit: number }
  /** Large enough to show, hidden so that a small group beside it cannot be subtracted out. */
  | { kind: "withheld" };

export type SupportNeedCell = { category: SupportNeedCategory; count: number };
export type DisclosedSupportNeed = { category: SupportNeedCategory; count: DisclosedCount };

/** The figures shown next to the breakdown; null when not given. */
export type SupportNeedTotals = {
  supportNeedWorkers: number | null;
  totalEmployees: number | null;
};

/** An integer interval; `max` may be Infinity. */
type Bounds = { min: number; max: number };

/** What a reader can tell about a hidden count from how it is shown. */
export function boundsOfHidden(count: DisclosedCount, wholeBreakdownWithheld: boolean): Bounds {
  if (count.kind === "fewerThan") return { min: 1, max: count.limit - 1 };
  // Complementary suppression only ever withholds counts of 5 or more; the whole-breakdown
  // fallback withholds every category, zeros included.
  return { min: wholeBreakdownWithheld ? 0 : SMALL_GROUP_MINIMUM, max: Number.POSITIVE_INFINITY };
}

/**
 * Constraints a reader may assume on the sum of the hidden counts, given the shown counts' sum:
 * [low, high]. "At most" from the form's rules, "exactly" as the reader's guess.
 */
function sumAssumptions(shownSum: number, totals: SupportNeedTotals): Bounds[] {
  const { supportNeedWorkers: workers, totalEmployees: staff } = totals;
  const assumptions: Bounds[] = [];
  const ceilings = [workers, staff].filter((value): value is number => value !== null);
  if (ceilings.length > 0) assumptions.push({ min: 0, max: Math.min(...ceilings) - shownSum });
  if (workers !== null) assumptions.push({ min: workers - shownSum, max: workers - shownSum });
  // Without the support-need total, a reader may guess that every member of staff has one.
  else if (staff !== null) assumptions.push({ min: staff - shownSum, max: staff - shownSum });
  return assumptions;
}

/**
 * The values each hidden count can take when the hidden counts lie within their bounds and their
 * sum within `sum`; null when no values fit (the reader learns the assumption is false).
 */
function feasibleRanges(hidden: readonly Bounds[], sum: Bounds): Bounds[] | null {
  const lowest = hidden.reduce((total, bounds) => total + bounds.min, 0);
  const highest = hidden.reduce((total, bounds) => total + bounds.max, 0);
  if (lowest > sum.max || highest < sum.min) return null;
  return hidden.map((bounds, index) => {
    let othersMin = 0;
    let othersMax = 0;
    hidden.forEach((other, otherIndex) => {
      if (otherIndex === index) return;
      othersMin += other.min;
      othersMax += other.max;
    });
    return {
      min: Math.max(bounds.min, sum.min - othersMax),
      max: Math.min(bounds.max, sum.max - othersMin),
    };
  });
}

/** True when some hidden count has a single possible value under some assumption. */
export function revealsHiddenCount(
  disclosed: readonly DisclosedSupportNeed[],
  totals: SupportNeedTotals,
): boolean {
  const wholeWithheld = isWholeBreakdownWithheld(disclosed);
  const hidden = disclosed.flatMap(({ count }) =>
    count.kind === "count" ? [] : [boundsOfHidden(count, wholeWithheld)],
  );
  if (hidden.length === 0) return false;
  const shownSum = disclosed.reduce(
    (total, { count }) => total + (count.kind === "count" ? count.value : 0),
    0,
  );
  return sumAssumptions(shownSum, totals).some((sum) =>
    (feasibleRanges(hidden, sum) ?? []).some((range) => range.min >= range.max),
  );
}

export function isWholeBreakdownWithheld(disclosed: readonly DisclosedSupportNeed[]): boolean {
  return (
    disclosed.length === SUPPORT_NEED_CATEGORIES.length &&
    disclosed.every(({ count }) => count.kind === "withheld")
  );
}

const WHOLE_BREAKDOWN_WITHHELD: DisclosedSupportNeed[] = SUPPORT_NEED_CATEGORIES.map(
  (category) => ({ category, count: { kind: "withheld" } }),
);

/** The exact counts, for readers allowed them ("wise.readWorkerCounts"). */
export function exactSupportNeeds(counts: readonly SupportNeedCell[]): DisclosedSupportNeed[] {
  return counts.map(({ category, count }) => ({
    category,
    count: { kind: "count", value: count },
  }));
}

/** The rule itself: see the module comment. Keeps the order of `counts`. */
export function suppressSupportNeeds(
  counts: readonly SupportNeedCell[],
  totals: SupportNeedTotals,
): DisclosedSupportNeed[] {
  const disclosed: DisclosedSupportNeed[] = counts.map(({ category, count }) => ({
    category,
    count:
      count > 0 && count < SMALL_GROUP_MINIMUM
        ? { kind: "fewerThan", limit: SMALL_GROUP_MINIMUM }
        : { kind: "count", value: count },
  }));
  // Candidates for complementary suppression, smallest first.
  const withholdable = counts
    .map(({ count }, index) => ({ index, count }))
    .filter((entry) => entry.count >= SMALL_GROUP_MINIMUM)
    .sort((a, b) => a.count - b.count || a.index - b.index);
  while (revealsHiddenCount(disclosed, totals)) {
    const next = withholdable.shift();
    if (!next) return WHOLE_BREAKDOWN_WITHHELD.map((entry) => ({ ...entry }));
    const entry = disclosed[next.index];
    if (entry) entry.count = { kind: "withheld" };
  }
  return disclosed;
}

/** The same rule for files: "<5" for a small group, "withheld" for a count hidden beside one. */
export function disclosedCountText(count: DisclosedCount): string {
  if (count.kind === "count") return String(count.value);
  return count.kind === "fewerThan" ? `<${count.limit}` : "withheld";
}

/**
 * A WISE's breakdown for one reader: exact for those allowed ("wise.readWorkerCounts", decided
 * by the caller), through the rule for everyone else.
 */
export function discloseSupportNeeds(
  wise: SupportNeedTotals & { supportNeedCounts: readonly SupportNeedCell[] },
  exact: boolean,
): DisclosedSupportNeed[] {
  return exact
    ? exactSupportNeeds(wise.supportNeedCounts)
    : suppressSupportNeeds(wise.supportNeedCounts, wise);
}

/**
 * Counts of disabled workers and of founders at risk of exclusion (the facts some national rules
 * read) are small groups too, and beside the category breakdown they could be subtracted out of
 * it. Readers without exact counts ("wise.readWorkerCounts") therefore never see them, nor a
 * rule's figure computed from them: only the rule's outcome.
 */
export const SMALL_GROUP_FACTS = [
  "disabledWorkers",
  "disabledFte",
  "disabledWorkingTimePct",
  "foundersAtRisk",
] as const;
const SMALL_GROUP_MEASURES = new Set([
  "disabledShare",
  "disabledFteShare",
  "disabledWorkingTimeShare",
  "disabledCount",
  "foundersAtRiskShare",
]);

export function withholdSmallGroupFigures<
  C extends { figures: { measure: string; value: number | null; withheld?: boolean }[] },
>(checks: C[], exact: boolean): C[] {
  if (exact) return checks;
  return checks.map((check) => ({
    ...check,
    figures: check.figures.map((figure) =>
      SMALL_GROUP_MEASURES.has(figure.measure)
        ? { ...figure, value: null, withheld: true }
        : figure,
    ),
  }));
}

/** The record without the small groups' counts, for a reader without exact counts. */
export function withholdSmallGroupFacts<
  W extends Partial<Record<(typeof SMALL_GROUP_FACTS)[number], unknown>>,
>(wise: W, exact: boolean): W {
  if (exact) return wise;
  const copy = { ...wise };
  for (const fact of SMALL_GROUP_FACTS)
    if (fact in copy) (copy as Record<string, unknown>)[fact] = null;
  return copy;
}

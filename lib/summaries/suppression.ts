import type { SupportNeedCategory } from "@/lib/generated/prisma/enums";
import { SMALL_GROUP_MINIMUM } from "@/lib/wises/rules";

/**
 * What a summary may say about a number of workers. Counts of workers with support needs are
 * special-category data (GDPR art. 9): summaries reach participants and, through a share link,
 * anyone, so a small group next to a WISE's name could point at a person. Below the registry's
 * threshold (5, the same rule the WISE pages follow) the number is replaced by "fewer than 5".
 *
 * Zero stays zero: it says nothing about any person. A count nobody entered is "not given",
 * never zero, so that a gap in the profile is not read as "no such workers".
 */
export const SUPPRESSION_MINIMUM = SMALL_GROUP_MINIMUM;

export type SuppressedCount =
  | { kind: "count"; value: number }
  | { kind: "fewerThan"; limit: number }
  /** Large enough to show, hidden only so that a small group beside it stays hidden. */
  | { kind: "withheld" }
  | { kind: "unknown" };

export function suppressCount(count: number | null | undefined): SuppressedCount {
  if (count === null || count === undefined || !Number.isInteger(count) || count < 0) {
    return { kind: "unknown" };
  }
  if (count > 0 && count < SUPPRESSION_MINIMUM) {
    return { kind: "fewerThan", limit: SUPPRESSION_MINIMUM };
  }
  return { kind: "count", value: count };
}

export type SupportNeedTotal = { category: SupportNeedCategory; workers: number };

/**
 * The session's workers with support needs per category, summed over its WISEs, each total
 * suppressed. Categories nobody reported are left out rather than shown as zero.
 *
 * Secondary suppression: when a single category is "fewer than 5", the summary's other figures
 * (the WISEs' totals of workers with support needs) could give it away by subtraction. So the
 * smallest shown category is withheld with it: two hidden numbers cannot be told apart from
 * their sum. (Categories may overlap, a person counting in two, so subtraction is not always
 * exact; the rule does not rely on that.)
 */
export function suppressSupportNeeds(
  totals: readonly SupportNeedTotal[],
): { category: SupportNeedCategory; count: SuppressedCount }[] {
  const reported = totals
    .filter((total) => total.workers > 0)
    .map((total) => ({ ...total, count: suppressCount(total.workers) }));
  const hidden = reported.filter((entry) => entry.count.kind === "fewerThan");
  const shown = reported.filter((entry) => entry.count.kind === "count");
  if (hidden.length === 1 && shown.length > 0) {
    const smallest = shown.reduce((least, entry) =>
      entry.workers < least.workers ? entry : least,
    );
    smallest.count = { kind: "withheld" };
  }
  return reported.map(({ category, count }) => ({ category, count }));
}

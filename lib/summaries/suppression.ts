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

// Counts per support-need category go through the one rule in lib/wises/support-need-suppression.ts.

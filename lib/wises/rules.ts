/**
 * Display rules for the registry that involve special-category data (GDPR art. 9): counts of
 * workers per support-need category are shown only in aggregate, and a small group is not shown
 * as a number, because with a WISE's name and a handful of workers it could point at a person.
 */

/** Below this, a category's count is shown as "fewer than 5" instead of the number. */
export const SMALL_GROUP_MINIMUM = 5;

/** What a reader sees of one category's count: the number, or that it is a small group. */
export type DisclosedCount =
  | { kind: "count"; value: number }
  | { kind: "fewerThan"; limit: number };

/** Zero is shown as zero: it says nothing about any person. */
export function discloseCount(count: number): DisclosedCount {
  return count > 0 && count < SMALL_GROUP_MINIMUM
    ? { kind: "fewerThan", limit: SMALL_GROUP_MINIMUM }
    : { kind: "count", value: count };
}

/** The same rule for files: "<5" in place of a small count. */
export function disclosedCountText(count: number): string {
  const disclosed = discloseCount(count);
  return disclosed.kind === "count" ? String(disclosed.value) : `<${disclosed.limit}`;
}

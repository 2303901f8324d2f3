/**
 * Display rules for the registry that involve special-category data (GDPR art. 9): counts of
 * workers per support-need category are shown only in aggregate, and a small group is not shown
 * as a number, because with a WISE's name and a handful of workers it could point at a person.
 */

/** Below this, a category's count is shown as "fewer than 5" instead of the number. */
export const SMALL_GROUP_MINIMUM = 5;

// How a count is shown to each reader: lib/wises/support-need-suppression.ts, the one rule.

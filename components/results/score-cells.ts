import type { createFormatter } from "next-intl";

/** Formats a score (1-5) or a statistic of scores for a table cell: two decimals, or a dash. */
export function scoreText(
  format: ReturnType<typeof createFormatter>,
  value: number | null | undefined,
): string {
  return value === null || value === undefined
    ? "—"
    : format.number(value, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/**
 * How a summary words a WISE's category results for participants. Pure: no Prisma, no Next.
 *
 * A category's result is the mean of the raters' category scores, each computed as in
 * lib/evaluations/scoring-rules (weighted mean of the levels given; "not applicable" and "don't
 * know" left out, never zero). The summary shows it rounded to one decimal with a plain word.
 */

/**
 * A mean of one rater is that rater's own score, and with two each can work out the other's,
 * so a summary shows a category result only when at least three people rated it.
 */
export const MIN_RATERS_FOR_RESULT = 3;

/** Plain words for a score on the grid's 1-5 scale, by the level it reaches. */
export type ScoreBand = "strong" | "good" | "developing" | "weak";

export function scoreBand(score: number): ScoreBand {
  if (score >= 4) return "strong";
  if (score >= 3) return "good";
  if (score >= 2) return "developing";
  return "weak";
}

export type CategoryResult =
  | { kind: "score"; score: number; band: ScoreBand }
  | { kind: "tooFewRaters" }
  | { kind: "notRated" };

/**
 * The result a summary may show for one category of one WISE. The band follows the rounded
 * score, so "4.0 of 5" always reads "strong", never "good".
 */
export function categoryResult(mean: number | null, raterCount: number): CategoryResult {
  if (mean === null || raterCount === 0 || !Number.isFinite(mean)) return { kind: "notRated" };
  if (raterCount < MIN_RATERS_FOR_RESULT) return { kind: "tooFewRaters" };
  const score = Math.round(mean * 10) / 10;
  return { kind: "score", score, band: scoreBand(score) };
}

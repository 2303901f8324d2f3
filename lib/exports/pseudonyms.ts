/**
 * Raters appear in exports and bundles as "Rater 1".."Rater n", never by name or e-mail: a file
 * travels further than a screen, and the results pages name no rater either. Files for people
 * (CSV, Excel) say it in the reader's language ("Evaluator 1"); the bundle, a file for another
 * installation, always says "Rater n", which its import checks.
 *
 * Numbers follow the order in which raters first evaluated a WISE of the session (then their
 * id, for raters who started in the same instant), so a rater keeps their number from one
 * export to the next: someone who joins later gets the next number instead of shifting others.
 */

export const RATER_PSEUDONYM_PREFIX = "Rater";

export type RaterFirstSeen = { raterId: string; firstEvaluatedAt: Date };

export function raterPseudonym(index: number): string {
  return `${RATER_PSEUDONYM_PREFIX} ${index + 1}`;
}

/** Rater id → "Rater n", numbered as explained above whatever order the rows come in. */
export function pseudonymsFor(
  raters: readonly RaterFirstSeen[],
  /** The name of the rater at 0-based `index`; "Rater n" unless the reader's language says otherwise. */
  nameOf: (index: number) => string = raterPseudonym,
): Map<string, string> {
  const ordered = [...raters].sort(
    (a, b) =>
      a.firstEvaluatedAt.getTime() - b.firstEvaluatedAt.getTime() ||
      (a.raterId < b.raterId ? -1 : a.raterId > b.raterId ? 1 : 0),
  );
  return new Map(ordered.map((rater, index) => [rater.raterId, nameOf(index)]));
}

/** The pseudonym of a rater the map does not know: a loud failure rather than a leaked id. */
export function pseudonymOf(pseudonyms: ReadonlyMap<string, string>, raterId: string): string {
  const pseudonym = pseudonyms.get(raterId);
  if (!pseudonym) throw new Error("A score's rater has no pseudonym in this session.");
  return pseudonym;
}

/**
 * Pure rules about grid versions. A grid that anyone has scored with, or that a session past
 * DRAFT uses, is history: evaluations point at its criteria, so changing a descriptor or a
 * weight would silently change what old scores meant. Such a grid is copied into a new version.
 */

export type GridUsage = {
  /** Scores given on any criterion of the grid, in any session. */
  scoreCount: number;
  /** Sessions using the grid whose status is not DRAFT. */
  nonDraftSessionCount: number;
};

export type GridLockReason = "gridHasScores" | "gridUsedBySession";

/** Why the grid may not be edited in place (an "Errors" catalogue key), or null if it may. */
export function gridLockReason(usage: GridUsage): GridLockReason | null {
  if (usage.scoreCount > 0) return "gridHasScores";
  if (usage.nonDraftSessionCount > 0) return "gridUsedBySession";
  return null;
}

/** The next version number of a grid name: one more than the highest, whichever was copied. */
export function nextGridVersion(existingVersions: readonly number[]): number {
  return existingVersions.reduce((highest, version) => Math.max(highest, version), 0) + 1;
}

export type Bilingual = { nameEn: string; nameRo: string };

/** A bilingual text in the reader's language first, with the other one for editors. */
export function inReaderLanguage<T extends string>(
  locale: string,
  en: T,
  ro: T,
): { text: T; other: T; otherLocale: "en" | "ro" } {
  return locale === "ro"
    ? { text: ro, other: en, otherLocale: "en" }
    : { text: en, other: ro, otherLocale: "ro" };
}

/**
 * The name of a category or criterion in the reader's language: the one place that picks the
 * `nameRo` or the `nameEn` column (pages, components, exports and the live screens all call it).
 */
export function localName(locale: string, item: Bilingual): string {
  return locale === "ro" ? item.nameRo : item.nameEn;
}

/** The five level descriptors in the reader's language. */
export function localLevels(
  locale: string,
  item: { levelsEn: readonly string[]; levelsRo: readonly string[] },
): readonly string[] {
  return locale === "ro" ? item.levelsRo : item.levelsEn;
}

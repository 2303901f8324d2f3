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

/** The wording of a category (or criterion) in one language, as stored: one row per language. */
export type NameText = { locale: string; name: string };
export type CriterionText = NameText & { levels: readonly string[] };
/** Anything with wording rows: a category, a criterion, a row of a report. */
export type Worded = { texts: readonly NameText[] };
export type WordedCriterion = { texts: readonly CriterionText[] };

/** The language every grid text exists in, and the one a missing translation falls back to. */
export const FALLBACK_LOCALE = "en";

export type LocalWording = {
  name: string;
  levels: string[];
  /** Which fields show English because the reader's language lacks them (editors mark them). */
  fallback: { name: boolean; levels: boolean[] };
};

/**
 * A criterion's wording in the reader's language, field by field: a missing row, an empty name
 * or an empty level shows English's instead, so a half-finished translation still reads whole.
 * The one place that picks a language of grid wording (pages, exports, live screens).
 */
export function localWording(locale: string, item: WordedCriterion): LocalWording {
  const own = item.texts.find((text) => text.locale === locale);
  const english = item.texts.find((text) => text.locale === FALLBACK_LOCALE);
  const name = own?.name.trim() ? own.name : (english?.name ?? own?.name ?? "");
  const count = Math.max(own?.levels.length ?? 0, english?.levels.length ?? 0);
  const levels = Array.from({ length: count }, (_, index) => {
    const ownLevel = own?.levels[index];
    return ownLevel?.trim() ? ownLevel : (english?.levels[index] ?? "");
  });
  return {
    name,
    levels,
    fallback: {
      name: locale !== FALLBACK_LOCALE && !own?.name.trim(),
      levels: levels.map((_, index) => locale !== FALLBACK_LOCALE && !own?.levels[index]?.trim()),
    },
  };
}

/** The name of a category or criterion in the reader's language, else English. */
export function localName(locale: string, item: Worded): string {
  return localWording(locale, { texts: item.texts.map((text) => ({ ...text, levels: [] })) }).name;
}

/** The five level descriptors in the reader's language, each else English's. */
export function localLevels(locale: string, item: WordedCriterion): readonly string[] {
  return localWording(locale, item).levels;
}

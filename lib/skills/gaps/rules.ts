import type { SkillArea, StaffGroup } from "@/lib/generated/prisma/enums";
import { SMALL_GROUP_MINIMUM } from "@/lib/wises/rules";

/**
 * The gap map's rules, pure (no Prisma, no Next). The SQL in gap-sql.ts computes the same figures
 * over many answers; tests/integration/skills-gaps.test.ts checks both agree on one example.
 */

/** The app's one small-group rule: a figure resting on fewer respondents is not shown. */
export const MIN_RESPONDENTS = SMALL_GROUP_MINIMUM;

export const STAFF_GROUPS = ["ENABLER", "SUPPORTER", "WORKER"] as const satisfies StaffGroup[];

export const SKILL_AREAS = [
  "MANAGEMENT",
  "NETWORKING",
  "SUPPORT",
  "PEDAGOGY",
  "WORK",
  "TRANSVERSAL",
  "DIGITAL_INFORMATION",
  "DIGITAL_COMMUNICATION",
  "DIGITAL_CONTENT",
  "DIGITAL_SAFETY",
  "DIGITAL_PROBLEM_SOLVING",
] as const satisfies SkillArea[];

export const DIGITAL_AREAS: readonly SkillArea[] = SKILL_AREAS.filter((area) =>
  area.startsWith("DIGITAL_"),
);

/**
 * Mastery (1-4, the "can do" scale) onto the importance scale (1-5): 1 + (m − 1) × 4/3, so that
 * "I don't know how" meets the lowest importance and "I can guide others" the highest. Kept on
 * 1-5 rather than 0-100 so that a gap reads in importance points, as respondents gave them, and
 * Borich's score keeps its usual magnitude; the two choices differ by a factor only, so ranks
 * and quadrants are the same either way (docs/decisions/0014). The SQL repeats this formula.
 */
export function rescaleMastery(mastery: number): number {
  return 1 + ((mastery - 1) * 4) / 3;
}

/** One respondent's answer on one skill; "not part of my job" answers never reach here. */
export type RatedAnswer = { importance: number; mastery: number };

export type SkillGap = {
  respondents: number;
  meanImportance: number;
  /** Rescaled onto 1-5. */
  meanMastery: number;
  gap: number;
  /** Borich's mean weighted discrepancy score. */
  mwds: number;
};

/**
 * The reference computation of one skill's figures (Borich 1980): per respondent the discrepancy
 * importance − mastery, weighted by the skill's mean importance, averaged. Null without answers.
 */
export function skillGap(answers: readonly RatedAnswer[]): SkillGap | null {
  if (answers.length === 0) return null;
  const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;
  const meanImportance = mean(answers.map((a) => a.importance));
  const meanMastery = mean(answers.map((a) => rescaleMastery(a.mastery)));
  const weighted = answers.map((a) => (a.importance - rescaleMastery(a.mastery)) * meanImportance);
  return {
    respondents: answers.length,
    meanImportance,
    meanMastery,
    gap: meanImportance - meanMastery,
    mwds: mean(weighted),
  };
}

/** Whether a figure resting on this many respondents may be shown. */
export function isShown(respondents: number): boolean {
  return respondents >= MIN_RESPONDENTS;
}

/** A figure as a reader gets it: null when it rests on too few respondents. */
export function suppressed<T>(respondents: number, value: T): T | null {
  return isShown(respondents) ? value : null;
}

export const QUADRANTS = ["CONCENTRATE", "KEEP_UP", "LOW_PRIORITY", "OVERKILL"] as const;
export type Quadrant = (typeof QUADRANTS)[number];

/**
 * Importance–performance analysis (Martilla and James 1977), split at the means of the skills
 * shown: important and weak → concentrate here; important and strong → keep up the good work;
 * unimportant and weak → low priority; unimportant and strong → possible overkill. A skill on a
 * mean line counts as important (or strong): the split leans towards attention, not neglect.
 */
export function quadrantOf(
  point: { importance: number; mastery: number },
  split: { importance: number; mastery: number },
): Quadrant {
  const important = point.importance >= split.importance;
  const strong = point.mastery >= split.mastery;
  if (important) return strong ? "KEEP_UP" : "CONCENTRATE";
  return strong ? "OVERKILL" : "LOW_PRIORITY";
}

/** Assigns each shown skill its quadrant, splitting at the means of those skills. */
export function assignQuadrants<T extends { meanImportance: number; meanMastery: number }>(
  skills: readonly T[],
): (T & { quadrant: Quadrant })[] {
  if (skills.length === 0) return [];
  const split = {
    importance: skills.reduce((sum, s) => sum + s.meanImportance, 0) / skills.length,
    mastery: skills.reduce((sum, s) => sum + s.meanMastery, 0) / skills.length,
  };
  return skills.map((skill) => ({
    ...skill,
    quadrant: quadrantOf({ importance: skill.meanImportance, mastery: skill.meanMastery }, split),
  }));
}

/** WISE size by total staff, the EU's enterprise bands. */
export const SIZE_BANDS = ["MICRO", "SMALL", "MEDIUM", "LARGE", "UNKNOWN"] as const;
export type SizeBand = (typeof SIZE_BANDS)[number];

/** Upper bounds (exclusive) of the bands; the SQL in gap-sql.ts uses the same numbers. */
export const SIZE_BAND_LIMITS = { MICRO: 10, SMALL: 50, MEDIUM: 250 } as const;

export function sizeBandOf(totalEmployees: number | null): SizeBand {
  if (totalEmployees === null) return "UNKNOWN";
  if (totalEmployees < SIZE_BAND_LIMITS.MICRO) return "MICRO";
  if (totalEmployees < SIZE_BAND_LIMITS.SMALL) return "SMALL";
  if (totalEmployees < SIZE_BAND_LIMITS.MEDIUM) return "MEDIUM";
  return "LARGE";
}

/**
 * The percentage bands of the seeded grid's levels, as data, so that a measured percentage maps
 * to exactly one level and the level descriptors can be checked against the same numbers
 * (lib/grids/percent-bands.test.ts).
 *
 * Bands are half-open, [from, to): a level starts at its lower edge and stops just under the
 * next level's, so every value from 0 to 100 has one level (24.5% is level 2 of the share of
 * workers with support needs, 25% is level 3). The wording follows: "from 25% to under 30%",
 * "de la 25% până la sub 30%". A band that starts at 0 excluded (`startsAbove`) is for levels
 * whose level below is "none at all" (no contracts with public authorities: exactly 0%).
 *
 * Keyed by criterion code, which stays the same across grid versions (decision 0006); the bands
 * are those of the seeded B-WISE grid from version 2 on.
 */

export type Level = 1 | 2 | 3 | 4 | 5;

/** The lower edge of a level's band: `from` itself belongs to it unless `startsAbove`. */
export type LowerEdge = { level: Level; from: number; startsAbove?: boolean };

/**
 * Criteria whose levels are defined by a percentage alone, with the lower edge of each level,
 * weakest first. The first edge is always 0 (included); the last band runs up to 100 included.
 */
export const PERCENT_BANDS = {
  WSN_SHARE: [
    { level: 1, from: 0 },
    { level: 2, from: 10 },
    { level: 3, from: 25 },
    { level: 4, from: 30 },
    { level: 5, from: 50 },
  ],
  PUBLIC_CONTRACTS_TURNOVER: [
    { level: 1, from: 0 },
    { level: 2, from: 0, startsAbove: true },
    { level: 3, from: 10 },
    { level: 4, from: 25 },
    { level: 5, from: 50 },
  ],
} as const satisfies Record<string, readonly LowerEdge[]>;

export type BandedCriterion = keyof typeof PERCENT_BANDS;

export function isBandedCriterion(code: string): code is BandedCriterion {
  return Object.hasOwn(PERCENT_BANDS, code);
}

const admits = (edge: LowerEdge, value: number) =>
  edge.startsAbove ? value > edge.from : value >= edge.from;

/**
 * The level a measured percentage falls in, or null for a value outside 0-100 (not a share) or
 * a criterion without bands. The highest level whose lower edge admits the value wins, which is
 * what makes the bands half-open: 49.99 is below 50, so level 4; 50 is level 5.
 */
export function levelOfPercent(code: string, value: number): Level | null {
  if (!isBandedCriterion(code) || !Number.isFinite(value) || value < 0 || value > 100) return null;
  const edges: readonly LowerEdge[] = PERCENT_BANDS[code];
  let level: Level | null = null;
  for (const edge of edges) if (admits(edge, value)) level = edge.level;
  return level;
}

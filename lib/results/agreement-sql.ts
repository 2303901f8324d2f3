import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AlphaResult } from "./krippendorff";

/**
 * Ordinal Krippendorff's alpha in SQL, for views over many sessions (a country, Europe) whose
 * value counts are too many to send to the application. The same formula as krippendorff.ts,
 * specialised to our levels 1-5 so that it needs no self-join: each unit's counts n1..n5 sit in
 * one row, and the coincidences of a unit are Σ_{c≠k} n_c n_k δ²_ck / (m_u - 1).
 *
 *   alpha = 1 - (n - 1) · Σ_u Σ_{c≠k} n_uc n_uk δ²_ck / (m_u - 1) / Σ_{c≠k} t_c t_k δ²_ck
 *
 * (the diagonal contributes nothing since δ²_cc = 0). δ²_ck, ordinal, comes from the totals t of
 * the group's pairable values. Needs a CTE `alpha_units` (group_key, n1..n5): each unit's counts
 * of levels; returns `agreement`, one row per group with pairable units. Who the raters were is
 * not in the counts: the caller counts them. tests/integration/results-dashboard.test.ts checks
 * the figure against krippendorff.ts.
 */

const LEVELS = [1, 2, 3, 4, 5] as const;
const PAIRS = LEVELS.flatMap((c) => LEVELS.filter((k) => k > c).map((k) => [c, k] as const));
const raw = (text: string) => Prisma.raw(text);

/** (Σ_{g=c..k} t_g - (t_c + t_k) / 2)², for c < k, on a row of the `margins` CTE. */
function ordinalDelta(c: number, k: number): string {
  const between = LEVELS.filter((g) => g >= c && g <= k)
    .map((g) => `t${g}`)
    .join(" + ");
  return `power((${between}) - (t${c} + t${k}) / 2.0, 2) AS d${c}${k}`;
}

/** 2 Σ_{c<k} a_c a_k d_ck, with a = `prefix` columns (n for a unit, t for the group's totals). */
function pairSum(prefix: string, deltas: string): string {
  return `2 * (${PAIRS.map(([c, k]) => `${prefix}${c} * ${prefix}${k} * ${deltas}d${c}${k}`).join(" + ")})`;
}

export const ORDINAL_ALPHA = Prisma.sql`
  pairable_units AS (
    SELECT group_key, ${raw(LEVELS.map((l) => `n${l}::float8 AS n${l}`).join(", "))},
      (${raw(LEVELS.map((l) => `n${l}`).join(" + "))})::float8 AS m
    FROM alpha_units
    WHERE ${raw(LEVELS.map((l) => `n${l}`).join(" + "))} >= 2
  ),
  margins AS (
    SELECT group_key, count(*)::int AS units, sum(m) AS n,
      ${raw(LEVELS.map((l) => `sum(n${l}) AS t${l}`).join(", "))}
    FROM pairable_units GROUP BY group_key
  ),
  deltas AS (
    SELECT margins.*, ${raw(PAIRS.map(([c, k]) => ordinalDelta(c, k)).join(", "))} FROM margins
  ),
  observed AS (
    SELECT u.group_key, sum(${raw(pairSum("u.n", "d."))} / (u.m - 1)) AS observed
    FROM pairable_units u JOIN deltas d ON d.group_key = u.group_key
    GROUP BY u.group_key
  ),
  agreement AS (
    SELECT d.group_key, d.units, d.n::int AS pairable,
      ${raw(pairSum("d.t", "d."))} AS expected, o.observed
    FROM deltas d JOIN observed o ON o.group_key = d.group_key
  )`;

/** What `SELECT * FROM agreement` returns. */
export type AgreementRow = {
  group_key: string;
  units: number;
  pairable: number;
  expected: number;
  observed: number;
};

/**
 * A row of `agreement` as krippendorff.ts reports it, with the number of raters counted by the
 * caller; a group without a row has no pairable unit.
 */
export function alphaFromAgreementRow(row: AgreementRow | undefined, raters: number): AlphaResult {
  if (!row) return { alpha: null, reason: "noPairableUnits", units: 0, raters, pairable: 0 };
  const base = { units: row.units, raters, pairable: row.pairable };
  if (raters < 2) return { ...base, alpha: null, reason: "fewerThanTwoRaters" };
  if (!(row.expected > 0)) return { ...base, alpha: null, reason: "noVariation" };
  return { ...base, alpha: 1 - ((row.pairable - 1) * row.observed) / row.expected, reason: null };
}

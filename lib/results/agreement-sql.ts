import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AlphaResult } from "./krippendorff";

/**
 * Ordinal Krippendorff's alpha in SQL, for views over many sessions (a country, Europe) whose
 * value counts are too many to send to the application. The same formula as krippendorff.ts,
 * specialised to our levels 1-5 so that it needs no self-join: the coincidences of a unit with
 * n_c raters at level c and m levels in all are Σ_{c≠k} n_c n_k δ²_ck / (m - 1), so
 *
 *   alpha = 1 - (n - 1) · Σ_m Σ_{c<k} 2 P_ck(m) δ²_ck / (m - 1) / Σ_{c<k} 2 t_c t_k δ²_ck
 *
 * where P_ck(m) = Σ n_c n_k over the pairable units with m levels, and t_c, n the group's totals
 * (the diagonal contributes nothing since δ²_cc = 0). Those integer sums are kept per WISE by
 * triggers ("AgreementSum", see score-sql.ts), so a group's alpha adds up a few rows per WISE
 * instead of every unit. Needs a CTE `alpha_sums` (group_key, m, units, t1..t5, p12..p45);
 * returns `agreement`, one row per group with pairable units. Who the raters were is not in the
 * sums: the caller counts them. tests/integration/results-dashboard.test.ts checks the figure
 * against krippendorff.ts.
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

/** 2 Σ_{c<k} x_ck d_ck, with x_ck given for each pair. */
function pairSum(term: (c: number, k: number) => string): string {
  return `2 * (${PAIRS.map(([c, k]) => `${term(c, k)} * d.d${c}${k}`).join(" + ")})`;
}

/** `alpha_sums` of a set of WISEs: the "AgreementSum" rows of `items` i (their session's grid). */
export function alphaSumsSql(groupKey: Prisma.Sql) {
  const sum = (column: string, as: string) => `sum(a."${column}")::float8 AS ${as}`;
  return Prisma.sql`alpha_sums AS (
    SELECT ${groupKey}::text AS group_key, a."levels" AS m, ${raw(sum("units", "units"))},
      ${raw(LEVELS.map((l) => sum(`total${l}`, `t${l}`)).join(", "))},
      ${raw(PAIRS.map(([c, k]) => sum(`pair${c}${k}`, `p${c}${k}`)).join(", "))}
    FROM items i
    JOIN "AgreementSum" a ON a."agendaItemId" = i.agenda_item_id AND a."gridId" = i.grid_id
    GROUP BY 1, 2
  )`;
}

export const ORDINAL_ALPHA = Prisma.sql`
  margins AS (
    SELECT group_key, sum(units)::int AS units, sum(m * units) AS n,
      ${raw(LEVELS.map((l) => `sum(t${l}) AS t${l}`).join(", "))}
    FROM alpha_sums GROUP BY group_key
  ),
  deltas AS (
    SELECT margins.*, ${raw(PAIRS.map(([c, k]) => ordinalDelta(c, k)).join(", "))} FROM margins
  ),
  observed AS (
    SELECT s.group_key, sum(${raw(pairSum((c, k) => `s.p${c}${k}`))} / (s.m - 1)) AS observed
    FROM alpha_sums s JOIN deltas d ON d.group_key = s.group_key
    GROUP BY s.group_key
  ),
  agreement AS (
    SELECT d.group_key, d.units, d.n::int AS pairable,
      ${raw(pairSum((c, k) => `d.t${c} * d.t${k}`))} AS expected, o.observed
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

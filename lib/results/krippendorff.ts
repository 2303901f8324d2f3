/**
 * Krippendorff's alpha, computed through the coincidence matrix as in Krippendorff (2011),
 * "Computing Krippendorff's Alpha-Reliability" (University of Pennsylvania, ASC papers 43):
 *
 *   alpha = 1 - D_o / D_e = 1 - (n - 1) · Σ o_ck δ²_ck / Σ n_c n_k δ²_ck
 *
 * where o_ck counts the pairs of values (c, k) given to the same unit, each unit's pairs weighted
 * by 1 / (m_u - 1) with m_u its number of values, n_c = Σ_k o_ck and n = Σ_c n_c. Units with fewer
 * than two values cannot be paired and are dropped, as the paper prescribes.
 *
 * The metric only changes δ²: nominal 0/1, interval (c - k)², ordinal the squared number of
 * pairable values that lie between c and k (half of c's and k's own). Ordinal is the metric of
 * our 1-5 levels: a level is a rank, and the distance between ranks depends on how raters used
 * them, not on the numbers 1-5.
 *
 * Pure, and shared with lib/results/agreement-sql.ts, which computes the same figure in SQL for
 * the dashboards; an integration test checks that the two agree.
 */

export type AlphaMetric = "nominal" | "ordinal" | "interval";

/** Why alpha could not be computed; the UI words it as "not enough data". */
export type NotEnoughData =
  /** No unit has values from two raters. */
  | "noPairableUnits"
  /** Fewer than two raters contributed pairable values. */
  | "fewerThanTwoRaters"
  /** Every pairable value is the same: expected disagreement is 0 and alpha is 0 / 0. */
  | "noVariation";

export type AlphaResult = {
  /** Between -1 and 1; null with a reason when it cannot be computed. */
  alpha: number | null;
  reason: NotEnoughData | null;
  /** Units with at least two values: the ones alpha rests on. */
  units: number;
  /**
   * Raters who gave at least one value (the paper's observers): counted by the caller when it
   * passes value counts, which do not say who gave them.
   */
  raters: number;
  /** Values in those units (n). */
  pairable: number;
};

/** One unit's values and how often each was given. */
export type UnitValueCounts = ReadonlyMap<number, number>;

function deltaSquared(
  metric: AlphaMetric,
  values: readonly number[],
  totals: ReadonlyMap<number, number>,
): (c: number, k: number) => number {
  if (metric === "nominal") return (c, k) => (c === k ? 0 : 1);
  if (metric === "interval") return (c, k) => (c - k) ** 2;
  // Ordinal: cumulative totals over the sorted values, so that each δ² costs O(1).
  const cumulative = new Map<number, number>();
  let running = 0;
  for (const value of values) {
    running += totals.get(value) ?? 0;
    cumulative.set(value, running);
  }
  return (c, k) => {
    if (c === k) return 0;
    const [low, high] = c < k ? [c, k] : [k, c];
    const nLow = totals.get(low) ?? 0;
    const nHigh = totals.get(high) ?? 0;
    const between = (cumulative.get(high) ?? 0) - (cumulative.get(low) ?? 0) + nLow;
    return (between - (nLow + nHigh) / 2) ** 2;
  };
}

/** Alpha from each unit's value counts; `raters` is reported as given (see AlphaResult). */
export function alphaFromValueCounts(
  units: readonly UnitValueCounts[],
  metric: AlphaMetric,
  raters: number,
): AlphaResult {
  // Coincidences by value c, then k: nested maps of numbers rather than "c|k" string keys, which
  // made this the slowest part of a 40-WISE session's results page.
  const coincidences = new Map<number, Map<number, number>>();
  const totals = new Map<number, number>();
  let pairableUnits = 0;
  for (const unit of units) {
    let m = 0;
    for (const count of unit.values()) m += count;
    if (m < 2) continue;
    pairableUnits += 1;
    for (const [c, nc] of unit) {
      const row = coincidences.get(c) ?? new Map<number, number>();
      coincidences.set(c, row);
      for (const [k, nk] of unit) {
        const pairs = c === k ? nc * (nc - 1) : nc * nk;
        if (pairs === 0) continue;
        row.set(k, (row.get(k) ?? 0) + pairs / (m - 1));
      }
      totals.set(c, (totals.get(c) ?? 0) + nc);
    }
  }
  let n = 0;
  for (const total of totals.values()) n += total;
  const base = { units: pairableUnits, raters, pairable: n };
  if (pairableUnits === 0) return { ...base, alpha: null, reason: "noPairableUnits" };
  if (raters < 2) return { ...base, alpha: null, reason: "fewerThanTwoRaters" };

  const values = [...totals.keys()].sort((a, b) => a - b);
  const delta = deltaSquared(metric, values, totals);
  let observed = 0;
  for (const [c, row] of coincidences) {
    for (const [k, o] of row) observed += o * delta(c, k);
  }
  let expected = 0;
  for (const c of values) {
    for (const k of values) expected += (totals.get(c) ?? 0) * (totals.get(k) ?? 0) * delta(c, k);
  }
  if (expected === 0) return { ...base, alpha: null, reason: "noVariation" };
  return { ...base, alpha: 1 - ((n - 1) * observed) / expected, reason: null };
}

/**
 * Alpha from reliability data in the paper's layout: one row per rater, one column per unit,
 * null where the rater gave no value (missing, "not applicable", "don't know").
 */
export function krippendorffAlpha(
  data: readonly (readonly (number | null)[])[],
  metric: AlphaMetric,
): AlphaResult {
  const unitCount = Math.max(0, ...data.map((row) => row.length));
  const present = (value: number | null | undefined): value is number =>
    value !== null && value !== undefined && !Number.isNaN(value);
  const units: Map<number, number>[] = [];
  for (let unit = 0; unit < unitCount; unit++) {
    const counts = new Map<number, number>();
    for (const row of data) {
      const value = row[unit];
      if (present(value)) counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    units.push(counts);
  }
  const raters = data.filter((row) => row.some(present)).length;
  return alphaFromValueCounts(units, metric, raters);
}

/** Percentiles of measured durations, for the benchmark's report. Pure: unit-tested. */

export type Summary = { count: number; p50: number; p95: number; p99: number; max: number };

/**
 * The nearest-rank percentile (the smallest value with at least p % of the values at or below
 * it): always a value that was measured, never an interpolation between two.
 */
export function percentile(sortedAscending: readonly number[], p: number): number {
  if (sortedAscending.length === 0) throw new Error("percentile of no values");
  if (p <= 0) return sortedAscending[0];
  const rank = Math.ceil((p / 100) * sortedAscending.length);
  return sortedAscending[Math.min(rank, sortedAscending.length) - 1];
}

/** p50/p95/p99 and the maximum; null when nothing was measured. */
export function summarise(values: readonly number[]): Summary | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return {
    count: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1],
  };
}

/** A uniformly random whole number of milliseconds in [min, max]: human pace with jitter. */
export function jitter(min: number, max: number, random: () => number = Math.random): number {
  return Math.round(min + (max - min) * random());
}

/** The middle value, or the mean of the two middle ones. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error("median of no values");
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** `runs` timings of `run` in milliseconds, after one warm-up run (connections, plans, caches). */
export async function timeRuns(run: () => Promise<unknown>, runs: number): Promise<number[]> {
  await run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return times;
}

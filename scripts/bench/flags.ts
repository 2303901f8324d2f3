/**
 * The benchmarks' command-line flags: `--name value` pairs and bare switches, read from the
 * arguments after the script's name. Pure: unit-tested.
 */

/** `--name N`: a number of zero or more, or the fallback when the flag is absent. */
export function numberFlag(args: readonly string[], name: string, fallback: number): number {
  const index = args.indexOf(`--${name}`);
  if (index < 0) return fallback;
  const value = Number(args[index + 1]);
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} needs a number`);
  return value;
}

/** `--name VALUE`: the value, or null when the flag is absent. */
export function stringFlag(args: readonly string[], name: string): string | null {
  const index = args.indexOf(`--${name}`);
  if (index < 0) return null;
  const value = args[index + 1];
  if (value === undefined || value.startsWith("--")) throw new Error(`--${name} needs a value`);
  return value;
}

export type RunFlags = {
  /** `--runs N`: timed runs per figure, after one warm-up. */
  runs: number;
  /** `--keep DIR`: keep the database's cluster in DIR and reuse its data set on the next run. */
  keepDir: string | null;
};

/** The flags of the benchmarks that time queries on a generated data set. */
export function readRunFlags(args: readonly string[], defaultRuns: number): RunFlags {
  return { runs: numberFlag(args, "runs", defaultRuns), keepDir: stringFlag(args, "keep") };
}

/**
 * How the benchmarks print what they measured: each figure on a line of its own beside its target,
 * with the machine's load average around them (a load above the number of cores inflates every
 * figure). The formatting is pure and unit-tested; the printing goes through the bench's `log`.
 */
import { cpus, loadavg } from "node:os";

/** Column widths of a bench's figures, so that its lines stay aligned. */
export type FigureLayout = { nameWidth: number; figureWidth: number };

export type Figure = {
  name: string;
  ms: number;
  /** Milliseconds; null prints "target —" (a figure shown for context); absent prints none. */
  target?: number | null;
  /** After the target, e.g. "min 12, max 40". */
  detail?: string;
};

/** `  name   123 ms  (target 150 ms; min 100, max 160)  ✓ within target` */
export function formatFigure(figure: Figure, layout: FigureLayout): string {
  const { name, ms, target, detail } = figure;
  const notes = [
    target === undefined ? null : `target ${target === null ? "—" : `${target} ms`}`,
    detail ?? null,
  ].filter((note) => note !== null);
  const within = typeof target === "number" ? ms <= target : null;
  const verdict = within === null ? "" : within ? "  ✓ within target" : "  ✗ MISSED";
  return `  ${name.padEnd(layout.nameWidth)} ${ms.toFixed(0).padStart(layout.figureWidth)} ms${
    notes.length > 0 ? `  (${notes.join("; ")})` : ""
  }${verdict}`;
}

/** "min 12, max 40" of a figure's runs. */
export function minMax(times: readonly number[]): string {
  return `min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)}`;
}

/** "1,234 scores, 30 countries" from a row of counts (PostgreSQL's count() arrives as text). */
export function formatCounts(row: Record<string, string | number>): string {
  return Object.entries(row)
    .map(([name, value]) => `${Number(value).toLocaleString("en")} ${name}`)
    .join(", ");
}

/** The machine's load average over the last minute. */
export const loadAverage = (digits = 1) => loadavg()[0].toFixed(digits);

/** "2 cores, load 0.4", for the line above a bench's figures. */
export const machineNote = () => `${cpus().length} cores, load ${loadAverage()}`;

/** Prints a bench's figures in one layout and counts the targets missed. */
export function figurePrinter(layout: FigureLayout, log: (line: string) => void) {
  let missed = 0;
  return {
    print(figure: Figure) {
      if (typeof figure.target === "number" && figure.ms > figure.target) missed += 1;
      log(formatFigure(figure, layout));
    },
    get missed() {
      return missed;
    },
    /** The load average after the figures, and how many targets were missed, if any. */
    printEnd() {
      log(`Load average at the end: ${loadAverage()}.`);
      if (missed > 0) log(`${missed} target(s) missed.`);
    },
  };
}

import type {
  CodeFact,
  Comparison,
  Condition,
  NumericFact,
  Quantity,
  RuleInput,
  Unit,
} from "./types";

/**
 * Evaluates a rule's conditions on a WISE's figures, in three-valued logic: a condition is met,
 * not met, or undecided (a fact is missing). All arithmetic is on integers: every figure has at
 * most two decimals (DECIMAL(…, 2) columns), so it is taken in hundredths, and a share is compared
 * as `part × 100 ⋚ percent × whole`: 30 of 100 is exactly 30%, 29.99 FTE of 100 is not.
 */

/** A fact a check needed and did not have; `no…`: a share of a total of zero means nothing. */
export type MissingFact = NumericFact | CodeFact | "noEmployees" | "noFte" | "noFounders";

const ZERO_BASE: Partial<Record<NumericFact, MissingFact>> = {
  totalEmployees: "noEmployees",
  totalFte: "noFte",
  foundersTotal: "noFounders",
};

export type Figure = {
  measure: string;
  unit: Unit | "code";
  op: Comparison | "oneOf";
  /** The threshold, in the figure's unit; null for a choice among codes. */
  threshold: number | null;
  /** The allowed codes, for a choice. */
  allowed: readonly string[];
  /**
   * What was measured, null when it could not be. Shares are cut (not rounded) to one decimal, so
   * that a share just under the threshold never shows as reaching it.
   */
  value: number | null;
  /** The chosen code, for a choice. */
  code: string | null;
  met: boolean | null;
  /** Set by the reader's query when the figure would show a small group's count (never here). */
  withheld?: boolean;
};

export type Evaluation = { met: boolean | null; figures: Figure[]; missing: MissingFact[] };

const hundredths = (value: number) => Math.round(value * 100);

function quantityOf(
  quantity: Quantity,
  input: RuleInput,
): { value: number | null; missing: NumericFact[] } {
  const facts: NumericFact[] =
    typeof quantity === "string" ? [quantity] : "sum" in quantity ? quantity.sum : quantity.minus;
  const missing = facts.filter((fact) => input[fact] === null);
  if (missing.length > 0) return { value: null, missing };
  const [a, b] = facts.map((fact) => hundredths(input[fact] as number));
  if (typeof quantity === "string") return { value: a, missing };
  return { value: "sum" in quantity ? a + b : a - b, missing };
}

function compare(a: number, op: Comparison, b: number): boolean {
  switch (op) {
    case ">=":
      return a >= b;
    case ">":
      return a > b;
    case "<=":
      return a <= b;
    case "<":
      return a < b;
  }
}

const figure = (partial: Partial<Figure> & Pick<Figure, "measure" | "unit" | "op">): Figure => ({
  threshold: null,
  allowed: [],
  value: null,
  code: null,
  met: null,
  ...partial,
});

function leaf(figure: Figure, missing: MissingFact[]): Evaluation {
  return { met: figure.met, figures: [figure], missing: figure.met === null ? missing : [] };
}

/** Kleene's AND: not met if any is not met, met if all are, undecided otherwise. */
function all(evaluations: Evaluation[]): Evaluation {
  const met = evaluations.some((e) => e.met === false)
    ? false
    : evaluations.every((e) => e.met === true)
      ? true
      : null;
  return {
    met,
    figures: evaluations.flatMap((e) => e.figures),
    missing: [...new Set(evaluations.flatMap((e) => e.missing))],
  };
}

export function evaluate(
  condition: Condition,
  input: RuleInput,
  referenceYear: number,
): Evaluation {
  switch (condition.kind) {
    case "share": {
      const { measure, op, percent, base } = condition;
      const shown = { measure, unit: "percent" as const, op, threshold: percent };
      const part = quantityOf(condition.part, input);
      const whole = quantityOf(condition.whole, input);
      const baseValue = input[base];
      const missing: MissingFact[] = [
        ...new Set([...part.missing, ...whole.missing, ...(baseValue === null ? [base] : [])]),
      ];
      if (part.value === null || whole.value === null || baseValue === null)
        return leaf(figure(shown), missing);
      if (hundredths(baseValue) === 0) return leaf(figure(shown), [ZERO_BASE[base] ?? base]);
      const met = compare(part.value * 100, op, percent * whole.value);
      const value = whole.value > 0 ? Math.floor((part.value * 1000) / whole.value) / 10 : null;
      return leaf(figure({ ...shown, value, met }), []);
    }
    case "value": {
      const { measure, op, unit } = condition;
      const measured = quantityOf(condition.quantity, input);
      const shown = { measure, unit, op, threshold: condition.value };
      if (measured.value === null) return leaf(figure(shown), measured.missing);
      const met = compare(measured.value, op, hundredths(condition.value));
      return leaf(figure({ ...shown, value: measured.value / 100, met }), []);
    }
    case "yearOfActivity": {
      const shown = {
        measure: condition.measure,
        unit: "year" as const,
        op: condition.op,
        threshold: condition.value,
      };
      if (input.yearFounded === null) return leaf(figure(shown), ["yearFounded"]);
      const year = referenceYear - input.yearFounded + 1;
      return leaf(
        figure({ ...shown, value: year, met: compare(year, condition.op, condition.value) }),
        [],
      );
    }
    case "oneOf": {
      const code = input[condition.fact];
      const shown = {
        measure: condition.measure,
        unit: "code" as const,
        op: "oneOf" as const,
        allowed: condition.values,
      };
      if (code === null) return leaf(figure(shown), [condition.fact]);
      return leaf(figure({ ...shown, code, met: condition.values.includes(code) }), []);
    }
    case "cases": {
      const cases = condition.cases.map((entry) => ({
        guard: evaluate(entry.when, input, referenceYear),
        whole: all([entry.when, ...entry.require].map((c) => evaluate(c, input, referenceYear))),
      }));
      // A case whose guard is known not to hold is left out of what the page shows and asks for.
      const relevant = cases.filter((entry) => entry.guard.met !== false);
      const met = cases.some((entry) => entry.whole.met === true)
        ? true
        : cases.every((entry) => entry.whole.met === false)
          ? false
          : null;
      return {
        met,
        figures: relevant.flatMap((entry) => entry.whole.figures),
        missing: met === null ? [...new Set(relevant.flatMap((entry) => entry.whole.missing))] : [],
      };
    }
  }
}

export function evaluateAll(
  conditions: readonly Condition[],
  input: RuleInput,
  referenceYear: number,
): Evaluation {
  return all(conditions.map((condition) => evaluate(condition, input, referenceYear)));
}

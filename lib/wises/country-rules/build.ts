import type { CodeFact, Comparison, Condition, NumericFact, Quantity, Unit } from "./types";

/** Short builders for the country modules, so that each rule reads like its article. */

/** `part` among all employees (headcount) at least (or more than) `percent`. */
export function headcountShare(
  measure: string,
  part: NumericFact,
  percent: number,
  op: ">=" | ">" = ">=",
): Condition {
  return {
    kind: "share",
    measure,
    part,
    whole: "totalEmployees",
    base: "totalEmployees",
    op,
    percent,
  };
}

/** `part` (in FTE) of the total FTE at least `percent`. */
export function fteShare(measure: string, part: NumericFact, percent: number): Condition {
  return { kind: "share", measure, part, whole: "totalFte", base: "totalFte", op: ">=", percent };
}

export function value(
  measure: string,
  quantity: Quantity,
  op: Comparison,
  amount: number,
  unit: Unit,
): Condition {
  return { kind: "value", measure, quantity, op, value: amount, unit };
}

export function oneOf(measure: string, fact: CodeFact, values: readonly string[]): Condition {
  return { kind: "oneOf", measure, fact, values };
}

/** The share of profit distributed to members or owners at most `percent`. */
export function profitDistributedAtMost(percent: number): Condition {
  return value("profitDistributed", "profitDistributedPct", "<=", percent, "percent");
}

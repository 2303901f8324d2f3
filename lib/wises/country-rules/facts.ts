import { applicableRuleIds, conditionsOf, type RuleId } from "./index";
import type { Condition, Fact, NumericFact, Quantity } from "./types";

/**
 * Which facts each rule reads, read from the rules themselves: the form asks a country's WISE
 * exactly these, and says beside each which checks it serves.
 */

function quantityFacts(quantity: Quantity): NumericFact[] {
  return typeof quantity === "string"
    ? [quantity]
    : "sum" in quantity
      ? quantity.sum
      : quantity.minus;
}

function conditionFacts(condition: Condition): Fact[] {
  switch (condition.kind) {
    case "share":
      return [...quantityFacts(condition.part), ...quantityFacts(condition.whole), condition.base];
    case "value":
      return quantityFacts(condition.quantity);
    case "yearOfActivity":
      return ["yearFounded"];
    case "oneOf":
      return [condition.fact];
    case "cases":
      return condition.cases.flatMap((entry) =>
        [entry.when, ...entry.require].flatMap(conditionFacts),
      );
  }
}

export function factsOfRule(rule: RuleId): Fact[] {
  return [...new Set(conditionsOf(rule).flatMap(conditionFacts))];
}

/** For a WISE in this country (and region), each fact its rules read and the rules reading it. */
export function rulesByFact(
  countryCode: string,
  subdivisionCode: string | null,
): Partial<Record<Fact, RuleId[]>> {
  const byFact: Partial<Record<Fact, RuleId[]>> = {};
  for (const rule of applicableRuleIds(countryCode, subdivisionCode)) {
    for (const fact of factsOfRule(rule)) byFact[fact] = [...(byFact[fact] ?? []), rule];
  }
  return byFact;
}

import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { conditionsOf, RULES } from "./country-rules/index";
import type { Comparison, Condition, NumericFact, Quantity } from "./country-rules/types";
import {
  currentReferenceYear,
  type ThresholdOutcome,
  type ThresholdRuleId,
} from "./threshold-rules";

/**
 * The rules of `country-rules/` as SQL conditions on a `"Wise"` row aliased `w`, so that lists and
 * dashboards filter by outcome in the database instead of loading every WISE. Each condition is
 * built as a pair (met, not met), each written to be TRUE or FALSE, never NULL, so that the
 * three-valued logic of `country-rules/evaluate.ts` carries over exactly; the columns are integers
 * and NUMERIC, so the comparisons are exact as in TypeScript.
 * tests/integration/wises-list.test.ts checks that both give the same outcome on the same figures.
 */

type ConditionSql = { met: Prisma.Sql; notMet: Prisma.Sql };

const column = (fact: string) => Prisma.raw(`w."${fact}"`);
const OPERATORS: Record<Comparison, Prisma.Sql> = {
  ">=": Prisma.raw(">="),
  ">": Prisma.raw(">"),
  "<=": Prisma.raw("<="),
  "<": Prisma.raw("<"),
};
const and = (parts: Prisma.Sql[]) => Prisma.sql`(${Prisma.join(parts, " AND ")})`;
const or = (parts: Prisma.Sql[]) => Prisma.sql`(${Prisma.join(parts, " OR ")})`;

function factsOf(quantity: Quantity): NumericFact[] {
  return typeof quantity === "string"
    ? [quantity]
    : "sum" in quantity
      ? quantity.sum
      : quantity.minus;
}

function quantitySql(quantity: Quantity): Prisma.Sql {
  if (typeof quantity === "string") return column(quantity);
  const [a, b] = factsOf(quantity).map(column);
  return "sum" in quantity ? Prisma.sql`(${a} + ${b})` : Prisma.sql`(${a} - ${b})`;
}

const known = (facts: string[]) =>
  and([...new Set(facts)].map((fact) => Prisma.sql`${column(fact)} IS NOT NULL`));

/** A comparison that is decided (`known`): met when it holds, not met when it does not. */
function decided(isKnown: Prisma.Sql, holds: Prisma.Sql): ConditionSql {
  return {
    met: Prisma.sql`(${isKnown} AND ${holds})`,
    notMet: Prisma.sql`(${isKnown} AND NOT ${holds})`,
  };
}

function conditionSql(condition: Condition, referenceYear: number): ConditionSql {
  switch (condition.kind) {
    case "share": {
      const facts = [...factsOf(condition.part), ...factsOf(condition.whole), condition.base];
      const isKnown = and([known(facts), Prisma.sql`${column(condition.base)} <> 0`]);
      const holds = Prisma.sql`(${quantitySql(condition.part)} * 100 ${OPERATORS[condition.op]} ${condition.percent}::numeric * ${quantitySql(condition.whole)})`;
      return decided(isKnown, holds);
    }
    case "value": {
      const holds = Prisma.sql`(${quantitySql(condition.quantity)} ${OPERATORS[condition.op]} ${condition.value}::numeric)`;
      return decided(known(factsOf(condition.quantity)), holds);
    }
    case "yearOfActivity": {
      const holds = Prisma.sql`((${referenceYear}::int - w."yearFounded" + 1) ${OPERATORS[condition.op]} ${condition.value}::int)`;
      return decided(known(["yearFounded"]), holds);
    }
    case "oneOf": {
      const holds = Prisma.sql`(${column(condition.fact)} IN (${Prisma.join([...condition.values])}))`;
      return decided(known([condition.fact]), holds);
    }
    case "cases": {
      const cases = condition.cases.map((entry) =>
        allSql([entry.when, ...entry.require], referenceYear),
      );
      return {
        met: or(cases.map((entry) => entry.met)),
        notMet: and(cases.map((entry) => entry.notMet)),
      };
    }
  }
}

/** Kleene's AND, as in evaluate.ts: met when all are met, not met when any is not met. */
function allSql(conditions: readonly Condition[], referenceYear: number): ConditionSql {
  const parts = conditions.map((condition) => conditionSql(condition, referenceYear));
  return { met: and(parts.map((p) => p.met)), notMet: or(parts.map((p) => p.notMet)) };
}

/** The rule applies to the row: its country, and its region unless another region is given. */
function appliesSql(rule: ThresholdRuleId): Prisma.Sql {
  const { countries, subdivision } = RULES[rule];
  const country = Prisma.sql`w."countryCode" IN (${Prisma.join([...countries])})`;
  if (!subdivision) return country;
  return Prisma.sql`(${country} AND (w."subdivisionCode" IS NULL OR w."subdivisionCode" = ${subdivision}))`;
}

/**
 * Rows to which `rule` applies and whose check has the given outcome. The year of reference is
 * that of the checks shown beside the list (Spain's share depends on the year of activity).
 */
export function thresholdOutcomeSql(
  rule: ThresholdRuleId,
  outcome: ThresholdOutcome,
  referenceYear = currentReferenceYear(),
): Prisma.Sql {
  const { met, notMet } = allSql(conditionsOf(rule), referenceYear);
  const applies = appliesSql(rule);
  if (outcome === "pass") return Prisma.sql`(${applies} AND ${met})`;
  if (outcome === "fail") return Prisma.sql`(${applies} AND ${notMet})`;
  return Prisma.sql`(${applies} AND NOT ${met} AND NOT ${notMet})`;
}

import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import {
  type Condition,
  THRESHOLD_RULES,
  type ThresholdOutcome,
  type ThresholdRuleId,
} from "./threshold-rules";

/**
 * The threshold rules of `threshold-rules.ts` as SQL conditions on a `"Wise"` row aliased `w`,
 * so that the list can filter by outcome in the database instead of loading every WISE. Every
 * expression is written to be TRUE or FALSE, never NULL, so that NOT works as in the JS rules;
 * tests/integration/wises.test.ts checks that both give the same outcome on the same figures.
 */

type ConditionSql = { met: Prisma.Sql; notMet: Prisma.Sql };

function conditionSql(condition: Condition): ConditionSql {
  const { minimum } = condition;
  switch (condition.measure) {
    case "supportNeedShare": {
      const known = Prisma.sql`w."totalEmployees" IS NOT NULL AND w."totalEmployees" > 0 AND w."supportNeedWorkers" IS NOT NULL`;
      // Integers on both sides, as in the JS rule: 30 of 100 is exactly 30%.
      return {
        met: Prisma.sql`(${known} AND w."supportNeedWorkers" * 100 >= ${minimum}::int * w."totalEmployees")`,
        notMet: Prisma.sql`(${known} AND w."supportNeedWorkers" * 100 < ${minimum}::int * w."totalEmployees")`,
      };
    }
    case "workingTimeShare":
      return percentColumnSql(Prisma.sql`w."supportNeedWorkingTimePct"`, minimum);
    case "tradeShare": {
      // Income from trade = sales + public contracts; unknown unless both are given.
      const known = Prisma.sql`w."salesRevenuePct" IS NOT NULL AND w."publicContractsRevenuePct" IS NOT NULL`;
      const trade = Prisma.sql`(w."salesRevenuePct" + w."publicContractsRevenuePct")`;
      return {
        met: Prisma.sql`(${known} AND ${trade} >= ${minimum}::numeric)`,
        notMet: Prisma.sql`(${known} AND ${trade} < ${minimum}::numeric)`,
      };
    }
  }
}

function percentColumnSql(column: Prisma.Sql, minimum: number): ConditionSql {
  return {
    met: Prisma.sql`(${column} IS NOT NULL AND ${column} >= ${minimum}::numeric)`,
    notMet: Prisma.sql`(${column} IS NOT NULL AND ${column} < ${minimum}::numeric)`,
  };
}

/** Rows whose check of `rule` has the given outcome. */
export function thresholdOutcomeSql(rule: ThresholdRuleId, outcome: ThresholdOutcome): Prisma.Sql {
  const conditions = THRESHOLD_RULES[rule].map(conditionSql);
  const pass = Prisma.sql`(${Prisma.join(
    conditions.map((condition) => condition.met),
    " AND ",
  )})`;
  const fail = Prisma.sql`(${Prisma.join(
    conditions.map((condition) => condition.notMet),
    " OR ",
  )})`;
  if (outcome === "pass") return pass;
  if (outcome === "fail") return fail;
  return Prisma.sql`(NOT ${pass} AND NOT ${fail})`;
}

import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import {
  THRESHOLD_OUTCOMES,
  THRESHOLD_RULE_IDS,
  type ThresholdOutcome,
  type ThresholdRuleId,
} from "@/lib/wises/threshold-rules";
import { thresholdOutcomeSql } from "@/lib/wises/threshold-sql";

/** One row per WISE country: for each rule and outcome, how many of its WISEs on the agendas. */
export type LegalStatusRow = { country: string } & Record<
  `${ThresholdRuleId}:${ThresholdOutcome}`,
  number
>;

/**
 * The European view's comparison of national statuses: distinct WISEs on the agendas of the
 * sessions in scope, by the WISE's own country (whose law applies), counted per rule and outcome
 * in one grouped query through the same SQL the list filters use. A rule that does not apply in a
 * country counts nothing there.
 */
export function legalStatusSql(sessionIds: string[]) {
  const columns = THRESHOLD_RULE_IDS.flatMap((rule) =>
    THRESHOLD_OUTCOMES.map(
      (outcome) =>
        Prisma.sql`count(DISTINCT w."id") FILTER (WHERE ${thresholdOutcomeSql(rule, outcome)})::int AS ${Prisma.raw(`"${rule}:${outcome}"`)}`,
    ),
  );
  return Prisma.sql`
    SELECT w."countryCode"::text AS country, ${Prisma.join(columns, ", ")}
    FROM "FocusGroupSession" s
    JOIN "AgendaItem" ai ON ai."sessionId" = s."id"
    JOIN "Wise" w ON w."id" = ai."wiseId"
    WHERE s."id" = ANY(${sessionIds}::text[])
    GROUP BY w."countryCode"
    ORDER BY w."countryCode"`;
}

export type LegalStatusComparison = {
  country: string;
  rules: { rule: ThresholdRuleId; counts: Record<ThresholdOutcome, number> }[];
}[];

/** The rows as the page lists them: per country, the rules that counted at least one WISE. */
export function legalStatusComparison(rows: LegalStatusRow[]): LegalStatusComparison {
  return rows.map((row) => ({
    country: row.country,
    rules: THRESHOLD_RULE_IDS.flatMap((rule) => {
      const counts = Object.fromEntries(
        THRESHOLD_OUTCOMES.map((outcome) => [outcome, row[`${rule}:${outcome}`]]),
      ) as Record<ThresholdOutcome, number>;
      return counts.pass + counts.fail + counts.unknown > 0 ? [{ rule, counts }] : [];
    }),
  }));
}

/**
 * The legal statuses a WISE may meet, checked from the figures stored on its profile: the rules
 * of each country (lib/wises/country-rules/<cc>.ts, one module per country), the EU rule in every
 * member state, and Social Firms UK in the United Kingdom.
 *
 * Each rule is a list of conditions; every condition is met, not met, or undecidable because a
 * figure is missing. A rule passes when all its conditions are met, fails as soon as one is not
 * met (a missing figure cannot rescue it), and is "unknown" otherwise. `threshold-sql.ts` builds
 * the same logic in SQL for the list filters; an integration test keeps the two in step.
 *
 * Pure: no Prisma, no Next. Figures are compared in integers, so that 30 of 100 is exactly 30%.
 */
import { evaluateAll, type Figure, type MissingFact } from "./country-rules/evaluate";
import {
  applicableRuleIds,
  conditionsOf,
  isRuleId,
  noRuleKeys,
  RULE_IDS,
  RULES,
  type RuleId,
} from "./country-rules/index";
import type { RuleInput } from "./country-rules/types";

export type { Figure, MissingFact };

export type ThresholdOutcome = "pass" | "fail" | "unknown";
export const THRESHOLD_OUTCOMES: readonly ThresholdOutcome[] = ["pass", "fail", "unknown"];

export type ThresholdRuleId = RuleId;
export const THRESHOLD_RULE_IDS = RULE_IDS;
export const isThresholdRuleId = isRuleId;

/** The figures of a WISE the checks read, null when not known (percentages 0-100). */
export type ThresholdInput = RuleInput;

export type ThresholdCheck = {
  rule: ThresholdRuleId;
  outcome: ThresholdOutcome;
  /** A figure of the rule awaits a check against the act's text: shown beside the result. */
  unverified: boolean;
  figures: Figure[];
  /** Empty unless some figure could not be measured. */
  missing: MissingFact[];
};

/**
 * The year a check is made in: Spain's share depends on the year of activity. The SQL filter
 * takes the same year as a parameter, so that a list and a page never disagree.
 */
export const currentReferenceYear = () => new Date().getFullYear();

export function checkThreshold(
  rule: ThresholdRuleId,
  input: ThresholdInput,
  referenceYear = currentReferenceYear(),
): ThresholdCheck {
  const definition = RULES[rule];
  const { met, figures, missing } = evaluateAll(conditionsOf(rule), input, referenceYear);
  const outcome: ThresholdOutcome = met === true ? "pass" : met === false ? "fail" : "unknown";
  return { rule, outcome, unverified: definition.unverified, figures, missing };
}

/** The rules that apply to this WISE (its country's, the EU's), in the order the pages list them. */
export function checkThresholds(
  input: ThresholdInput,
  referenceYear = currentReferenceYear(),
): ThresholdCheck[] {
  return applicableRuleIds(input.countryCode, input.subdivisionCode).map((rule) =>
    checkThreshold(rule, input, referenceYear),
  );
}

/** The statuses the country (or region) has without a figure to check: the page says so. */
export function statusesWithoutRule(
  input: Pick<ThresholdInput, "countryCode" | "subdivisionCode">,
) {
  return noRuleKeys(input.countryCode, input.subdivisionCode);
}

/**
 * For each missing fact, the undecided checks that wait for it: what a form marks next to each
 * field. (A check that already fails cannot be rescued by a missing figure, so it waits for none.)
 * Read from the checks themselves, so a new rule or condition needs no list of its own.
 */
export function checksWaitingFor(
  checks: ThresholdCheck[],
): Partial<Record<MissingFact, ThresholdRuleId[]>> {
  const waiting: Partial<Record<MissingFact, ThresholdRuleId[]>> = {};
  for (const check of checks) {
    if (check.outcome !== "unknown") continue;
    for (const fact of check.missing) waiting[fact] = [...(waiting[fact] ?? []), check.rule];
  }
  return waiting;
}

/** A profile with no figure at all, for a country: what tests and forms start from. */
export function emptyThresholdInput(countryCode: string): ThresholdInput {
  return {
    countryCode,
    subdivisionCode: null,
    legalFormCode: null,
    totalEmployees: null,
    supportNeedWorkers: null,
    disabledWorkers: null,
    halfTimeContractEmployees: null,
    halfTimeSupportNeedWorkers: null,
    foundersTotal: null,
    foundersAtRisk: null,
    yearFounded: null,
    totalFte: null,
    supportNeedFte: null,
    disabledFte: null,
    supportNeedWorkingTimePct: null,
    disabledWorkingTimePct: null,
    salesRevenuePct: null,
    publicContractsRevenuePct: null,
    profitDistributedPct: null,
  };
}

/**
 * Published thresholds a WISE may meet, checked from the figures stored on its profile.
 *
 * Each rule is a list of conditions; every condition is met, not met, or undecidable because a
 * figure is missing. A rule passes when all its conditions are met, fails as soon as one is not
 * met (a missing figure cannot rescue it), and is "unknown" otherwise. `threshold-sql.ts` builds
 * the same logic in SQL for the list filter; an integration test keeps the two in step.
 *
 * Pure: no Prisma, no Next. Percentages are compared in integers so that 30 of 100 is exactly 30%.
 */

export type ThresholdOutcome = "pass" | "fail" | "unknown";
export const THRESHOLD_OUTCOMES: readonly ThresholdOutcome[] = ["pass", "fail", "unknown"];

/** What a condition measures; all are percentages. */
export type Measure = "supportNeedShare" | "workingTimeShare" | "tradeShare";

export type Condition = { measure: Measure; minimum: number };

/** The figures of a WISE the checks read. Percentages 0-100, null when not known. */
export type ThresholdInput = {
  totalEmployees: number | null;
  supportNeedWorkers: number | null;
  supportNeedWorkingTimePct: number | null;
  salesRevenuePct: number | null;
  publicContractsRevenuePct: number | null;
};

/** A fact a check needed but did not have. `noEmployees`: a share of zero employees means nothing. */
export type MissingFact =
  | "totalEmployees"
  | "supportNeedWorkers"
  | "supportNeedWorkingTimePct"
  | "salesRevenuePct"
  | "publicContractsRevenuePct"
  | "noEmployees";

export type Figure = {
  measure: Measure;
  minimum: number;
  /**
   * The measured percentage for display, null when it could not be measured. Computed shares are
   * cut (not rounded) to one decimal, so that a share just under the minimum never shows as reaching it.
   */
  percent: number | null;
  met: boolean | null;
};

export type ThresholdCheck = {
  rule: ThresholdRuleId;
  outcome: ThresholdOutcome;
  figures: Figure[];
  /** Empty unless some figure could not be measured. */
  missing: MissingFact[];
};

/**
 * The rules, as published (docs/domain.md lists them with their sources). Where the law's notion is narrower or wider
 * than what the registry records, the closest stored figure is used and the UI says which
 * (catalogue key `Wises.thresholds.<rule>.basis`):
 * - "vulnerable groups", "disadvantaged workers", "staff facing barriers": workers with support needs;
 * - Social Firms UK "income from trade": sales plus public contracts (both are income earned by
 *   selling goods and services; grants, subsidies and donations are not). Both shares must be
 *   known: a missing one makes the check "unknown" rather than counted as 0.
 */
export const THRESHOLD_RULES = {
  /** Romania, Law 219/2015: social insertion enterprise. */
  RO_INSERTION: [
    { measure: "supportNeedShare", minimum: 30 },
    { measure: "workingTimeShare", minimum: 30 },
  ],
  /** EU Directive 2014/24/EU art. 20: reserved public contracts. */
  EU_RESERVED_CONTRACTS: [{ measure: "supportNeedShare", minimum: 30 }],
  /** Italy, Law 381/1991: B-type social cooperative. */
  IT_SOCIAL_COOP_B: [{ measure: "supportNeedShare", minimum: 30 }],
  /** Social Firms UK. */
  UK_SOCIAL_FIRM: [
    { measure: "supportNeedShare", minimum: 25 },
    { measure: "tradeShare", minimum: 50 },
  ],
} as const satisfies Record<string, readonly Condition[]>;

export type ThresholdRuleId = keyof typeof THRESHOLD_RULES;
export const THRESHOLD_RULE_IDS = Object.keys(THRESHOLD_RULES) as ThresholdRuleId[];

export function isThresholdRuleId(value: unknown): value is ThresholdRuleId {
  return typeof value === "string" && Object.hasOwn(THRESHOLD_RULES, value);
}

/** Integer division first: the floor of an exact ratio, free of floating-point drift. */
const shareToTenth = (part: number, total: number) => Math.floor((part * 1000) / total) / 10;

function measure(
  condition: Condition,
  input: ThresholdInput,
): { figure: Figure; missing: MissingFact[] } {
  const { minimum } = condition;
  const undecided = (missing: MissingFact[]) => ({
    figure: { measure: condition.measure, minimum, percent: null, met: null },
    missing,
  });
  if (condition.measure === "supportNeedShare") {
    const { totalEmployees: total, supportNeedWorkers: workers } = input;
    const missing: MissingFact[] = [];
    if (total === null) missing.push("totalEmployees");
    else if (total === 0) missing.push("noEmployees");
    if (workers === null) missing.push("supportNeedWorkers");
    if (total === null || total === 0 || workers === null) return undecided(missing);
    return {
      figure: {
        measure: condition.measure,
        minimum,
        percent: shareToTenth(workers, total),
        met: workers * 100 >= minimum * total,
      },
      missing,
    };
  }
  if (condition.measure === "tradeShare") {
    const { salesRevenuePct: sales, publicContractsRevenuePct: contracts } = input;
    const missing: MissingFact[] = [];
    if (sales === null) missing.push("salesRevenuePct");
    if (contracts === null) missing.push("publicContractsRevenuePct");
    if (sales === null || contracts === null) return undecided(missing);
    // In hundredths of a percent: 25.01 + 24.99 is exactly 50, free of floating-point drift.
    const trade = Math.round(sales * 100) + Math.round(contracts * 100);
    return {
      figure: {
        measure: condition.measure,
        minimum,
        percent: trade / 100,
        met: trade >= minimum * 100,
      },
      missing,
    };
  }
  const value = input.supportNeedWorkingTimePct;
  if (value === null) return undecided(["supportNeedWorkingTimePct"]);
  return {
    figure: { measure: condition.measure, minimum, percent: value, met: value >= minimum },
    missing: [],
  };
}

export function checkThreshold(rule: ThresholdRuleId, input: ThresholdInput): ThresholdCheck {
  const measured = THRESHOLD_RULES[rule].map((condition) => measure(condition, input));
  const figures = measured.map((entry) => entry.figure);
  const missing = [...new Set(measured.flatMap((entry) => entry.missing))];
  const outcome: ThresholdOutcome = figures.some((figure) => figure.met === false)
    ? "fail"
    : figures.every((figure) => figure.met === true)
      ? "pass"
      : "unknown";
  return { rule, outcome, figures, missing };
}

/** Every rule, in the order the UI lists them. */
export function checkThresholds(input: ThresholdInput): ThresholdCheck[] {
  return THRESHOLD_RULE_IDS.map((rule) => checkThreshold(rule, input));
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

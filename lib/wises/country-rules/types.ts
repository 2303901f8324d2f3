/**
 * The vocabulary of the national rules: the facts a WISE's profile records, and the conditions a
 * rule puts on them. A rule is data (a list of conditions), so that one evaluator in TypeScript
 * (`evaluate.ts`) and one translator to SQL (`../threshold-sql.ts`) serve every country, and an
 * integration test can prove the two agree on every rule.
 *
 * Pure: no Prisma, no Next.
 */

/** Facts stored as whole numbers (headcounts, years). */
export const COUNT_FACTS = [
  "totalEmployees",
  "supportNeedWorkers",
  "disabledWorkers",
  "halfTimeContractEmployees",
  "halfTimeSupportNeedWorkers",
  "foundersTotal",
  "foundersAtRisk",
  "yearFounded",
] as const;

/** Facts stored with two decimals: full-time equivalents and percentages. */
export const DECIMAL_FACTS = [
  "totalFte",
  "supportNeedFte",
  "disabledFte",
  "supportNeedWorkingTimePct",
  "disabledWorkingTimePct",
  "salesRevenuePct",
  "publicContractsRevenuePct",
  "profitDistributedPct",
] as const;

/** Facts stored as codes chosen from a list (lib/wises/country-rules/options.ts). */
export const CODE_FACTS = ["legalFormCode", "subdivisionCode"] as const;

export type CountFact = (typeof COUNT_FACTS)[number];
export type DecimalFact = (typeof DECIMAL_FACTS)[number];
export type NumericFact = CountFact | DecimalFact;
export type CodeFact = (typeof CODE_FACTS)[number];
export type Fact = NumericFact | CodeFact;

/** The figures of a WISE the rules read; null when not known. */
export type RuleInput = { countryCode: string } & Record<NumericFact, number | null> &
  Record<CodeFact, string | null>;

/** A quantity: one fact, the sum of two, or one minus another (Italy: workers − disadvantaged). */
export type Quantity =
  | NumericFact
  | { sum: [NumericFact, NumericFact] }
  | { minus: [NumericFact, NumericFact] };

export type Comparison = ">=" | ">" | "<=" | "<";

/**
 * What the result page calls each measured figure (catalogue `CountryRules.measure.<id>`), and
 * how it is shown.
 */
export type Unit = "percent" | "count" | "fte" | "year";

/**
 * A condition, three-valued: met, not met, or undecidable because a fact is missing.
 * - `share`: part / whole compared with a percentage, as `part × 100 ⋚ percent × whole`, so no
 *   division and no floating point; undecidable when `base` (the total the share is of) is 0.
 * - `value`: a quantity compared with a number in the quantity's own unit.
 * - `yearOfActivity`: the calendar year of activity the WISE is in (founded this year = year 1),
 *   compared with a number; the year of reference is an input, so the SQL filter uses the same one.
 * - `oneOf`: a code among the allowed ones (legal form, region).
 * - `cases`: exclusive cases, each a guard (`when`) and the conditions it requires (Spain's share by
 *   year of activity, Latvia's by staff size). Met when a case's guard and conditions are met; not
 *   met when every case has its guard or a condition not met.
 */
export type Condition =
  | {
      kind: "share";
      measure: string;
      part: Quantity;
      whole: Quantity;
      base: NumericFact;
      op: ">=" | ">";
      percent: number;
    }
  | {
      kind: "value";
      measure: string;
      quantity: Quantity;
      op: Comparison;
      value: number;
      unit: Unit;
    }
  | { kind: "yearOfActivity"; measure: string; op: Comparison; value: number }
  | { kind: "oneOf"; measure: string; fact: CodeFact; values: readonly string[] }
  | { kind: "cases"; cases: readonly { when: Condition; require: readonly Condition[] }[] };

export type Confidence = "high" | "medium" | "low";

/**
 * A national (or European) rule: the status it checks, the act it cites, how sure the figures are,
 * and whether a figure still awaits a check against the act's text ("unverified": shown beside the
 * result on the WISE page and in exports).
 */
export type RuleDefinition = {
  /** Where it applies: country codes (ISO 3166-1 alpha-2) and, for a region's law, the region. */
  countries: readonly string[];
  subdivision?: string;
  /** The act, named as published (its own language), and the article; null where the article number
   * could not be checked (the page says so). */
  act: { name: string; article: string | null };
  confidence: Confidence;
  unverified: boolean;
  conditions: readonly Condition[];
};

/**
 * What a country's module says: its rules, and where the law sets no quantitative threshold the
 * reason (catalogue `CountryRules.noRule.<key>`), so that the page says so instead of inventing one.
 */
export type CountryModule<Id extends string = string> = {
  country: string;
  rules: Record<Id, RuleDefinition>;
  /** Statuses without a figure to check, e.g. Austria's "no legal form"; by region where given. */
  noQuantitativeRule?: readonly { key: string; subdivision?: string }[];
};

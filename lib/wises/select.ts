import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The one definition of which columns of a WISE each kind of read takes, as Prisma `select`
 * objects that queries spread into their own. Built from each other, so a new profile field is
 * added once: to WISE_SHARED_PROFILE (and, when a rule reads it, to the facts that rule needs).
 */

/**
 * The figures the national rules are checked on (lib/wises/threshold-rules.ts): every fact of
 * `RuleInput` (lib/wises/country-rules/types.ts), the country first since it decides which rules apply.
 */
export const WISE_THRESHOLD_FACTS = {
  countryCode: true,
  subdivisionCode: true,
  legalFormCode: true,
  yearFounded: true,
  totalEmployees: true,
  supportNeedWorkers: true,
  disabledWorkers: true,
  totalFte: true,
  supportNeedFte: true,
  disabledFte: true,
  supportNeedWorkingTimePct: true,
  disabledWorkingTimePct: true,
  halfTimeContractEmployees: true,
  halfTimeSupportNeedWorkers: true,
  foundersTotal: true,
  foundersAtRisk: true,
  profitDistributedPct: true,
  salesRevenuePct: true,
  publicContractsRevenuePct: true,
} as const satisfies Prisma.WiseSelect;

/** The facts the classification rules read (lib/classification/profile.ts). */
export const WISE_CLASSIFICATION_FACTS = {
  productionWeight: true,
  trainingWeight: true,
  socialSupportWeight: true,
  placementWeight: true,
  integrationMode: true,
  salesRevenuePct: true,
  publicContractsRevenuePct: true,
  subsidiesRevenuePct: true,
  donationsRevenuePct: true,
} as const satisfies Prisma.WiseSelect;

/**
 * A WISE's whole profile as it may travel beyond its country's team (a session bundle): every
 * fact, but no representative (a person) and no database id.
 */
export const WISE_SHARED_PROFILE = {
  name: true,
  countryCode: true,
  legalForm: true,
  region: true,
  yearFounded: true,
  sectors: true,
  website: true,
  description: true,
  totalEmployees: true,
  supportNeedWorkers: true,
  supportNeedWorkingTimePct: true,
  ...WISE_CLASSIFICATION_FACTS,
  supportNeedCounts: { select: { category: true, count: true }, orderBy: { category: "asc" } },
} as const satisfies Prisma.WiseSelect;

/**
 * Everything the WISE pages, the edit form and the registry export show: the shared profile and
 * the facts of the national rules (not in session bundles yet: counts of disabled workers and of
 * founders at risk are small groups a bundle would have to suppress).
 */
export const WISE_RECORD_SELECT = {
  id: true,
  ...WISE_SHARED_PROFILE,
  ...WISE_THRESHOLD_FACTS,
  representativeName: true,
  representativeRole: true,
  representativeEmail: true,
  updatedAt: true,
} as const satisfies Prisma.WiseSelect;

/**
 * What the audit trail keeps of a WISE: the record without the support-need counts per category
 * and the other small groups (special-category data stays out of the trail) and without the
 * bookkeeping timestamp.
 */
const {
  supportNeedCounts: _counts,
  updatedAt: _updatedAt,
  // Small groups beside the breakdown (lib/wises/support-need-suppression.ts: SMALL_GROUP_FACTS).
  disabledWorkers: _disabled,
  disabledFte: _disabledFte,
  disabledWorkingTimePct: _disabledTime,
  foundersAtRisk: _foundersAtRisk,
  ...WISE_AUDIT_FIELDS
} = WISE_RECORD_SELECT;
export const WISE_AUDIT_SELECT = WISE_AUDIT_FIELDS satisfies Prisma.WiseSelect;

/** The WISE columns Prisma returns as Decimal (percentages, DECIMAL(5,2)). */
const DECIMAL_FIELDS = [
  "supportNeedWorkingTimePct",
  "disabledWorkingTimePct",
  "totalFte",
  "supportNeedFte",
  "disabledFte",
  "profitDistributedPct",
  "salesRevenuePct",
  "publicContractsRevenuePct",
  "subsidiesRevenuePct",
  "donationsRevenuePct",
] as const;

type DecimalField = (typeof DECIMAL_FIELDS)[number];
type Decimalish = { toNumber(): number } | null;

export type WithNumbers<T> = { [K in keyof T]: K extends DecimalField ? number | null : T[K] };

/** A WISE read with its percentages as plain numbers, which pages, files and rules need. */
export function wiseWithNumbers<T extends Partial<Record<DecimalField, Decimalish>>>(
  wise: T,
): WithNumbers<T> {
  const converted: Record<string, unknown> = { ...wise };
  for (const field of DECIMAL_FIELDS) {
    const value = wise[field];
    if (value !== undefined) converted[field] = value === null ? null : value.toNumber();
  }
  return converted as WithNumbers<T>;
}

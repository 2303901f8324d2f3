import type { SupportNeedCategory } from "@/lib/generated/prisma/enums";
import type { ErrorKey } from "@/lib/i18n/error-keys";
import { z } from "@/lib/validation/zod";
import {
  ALL_LEGAL_FORM_CODES,
  ALL_SUBDIVISION_CODES,
  LEGAL_FORM_OPTIONS,
  SUBDIVISION_OPTIONS,
} from "./country-rules/options";
import {
  CountryCodeField,
  IntegrationModeField,
  OptionalEmailField,
  optionalCode,
  optionalFte,
  optionalPercent,
  optionalTextOf,
  optionalWholeNumber,
  optionalYear,
  SectorsField,
  WebsiteField,
} from "./field-schemas";
import {
  emptyThresholdInput,
  THRESHOLD_OUTCOMES,
  THRESHOLD_RULE_IDS,
  type ThresholdInput,
} from "./threshold-rules";

export const SUPPORT_NEED_CATEGORIES = [
  "PHYSICAL_SENSORY_DISABILITY",
  "INTELLECTUAL_LEARNING_DISABILITY",
  "PSYCHOSOCIAL_DISABILITY",
  "SUBSTANCE_USE",
  "EX_OFFENDERS",
  "LONG_TERM_UNEMPLOYED",
  "HOMELESS",
  "ASYLUM_SEEKERS_REFUGEES_MIGRANTS",
  "NEETS",
  "WOMEN_SURVIVORS_OF_VIOLENCE",
  "ETHNIC_MINORITIES",
  "LOW_QUALIFICATION",
] as const satisfies readonly SupportNeedCategory[];

/** The form field (and error key) that holds one category's count, e.g. `supportNeed_NEETS`. */
export const supportNeedField = (category: SupportNeedCategory) =>
  `supportNeed_${category}` as const;

export const FUNCTION_WEIGHT_FIELDS = [
  "productionWeight",
  "trainingWeight",
  "socialSupportWeight",
  "placementWeight",
] as const;
export const REVENUE_FIELDS = [
  "salesRevenuePct",
  "publicContractsRevenuePct",
  "subsidiesRevenuePct",
  "donationsRevenuePct",
] as const;

/** Error keys of rules that span several fields; the form shows them on the group's fieldset. */
export const GROUP_ERROR_FIELDS = {
  categories: "supportNeedCategories",
  revenue: "revenueMix",
} as const;

const MAX_HEADCOUNT = 1_000_000;
const headcount = () => optionalWholeNumber(0, MAX_HEADCOUNT, "headcountInvalid");
const weight = () => optionalWholeNumber(0, 100, "weightOutOfRange");

/** The facts only some countries' rules read (lib/wises/country-rules); the form asks them where needed. */
const NATIONAL_RULE_FIELDS = {
  legalFormCode: optionalCode(ALL_LEGAL_FORM_CODES),
  subdivisionCode: optionalCode(ALL_SUBDIVISION_CODES),
  disabledWorkers: headcount(),
  totalFte: optionalFte(),
  supportNeedFte: optionalFte(),
  disabledFte: optionalFte(),
  disabledWorkingTimePct: optionalPercent(),
  halfTimeContractEmployees: headcount(),
  halfTimeSupportNeedWorkers: headcount(),
  foundersTotal: headcount(),
  foundersAtRisk: headcount(),
  profitDistributedPct: optionalPercent(),
};
export const NATIONAL_RULE_FIELD_NAMES = Object.keys(
  NATIONAL_RULE_FIELDS,
) as (keyof typeof NATIONAL_RULE_FIELDS)[];

const WiseFields = z.object({
  name: z.preprocess((value) => value ?? "", z.string().trim().min(1).max(160)),
  legalForm: optionalTextOf(120),
  countryCode: CountryCodeField,
  region: optionalTextOf(120),
  yearFounded: optionalYear(),
  sectors: SectorsField,
  website: WebsiteField,
  description: optionalTextOf(2000),
  totalEmployees: headcount(),
  supportNeedWorkers: headcount(),
  supportNeedWorkingTimePct: optionalPercent(),
  ...NATIONAL_RULE_FIELDS,
  integrationMode: IntegrationModeField,
  productionWeight: weight(),
  trainingWeight: weight(),
  socialSupportWeight: weight(),
  placementWeight: weight(),
  salesRevenuePct: optionalPercent(),
  publicContractsRevenuePct: optionalPercent(),
  subsidiesRevenuePct: optionalPercent(),
  donationsRevenuePct: optionalPercent(),
  representativeName: optionalTextOf(120),
  representativeRole: optionalTextOf(120),
  representativeEmail: OptionalEmailField,
  ...(Object.fromEntries(
    SUPPORT_NEED_CATEGORIES.map((category) => [supportNeedField(category), headcount()]),
  ) as Record<ReturnType<typeof supportNeedField>, ReturnType<typeof headcount>>),
});
type WiseFieldsOutput = z.output<typeof WiseFields>;

/** The fields the rules between fields read. */
const CROSS_FIELD_INPUTS = [
  "countryCode",
  "yearFounded",
  ...NATIONAL_RULE_FIELD_NAMES,
  "totalEmployees",
  "supportNeedWorkers",
  "supportNeedWorkingTimePct",
  ...REVENUE_FIELDS,
  ...SUPPORT_NEED_CATEGORIES.map(supportNeedField),
] as const satisfies readonly (keyof WiseFieldsOutput)[];
type CrossFieldInput = (typeof CROSS_FIELD_INPUTS)[number];

/**
 * The figures the rules between fields read, each parsed on its own: a field that fails its own
 * check is left out (and listed in `invalid`), so that one bad box does not hide the rules the
 * others break.
 */
function figuresOf(raw: unknown) {
  const input = typeof raw === "object" && raw !== null ? (raw as Record<string, unknown>) : {};
  const figures: Partial<Pick<WiseFieldsOutput, CrossFieldInput>> = {};
  const invalid = new Set<CrossFieldInput>();
  for (const field of CROSS_FIELD_INPUTS) {
    const parsed = WiseFields.shape[field].safeParse(input[field]);
    if (parsed.success) (figures as Record<string, unknown>)[field] = parsed.data;
    else invalid.add(field);
  }
  return { figures, invalid };
}

/**
 * The figures the threshold checks read, from a form being filled in: a blank or invalid box is
 * not known yet. Lets the form say, as the person types, what each check still needs.
 */
export function thresholdInputOf(raw: unknown): ThresholdInput {
  const { figures } = figuresOf(raw);
  const input = emptyThresholdInput(figures.countryCode ?? "");
  for (const fact of Object.keys(input) as (keyof ThresholdInput)[]) {
    if (fact === "countryCode") continue;
    const value = figures[fact as Exclude<keyof ThresholdInput, "countryCode">];
    if (value !== undefined) (input as Record<string, unknown>)[fact] = value;
  }
  return input;
}

const hundredths = (value: number | undefined) => Math.round((value ?? 0) * 100);

/**
 * Rules between fields. Category counts are of distinct workers (each worker is counted in the
 * category that best describes them), so they add up to at most the number of workers with
 * support needs, which in turn is part of the total staff. A rule whose figures are missing or
 * invalid stays silent: the field's own message says what to fix.
 */
function crossFieldRules(raw: unknown, context: z.RefinementCtx) {
  const issue = (path: string, message: ErrorKey) =>
    context.addIssue({ code: "custom", path: [path], message });
  const { figures: value, invalid } = figuresOf(raw);
  const { totalEmployees: total, supportNeedWorkers: workers } = value;
  if (total !== undefined && workers !== undefined && workers > total) {
    issue("supportNeedWorkers", "wsnExceedsTotal");
  }
  const categorySum = SUPPORT_NEED_CATEGORIES.reduce(
    (sum, c) => sum + (value[supportNeedField(c)] ?? 0),
    0,
  );
  if (categorySum > 0 && workers === undefined && !invalid.has("supportNeedWorkers"))
    issue("supportNeedWorkers", "wsnNeededForCategories");
  if (workers !== undefined && categorySum > workers)
    issue(GROUP_ERROR_FIELDS.categories, "categoriesExceedWsn");
  if (workers === 0 && (value.supportNeedWorkingTimePct ?? 0) > 0) {
    issue("supportNeedWorkingTimePct", "workingTimeWithoutWsn");
  }
  nationalRuleFieldRules(value, issue);
  // Compared in hundredths of a percent: 33.33 + 33.33 + 33.34 is exactly 100.
  if (REVENUE_FIELDS.reduce((sum, field) => sum + hundredths(value[field]), 0) > 100_00) {
    issue(GROUP_ERROR_FIELDS.revenue, "revenueOver100");
  }
}

/** `part` may not be more than `whole` (both given); in hundredths, so FTE compare exactly. */
function atMost(
  value: Partial<Record<string, number | string | undefined>>,
  part: string,
  whole: string,
  key: ErrorKey,
  issue: (path: string, message: ErrorKey) => void,
) {
  const a = value[part];
  const b = value[whole];
  if (typeof a === "number" && typeof b === "number" && Math.round(a * 100) > Math.round(b * 100))
    issue(part, key);
}

/**
 * The national facts hold together: the disabled are among the workers with support needs, who
 * are among the staff; founders at risk among the founders; a legal form or region from the
 * WISE's country's own list.
 */
function nationalRuleFieldRules(
  value: Partial<Record<string, number | string | undefined>>,
  issue: (path: string, message: ErrorKey) => void,
) {
  atMost(value, "disabledWorkers", "supportNeedWorkers", "partExceedsWhole", issue);
  atMost(value, "supportNeedFte", "totalFte", "partExceedsWhole", issue);
  atMost(value, "disabledFte", "supportNeedFte", "partExceedsWhole", issue);
  atMost(value, "disabledWorkingTimePct", "supportNeedWorkingTimePct", "partExceedsWhole", issue);
  atMost(value, "halfTimeContractEmployees", "totalEmployees", "partExceedsWhole", issue);
  atMost(
    value,
    "halfTimeSupportNeedWorkers",
    "halfTimeContractEmployees",
    "partExceedsWhole",
    issue,
  );
  atMost(value, "halfTimeSupportNeedWorkers", "supportNeedWorkers", "partExceedsWhole", issue);
  atMost(value, "foundersAtRisk", "foundersTotal", "partExceedsWhole", issue);
  const country = typeof value.countryCode === "string" ? value.countryCode : undefined;
  if (country === undefined) return;
  const offered = (options: Partial<Record<string, readonly string[]>>, field: string) => {
    const code = value[field];
    if (typeof code === "string" && !(options[country] ?? []).includes(code))
      issue(field, "codeNotOffered");
  };
  offered(LEGAL_FORM_OPTIONS, "legalFormCode");
  offered(SUBDIVISION_OPTIONS, "subdivisionCode");
}

/** What is stored: the profile's columns, and the counts per category that were given. */
function toWiseData(value: WiseFieldsOutput) {
  const supportNeedCounts = SUPPORT_NEED_CATEGORIES.flatMap((category) => {
    const count = value[supportNeedField(category)];
    return count === undefined ? [] : [{ category, count }];
  });
  return {
    name: value.name,
    legalForm: value.legalForm ?? null,
    countryCode: value.countryCode,
    region: value.region ?? null,
    yearFounded: value.yearFounded ?? null,
    sectors: value.sectors,
    website: value.website ?? null,
    description: value.description ?? null,
    totalEmployees: value.totalEmployees ?? null,
    supportNeedWorkers: value.supportNeedWorkers ?? null,
    supportNeedWorkingTimePct: value.supportNeedWorkingTimePct ?? null,
    ...(Object.fromEntries(
      NATIONAL_RULE_FIELD_NAMES.map((field) => [field, value[field] ?? null]),
    ) as {
      [K in (typeof NATIONAL_RULE_FIELD_NAMES)[number]]: NonNullable<WiseFieldsOutput[K]> | null;
    }),
    integrationMode: value.integrationMode ?? null,
    productionWeight: value.productionWeight ?? null,
    trainingWeight: value.trainingWeight ?? null,
    socialSupportWeight: value.socialSupportWeight ?? null,
    placementWeight: value.placementWeight ?? null,
    salesRevenuePct: value.salesRevenuePct ?? null,
    publicContractsRevenuePct: value.publicContractsRevenuePct ?? null,
    subsidiesRevenuePct: value.subsidiesRevenuePct ?? null,
    donationsRevenuePct: value.donationsRevenuePct ?? null,
    representativeName: value.representativeName ?? null,
    representativeRole: value.representativeRole ?? null,
    representativeEmail: value.representativeEmail ?? null,
    supportNeedCounts,
  };
}

/**
 * Every problem in one round: the fields' own checks and the rules between fields both run on the
 * raw input and their issues are reported together. (A refinement on the object would run only
 * once every field is valid, so a person would fix one round of errors to meet the next.)
 */
function withCrossFieldRules<S extends z.ZodType>(fields: S) {
  return z.unknown().transform((raw, context): z.output<S> => {
    const parsed = fields.safeParse(raw);
    for (const issue of parsed.error?.issues ?? []) {
      context.addIssue({ ...issue, code: "custom", message: issue.message });
    }
    crossFieldRules(raw, context);
    return parsed.success ? parsed.data : z.NEVER;
  });
}

/** A WISE profile from a form or one row of an imported file: the same rules for both. */
export const WiseSchema = withCrossFieldRules(WiseFields).transform(toWiseData);
export type WiseData = z.output<typeof WiseSchema>;
/** Field names of the form (and of error paths). */
export type WiseField = keyof z.input<typeof WiseFields>;
export const WISE_FIELDS = Object.keys(WiseFields.shape) as WiseField[];

export const CreateWiseSchema = WiseSchema;

const UpdateWiseFields = WiseFields.extend({ wiseId: z.string().trim().min(1).max(64) });
export const UpdateWiseSchema = withCrossFieldRules(UpdateWiseFields).transform(
  ({ wiseId, ...fields }) => ({ wiseId, data: toWiseData(fields) }),
);

/** The list's filters, from the query string; a bad value is dropped rather than failing the page. */
export const WiseFilterSchema = z.object({
  q: z
    .string()
    .trim()
    .max(160)
    .optional()
    .catch(undefined)
    .transform((q) => q || undefined),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/)
    .optional()
    .catch(undefined),
  region: z
    .string()
    .trim()
    .max(120)
    .optional()
    .catch(undefined)
    .transform((region) => region || undefined),
  check: z.enum(THRESHOLD_RULE_IDS).optional().catch(undefined),
  outcome: z.enum(THRESHOLD_OUTCOMES).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});
/** Every filter is optional: code that builds one (an export, a test) names only those it sets. */
export type WiseFilter = Partial<z.infer<typeof WiseFilterSchema>>;

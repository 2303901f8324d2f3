import type { SupportNeedCategory } from "@/lib/generated/prisma/enums";
import { SUPPORT_NEED_CATEGORIES, supportNeedField, type WiseField } from "./schemas";

/**
 * The columns of an import file (and of an export). Each has a code (`legal_form`) that works
 * in every country; files made by the app head them in the reader's language instead
 * (lib/wises/column-labels), and an import accepts either. Each maps to a field of the WISE schema, so a row is checked by exactly the
 * rules of the form. `format` picks the explanation shown on the import page.
 */
export type ColumnFormat =
  | "text"
  | "country"
  | "year"
  | "list"
  | "url"
  | "headcount"
  | "percent"
  | "mode"
  | "weight"
  | "email"
  /** Facts of the national rules (lib/wises/country-rules): explained by CountryRules.formats. */
  | "fte"
  | "code";

export type ImportColumn = {
  header: string;
  field: WiseField;
  format: ColumnFormat;
  required?: boolean;
  /** Set on the per-category count columns. */
  category?: SupportNeedCategory;
  /** A fact of the national rules: labelled from the CountryRules catalogue. */
  national?: boolean;
};

/**
 * The facts of the national rules, after the workforce columns. A file made before they existed
 * has none of these columns and imports as before: a missing column is a fact not given.
 */
const NATIONAL_RULE_COLUMNS: readonly ImportColumn[] = [
  { header: "legal_form_code", field: "legalFormCode", format: "code", national: true },
  { header: "region_code", field: "subdivisionCode", format: "code", national: true },
  { header: "disabled_count", field: "disabledWorkers", format: "headcount", national: true },
  { header: "total_fte", field: "totalFte", format: "fte", national: true },
  { header: "wsn_fte", field: "supportNeedFte", format: "fte", national: true },
  { header: "disabled_fte", field: "disabledFte", format: "fte", national: true },
  {
    header: "disabled_working_time_pct",
    field: "disabledWorkingTimePct",
    format: "percent",
    national: true,
  },
  {
    header: "half_time_contract_employees",
    field: "halfTimeContractEmployees",
    format: "headcount",
    national: true,
  },
  {
    header: "half_time_wsn_count",
    field: "halfTimeSupportNeedWorkers",
    format: "headcount",
    national: true,
  },
  { header: "founders", field: "foundersTotal", format: "headcount", national: true },
  { header: "founders_at_risk", field: "foundersAtRisk", format: "headcount", national: true },
  {
    header: "profit_distributed_pct",
    field: "profitDistributedPct",
    format: "percent",
    national: true,
  },
];

export const IMPORT_COLUMNS: readonly ImportColumn[] = [
  { header: "name", field: "name", format: "text", required: true },
  { header: "legal_form", field: "legalForm", format: "text" },
  { header: "country", field: "countryCode", format: "country", required: true },
  { header: "region", field: "region", format: "text" },
  { header: "year_founded", field: "yearFounded", format: "year" },
  { header: "sectors", field: "sectors", format: "list" },
  { header: "website", field: "website", format: "url" },
  { header: "description", field: "description", format: "text" },
  { header: "total_employees", field: "totalEmployees", format: "headcount" },
  { header: "wsn_count", field: "supportNeedWorkers", format: "headcount" },
  { header: "wsn_working_time_pct", field: "supportNeedWorkingTimePct", format: "percent" },
  ...NATIONAL_RULE_COLUMNS,
  { header: "integration_mode", field: "integrationMode", format: "mode" },
  { header: "production_weight", field: "productionWeight", format: "weight" },
  { header: "training_weight", field: "trainingWeight", format: "weight" },
  { header: "social_support_weight", field: "socialSupportWeight", format: "weight" },
  { header: "placement_weight", field: "placementWeight", format: "weight" },
  { header: "sales_pct", field: "salesRevenuePct", format: "percent" },
  { header: "public_contracts_pct", field: "publicContractsRevenuePct", format: "percent" },
  { header: "subsidies_pct", field: "subsidiesRevenuePct", format: "percent" },
  { header: "donations_pct", field: "donationsRevenuePct", format: "percent" },
  { header: "representative_name", field: "representativeName", format: "text" },
  { header: "representative_role", field: "representativeRole", format: "text" },
  { header: "representative_email", field: "representativeEmail", format: "email" },
  ...SUPPORT_NEED_CATEGORIES.map(
    (category): ImportColumn => ({
      header: `wsn_${category.toLowerCase()}`,
      field: supportNeedField(category),
      format: "headcount",
      category,
    }),
  ),
];

export const IMPORT_HEADERS = IMPORT_COLUMNS.map((column) => column.header);

const BY_HEADER = new Map(IMPORT_COLUMNS.map((column) => [column.header, column]));
const BY_FIELD = new Map(IMPORT_COLUMNS.map((column) => [column.field as string, column]));

/** "Total employees", "total-employees" and " TOTAL_EMPLOYEES " all name the same column. */
export function normaliseHeader(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
}

/** The column header a field is imported from; rules across fields keep their own name. */
export function headerOfField(field: string): string {
  return BY_FIELD.get(field)?.header ?? field;
}

export type HeaderMatch = {
  /** For each column of the file, the field it fills, or null when it is ignored. */
  fields: (WiseField | null)[];
  missingRequired: string[];
  ignored: string[];
  /** Headers that appear twice: which of the two to believe is not ours to guess. */
  repeated: string[];
};

/**
 * `aliases` maps other names of a column (its label in either language, as lib/wises/
 * column-labels keys them) to its code, so a file exported in Romanian imports as it is.
 */
export function matchHeaders(
  headers: string[],
  aliases: { key: (header: string) => string; codes: ReadonlyMap<string, string> } = {
    key: (header) => header,
    codes: new Map(),
  },
): HeaderMatch {
  const seen = new Set<string>();
  const ignored: string[] = [];
  const repeated: string[] = [];
  const fields = headers.map((raw) => {
    const code = normaliseHeader(raw);
    const header = BY_HEADER.has(code) ? code : (aliases.codes.get(aliases.key(raw)) ?? code);
    const column = BY_HEADER.get(header);
    if (!column) {
      if (header !== "") ignored.push(raw.trim());
      return null;
    }
    if (seen.has(header)) repeated.push(header);
    seen.add(header);
    return column.field;
  });
  const missingRequired = IMPORT_COLUMNS.filter((c) => c.required && !seen.has(c.header)).map(
    (c) => c.header,
  );
  return { fields, missingRequired, ignored, repeated };
}

/**
 * The downloadable template: the header line only, so nothing sample can be imported by
 * mistake; `labels` heads the columns in the reader's language (lib/wises/column-labels).
 */
export function importTemplateCsv(labels: readonly string[] = IMPORT_HEADERS): string {
  return `${labels.map((label) => `"${label.replace(/"/g, '""')}"`).join(",")}\r\n`;
}

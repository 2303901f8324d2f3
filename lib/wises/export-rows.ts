import { type Table, tableToCsv, tableToXlsx } from "@/lib/exports/writers";
import type { Locale } from "@/lib/i18n/locales";
import { registryLabels } from "./column-labels";
import { RULES } from "./country-rules/index";
import { IMPORT_COLUMNS } from "./import-columns";
import type { ExportedWiseRecord } from "./queries";
import { disclosedCountText } from "./support-need-suppression";
import { checkThresholds, THRESHOLD_RULE_IDS, type ThresholdOutcome } from "./threshold-rules";

/**
 * The registry as a file: the import's columns (so an export can be edited and compared with a
 * new import), then one column per national or EU rule (blank where the rule does not apply to
 * the WISE's country; an unverified rule's outcome says so). Counts per support-need category arrive
 * already disclosed for the reader (lib/wises/support-need-suppression.ts): "<5" for a small
 * group, "withheld" for a count hidden beside one, as on the WISE's page.
 */

export type ExportCell = string | number | null;

const checkHeader = (rule: string) => `check_${rule.toLowerCase()}`;

export const EXPORT_HEADERS = [
  ...IMPORT_COLUMNS.map((column) => column.header),
  ...THRESHOLD_RULE_IDS.map(checkHeader),
];

type ExportedWise = Omit<ExportedWiseRecord, "id" | "updatedAt"> & { id?: string };

export function exportRow(wise: ExportedWise): ExportCell[] {
  const counts = new Map(wise.supportNeeds.map((entry) => [entry.category, entry.count]));
  const cells = IMPORT_COLUMNS.map((column): ExportCell => {
    if (column.category) {
      const count = counts.get(column.category);
      if (count === undefined) return null;
      return count.kind === "count" ? count.value : disclosedCountText(count);
    }
    if (column.field === "sectors") return wise.sectors.join(", ");
    const value = wise[column.field as keyof ExportedWise];
    return typeof value === "string" || typeof value === "number" ? value : null;
  });
  const checks = new Map(
    (wise.checks ?? checkThresholds(wise)).map((check) => [check.rule, check.outcome]),
  );
  return [...cells, ...THRESHOLD_RULE_IDS.map((rule) => checks.get(rule) ?? null)];
}

/**
 * The registry as a table in the reader's language: headers as on the WISE form, check
 * outcomes in words. Codes that an import reads back (country, integration mode) stay codes.
 */
export async function exportTable(wises: readonly ExportedWise[], locale: Locale): Promise<Table> {
  const checkStart = IMPORT_COLUMNS.length;
  const labels = await registryLabels(locale);
  return {
    headers: [...IMPORT_COLUMNS.map(labels.column), ...THRESHOLD_RULE_IDS.map(labels.check)],
    rows: wises.map((wise) =>
      exportRow(wise).map((cell, index) =>
        index >= checkStart && typeof cell === "string"
          ? labels.outcome(
              cell as ThresholdOutcome,
              RULES[THRESHOLD_RULE_IDS[index - checkStart]].unverified,
            )
          : cell,
      ),
    ),
  };
}

/** CSV with the conventions of every export (lib/exports/writers): BOM, CRLF, quoted text, formulas escaped. */
export async function exportCsv(
  wises: readonly ExportedWise[],
  locale: Locale = "en",
): Promise<string> {
  return tableToCsv(await exportTable(wises, locale));
}

export async function exportXlsx(
  wises: readonly ExportedWise[],
  locale: Locale = "en",
): Promise<Uint8Array<ArrayBuffer>> {
  return tableToXlsx(await exportTable(wises, locale), "WISEs");
}

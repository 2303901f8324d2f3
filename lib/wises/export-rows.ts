import ExcelJS from "exceljs";
import Papa from "papaparse";
import { IMPORT_COLUMNS } from "./import-columns";
import type { ExportedWiseRecord } from "./queries";
import { disclosedCountText } from "./support-need-suppression";
import { checkThresholds, THRESHOLD_RULE_IDS } from "./threshold-rules";

/**
 * The registry as a file: the import's columns (so an export can be edited and compared with a
 * new import), then one column per threshold check. Counts per support-need category arrive
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
  const checks = checkThresholds(wise).map((check) => check.outcome);
  return [...cells, ...checks];
}

/**
 * CSV for spreadsheets: a byte-order mark so Excel reads UTF-8 (ș, ț), CRLF line ends, and text
 * starting with = + - @ escaped so that a WISE's description cannot run as a formula.
 */
export function exportCsv(wises: readonly ExportedWise[]): string {
  const data = wises.map((wise) =>
    exportRow(wise).map((cell) => (cell === null ? "" : String(cell))),
  );
  const csv = Papa.unparse(
    { fields: EXPORT_HEADERS, data },
    { newline: "\r\n", escapeFormulae: true },
  );
  // Papa ends a header-only file with a line break but not one with rows: end both with one.
  return `\uFEFF${csv.replace(/\r\n$/, "")}\r\n`;
}

export async function exportXlsx(wises: readonly ExportedWise[]): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date();
  const sheet = workbook.addWorksheet("WISEs", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.addRow(EXPORT_HEADERS);
  sheet.getRow(1).font = { bold: true };
  for (const wise of wises) sheet.addRow(exportRow(wise));
  sheet.columns.forEach((column, index) => {
    column.width = Math.max(12, Math.min(40, (EXPORT_HEADERS[index]?.length ?? 10) + 2));
  });
  // In Node this is a Buffer: copied into a plain Uint8Array, which Response bodies accept.
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

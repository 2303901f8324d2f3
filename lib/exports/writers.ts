import ExcelJS from "exceljs";
import Papa from "papaparse";

/**
 * Tables as files, with the conventions of the WISE registry's export (lib/wises/export-rows.ts),
 * whose writers are tied to WISE rows: a byte-order mark so that Excel reads UTF-8 (ș, ț), CRLF
 * line ends, and text starting with = + - @ escaped so that a comment cannot run as a formula.
 */

export type Cell = string | number | null;
export type Table = { headers: readonly string[]; rows: readonly (readonly Cell[])[] };

export function tableToCsv(table: Table): string {
  const data = table.rows.map((row) => row.map((cell) => (cell === null ? "" : String(cell))));
  const csv = Papa.unparse(
    { fields: [...table.headers], data },
    { newline: "\r\n", escapeFormulae: true },
  );
  // Papa ends a header-only file with a line break but not one with rows: end both with one.
  return `\uFEFF${csv.replace(/\r\n$/, "")}\r\n`;
}

/** Formula-like text is kept as text: exceljs writes strings as strings, never as formulas. */
export async function tableToXlsx(
  table: Table,
  sheetName: string,
): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date();
  // Excel refuses sheet names over 31 characters or with []:*?/\ in them.
  const name = sheetName.replace(/[[\]:*?/\\]/g, " ").slice(0, 31) || "Sheet1";
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.addRow([...table.headers]);
  sheet.getRow(1).font = { bold: true };
  for (const row of table.rows) sheet.addRow([...row]);
  sheet.columns.forEach((column, index) => {
    column.width = Math.max(10, Math.min(40, (table.headers[index]?.length ?? 8) + 4));
  });
  // In Node this is a Buffer: copied into a plain Uint8Array, which Response bodies accept.
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

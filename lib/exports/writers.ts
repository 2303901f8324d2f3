import ExcelJS from "exceljs";
import Papa from "papaparse";

/**
 * Tables as files, for the session exports and the WISE registry alike: a byte-order mark so
 * that Excel reads UTF-8 (ș, ț), CRLF line ends, every text field in quotes, and text starting
 * with = + - @ escaped so that a comment cannot run as a formula.
 */

export type Cell = string | number | null;
export type Table = { headers: readonly string[]; rows: readonly (readonly Cell[])[] };

/**
 * Every text field is quoted, not only those holding a comma: a spreadsheet that splits on
 * semicolons (the default where the comma is the decimal mark, as in Romania) would otherwise
 * split "Bună; dar mică" into two columns. Numbers stay bare so that they read as numbers.
 * Papa prefixes formula-like text with an apostrophe (`'=SUM(A1)`), the protection that the
 * README explains how to remove.
 */
export function tableToCsv(table: Table): string {
  const csv = Papa.unparse(
    { fields: [...table.headers], data: table.rows.map((row) => [...row]) },
    {
      newline: "\r\n",
      escapeFormulae: true,
      quotes: (value: unknown) => typeof value === "string",
    },
  );
  // Papa ends a header-only file with a line break but not one with rows: end both with one.
  return `\uFEFF${csv.replace(/\r\n$/, "")}\r\n`;
}

/** One font for every cell, the header row included, so no program substitutes its own. */
export const XLSX_FONT = { name: "Calibri", family: 2, size: 11 } as const;

/** Columns as wide as their longest line, within reason: names fit, a long comment wraps. */
const MIN_WIDTH = 8;
const MAX_WIDTH = 60;

export function columnWidths(table: Table): number[] {
  const longestLine = (cell: Cell | string) =>
    cell === null
      ? 0
      : Math.max(
          ...String(cell)
            .split("\n")
            .map((line) => line.length),
        );
  return table.headers.map((header, index) => {
    const longest = Math.max(
      longestLine(header),
      ...table.rows.map((row) => longestLine(row[index] ?? null)),
    );
    return Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, longest + 2));
  });
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
  for (const row of table.rows) sheet.addRow([...row]);
  const widths = columnWidths(table);
  widths.forEach((width, index) => {
    sheet.getColumn(index + 1).width = width;
  });
  sheet.eachRow((row, rowNumber) => {
    for (let column = 1; column <= table.headers.length; column++) {
      const cell = row.getCell(column);
      cell.font = rowNumber === 1 ? { ...XLSX_FONT, bold: true } : { ...XLSX_FONT };
      // Text longer than its column wraps inside it instead of running over the next one.
      if (typeof cell.value === "string" && cell.value.length > MAX_WIDTH - 2) {
        cell.alignment = { wrapText: true, vertical: "top" };
      }
    }
  });
  // In Node this is a Buffer: copied into a plain Uint8Array, which Response bodies accept.
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

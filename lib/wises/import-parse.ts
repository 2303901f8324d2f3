import ExcelJS from "exceljs";
import Papa from "papaparse";
import { checkXlsxZip } from "./xlsx-zip-guard";

/**
 * Reads an uploaded CSV or XLSX file into rows of text cells. Nothing here knows what a WISE
 * is: `import-rows.ts` checks the rows. A file that cannot be read at all yields one error key
 * of the "Errors" catalogue, shown above the upload field.
 */

export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 1000;

export type SheetRow = { line: number; cells: string[] };
export type Sheet = { headers: string[]; rows: SheetRow[] };
export type ParseResult = { ok: true; sheet: Sheet } | { ok: false; error: ImportFileError };
export type ImportFileError =
  | "importFileMissing"
  | "importFileTooLarge"
  | "importFileType"
  | "importNotUtf8"
  | "importUnreadable"
  | "importXlsxUnsafe"
  | "importEmpty"
  | "importTooManyRows";

export function importFileKind(fileName: string): "csv" | "xlsx" | null {
  const extension = fileName.toLowerCase().split(".").pop();
  return extension === "csv" ? "csv" : extension === "xlsx" ? "xlsx" : null;
}

export async function parseImportFile(fileName: string, bytes: Uint8Array): Promise<ParseResult> {
  if (bytes.byteLength === 0) return { ok: false, error: "importFileMissing" };
  if (bytes.byteLength > MAX_IMPORT_BYTES) return { ok: false, error: "importFileTooLarge" };
  const kind = importFileKind(fileName);
  if (kind === null) return { ok: false, error: "importFileType" };
  const parsed = kind === "csv" ? parseCsv(bytes) : await parseXlsx(bytes);
  if (!parsed.ok) return parsed;
  return checkSize(parsed.sheet);
}

function checkSize(sheet: Sheet): ParseResult {
  if (sheet.headers.every((header) => header.trim() === "") || sheet.rows.length === 0) {
    return { ok: false, error: "importEmpty" };
  }
  // No text file holds a NUL byte, and PostgreSQL can store none: the preview's lookup of the
  // registry would fail on it.
  const cells = [sheet.headers, ...sheet.rows.map((row) => row.cells)];
  if (cells.some((line) => line.some((cell) => cell.includes("\u0000")))) {
    return { ok: false, error: "importUnreadable" };
  }
  if (sheet.rows.length > MAX_IMPORT_ROWS) return { ok: false, error: "importTooManyRows" };
  return { ok: true, sheet };
}

const isBlank = (cells: string[]) => cells.every((cell) => cell.trim() === "");

/**
 * Row numbers count records, the header being row 1, as a spreadsheet shows them; blank rows are
 * skipped but keep their number, so "row 7" is row 7 when the person opens their file.
 */
export function parseCsv(bytes: Uint8Array): ParseResult {
  let text: string;
  try {
    // Fatal: a file saved as Windows-1250 would otherwise import "Ș" as garbage without a word.
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, error: "importNotUtf8" };
  }
  // Delimiter guessed: Excel in Romanian (and much of Europe) saves CSV with semicolons.
  const result = Papa.parse<string[]>(text, {
    skipEmptyLines: false,
    delimitersToGuess: [",", ";", "\t"],
  });
  const fatal = result.errors.some((error) => error.type === "Quotes");
  if (fatal || result.data.length === 0) return { ok: false, error: "importUnreadable" };
  const [headers = [], ...records] = result.data;
  const rows = records
    .map((cells, index) => ({ line: index + 2, cells: cells.map((cell) => cell ?? "") }))
    .filter((row) => !isBlank(row.cells));
  return { ok: true, sheet: { headers, rows } };
}

/**
 * The text a cell means: formulas give their result, links their text, dates ISO days. A cell
 * formatted as a percentage holds 0.3 for "30%": read as 30, not as 0.3%.
 */
function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  const number = typeof value === "number" ? value : resultNumber(value);
  if (number !== null && cell.numFmt?.includes("%"))
    return String(Math.round(number * 10_000) / 100);
  if (value !== null && typeof value === "object" && "error" in value) return "";
  return cell.text ?? "";
}

function resultNumber(value: ExcelJS.CellValue): number | null {
  if (
    value !== null &&
    typeof value === "object" &&
    "result" in value &&
    typeof value.result === "number"
  ) {
    return value.result;
  }
  return null;
}

export async function parseXlsx(bytes: Uint8Array): Promise<ParseResult> {
  // A zip bomb is refused before exceljs unpacks anything (xlsx-zip-guard.ts).
  const zip = await checkXlsxZip(bytes);
  if (!zip.ok) return zip;
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
  } catch {
    return { ok: false, error: "importUnreadable" };
  }
  // The first sheet: a registry file with notes on a second sheet still imports.
  const sheet = workbook.worksheets[0];
  if (!sheet) return { ok: false, error: "importEmpty" };
  const width = sheet.getRow(1).cellCount;
  const read = (row: ExcelJS.Row) =>
    Array.from({ length: width }, (_, index) => cellText(row.getCell(index + 1)).trim());
  const headers = read(sheet.getRow(1));
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return;
    const cells = read(row);
    if (!isBlank(cells)) rows.push({ line: rowNumber, cells });
  });
  return { ok: true, sheet: { headers, rows } };
}

import ExcelJS from "exceljs";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { tableToCsv, tableToXlsx } from "./writers";

const TABLE = {
  headers: ["wise", "comment", "level"],
  rows: [
    ["Casa Meșteșugurilor", 'Spune "da", apoi\nrevine', 4],
    ["Țesătoria, Iași", '=HYPERLINK("http://evil")', null],
    ["Atelierul de Pâine", "", 1],
  ],
};

describe("tableToCsv", () => {
  const csv = tableToCsv(TABLE);

  it("starts with a byte-order mark and the headers, ends every line with CRLF", () => {
    expect(csv.startsWith("\uFEFFwise,comment,level\r\n")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
  });

  it("quotes commas, quotes and line breaks so that each cell reads back whole", () => {
    expect(csv).toContain('"Spune ""da"", apoi\nrevine"');
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(4);
    expect(parsed.data[1]).toEqual(["Casa Meșteșugurilor", 'Spune "da", apoi\nrevine', "4"]);
    expect(parsed.data[2][0]).toBe("Țesătoria, Iași");
  });

  it("writes an empty cell for null and escapes text that a spreadsheet would run", () => {
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
    expect(parsed.data[2][2]).toBe("");
    expect(parsed.data[2][1].startsWith("'=")).toBe(true);
  });

  it("writes the headers alone for a table without rows", () => {
    expect(tableToCsv({ headers: ["a", "b"], rows: [] })).toBe("\uFEFFa,b\r\n");
  });
});

describe("tableToXlsx", () => {
  it("writes one sheet with bold headers, numbers as numbers and text as text", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await tableToXlsx(TABLE, "Punctaje: brute/ș")).buffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.name).toBe("Punctaje  brute ș");
    expect(sheet.getRow(1).values).toEqual([undefined, "wise", "comment", "level"]);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.getCell("A2").value).toBe("Casa Meșteșugurilor");
    expect(sheet.getCell("B2").value).toBe('Spune "da", apoi\nrevine');
    expect(sheet.getCell("C2").value).toBe(4);
    // A formula-like comment stays text: exceljs writes strings as strings, never formulas.
    expect(sheet.getCell("B3").type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell("C3").value).toBeNull();
    expect(sheet.rowCount).toBe(4);
  });
});

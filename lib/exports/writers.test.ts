import ExcelJS from "exceljs";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { tableToCsv, tableToXlsx, XLSX_FONT } from "./writers";

const TABLE = {
  headers: ["wise", "comment", "level", "value"],
  rows: [
    ["Casa Meșteșugurilor", 'Spune "da", apoi\nrevine', 4, 12500.5],
    ["Țesătoria, Iași", '=HYPERLINK("http://evil")', null, "about 40"],
    ["Atelierul de Pâine", "Bună; dar mică", 1, -3],
  ],
};

const csvLines = (csv: string) => csv.slice(1).split("\r\n");

describe("tableToCsv", () => {
  const csv = tableToCsv(TABLE);

  it("starts with a byte-order mark and the quoted headers, ends every line with CRLF", () => {
    expect(csv.startsWith('\uFEFF"wise","comment","level","value"\r\n')).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
  });

  it("quotes every text field and leaves numbers and empty cells bare", () => {
    expect(csvLines(csv)[3]).toBe('"Atelierul de Pâine","Bună; dar mică",1,-3');
    expect(csv).toContain('"Spune ""da"", apoi\nrevine",4,12500.5');
  });

  it("keeps a comment with a semicolon in one column when a spreadsheet splits on semicolons", () => {
    // As LibreOffice does with both "," and ";" ticked as separators: split outside quotes only.
    const splitOnBoth = (line: string) => {
      const fields = [""];
      let quoted = false;
      for (const char of line) {
        if (char === '"') quoted = !quoted;
        if (!quoted && (char === "," || char === ";")) fields.push("");
        else fields[fields.length - 1] += char;
      }
      return fields;
    };
    const fields = splitOnBoth(csvLines(csv)[3]);
    expect(fields).toEqual(['"Atelierul de Pâine"', '"Bună; dar mică"', "1", "-3"]);
  });

  it("reads back cell by cell, formula-like text escaped with an apostrophe", () => {
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(4);
    expect(parsed.data[1]).toEqual([
      "Casa Meșteșugurilor",
      'Spune "da", apoi\nrevine',
      "4",
      "12500.5",
    ]);
    expect(parsed.data[2]).toEqual([
      "Țesătoria, Iași",
      '\'=HYPERLINK("http://evil")',
      "",
      "about 40",
    ]);
  });

  it("writes the headers alone for a table without rows", () => {
    expect(tableToCsv({ headers: ["a", "b"], rows: [] })).toBe('\uFEFF"a","b"\r\n');
  });
});

describe("tableToXlsx", () => {
  async function sheetOf(table: typeof TABLE) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await tableToXlsx(table, "Punctaje: brute/ș")).buffer);
    return workbook.worksheets[0];
  }

  it("writes one sheet with bold headers, numbers as numbers and text as text", async () => {
    const sheet = await sheetOf(TABLE);
    expect(sheet.name).toBe("Punctaje  brute ș");
    expect(sheet.getRow(1).values).toEqual([undefined, "wise", "comment", "level", "value"]);
    expect(sheet.getCell("A1").font?.bold).toBe(true);
    expect(sheet.getCell("A2").value).toBe("Casa Meșteșugurilor");
    expect(sheet.getCell("B2").value).toBe('Spune "da", apoi\nrevine');
    expect(sheet.getCell("C2").value).toBe(4);
    expect(sheet.getCell("D2").type).toBe(ExcelJS.ValueType.Number);
    expect(sheet.getCell("D2").value).toBe(12500.5);
    expect(sheet.getCell("D3").type).toBe(ExcelJS.ValueType.String);
    // A formula-like comment stays text: exceljs writes strings as strings, never formulas.
    expect(sheet.getCell("B3").type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell("C3").value).toBeNull();
    expect(sheet.rowCount).toBe(4);
  });

  it("writes every cell, the header row included, in one named font", async () => {
    const sheet = await sheetOf(TABLE);
    const fonts = new Set<string | undefined>();
    sheet.eachRow((row) => {
      for (let column = 1; column <= 4; column++) fonts.add(row.getCell(column).font?.name);
    });
    expect([...fonts]).toEqual([XLSX_FONT.name]);
  });

  it("makes each column as wide as its longest line, a very long comment wrapping", async () => {
    const longName = "Asociația Atelierul de Pâine și Meșteșuguri din Iași";
    const sheet = await sheetOf({
      ...TABLE,
      rows: [...TABLE.rows, [longName, "x".repeat(300), 5, 1]],
    });
    expect(sheet.getColumn(1).width).toBeGreaterThanOrEqual(longName.length);
    expect(sheet.getColumn(2).width).toBeLessThanOrEqual(60);
    expect(sheet.getCell("B5").alignment?.wrapText).toBe(true);
    expect(sheet.getColumn(3).width).toBeGreaterThanOrEqual("level".length);
  });
});

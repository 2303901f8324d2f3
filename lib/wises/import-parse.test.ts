import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, parseCsv, parseImportFile } from "./import-parse";

const utf8 = (text: string) => new TextEncoder().encode(text);

async function xlsx(
  rows: (string | number | null)[][],
  format?: (sheet: ExcelJS.Worksheet) => void,
) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Registry");
  for (const row of rows) sheet.addRow(row);
  format?.(sheet);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe("CSV files", () => {
  it("reads headers and rows, numbering rows as a spreadsheet does", async () => {
    const result = await parseImportFile(
      "r.csv",
      utf8("name,country\r\nAtelier,RO\r\n\r\nPânză,ro\r\n"),
    );
    expect(result).toEqual({
      ok: true,
      sheet: {
        headers: ["name", "country"],
        rows: [
          { line: 2, cells: ["Atelier", "RO"] },
          { line: 4, cells: ["Pânză", "ro"] },
        ],
      },
    });
  });

  it("strips a byte-order mark and reads semicolon-separated files", () => {
    const result = parseCsv(utf8('\uFEFFname;country;sectors\nȘtiința;RO;"bakery, catering"\n'));
    expect(result).toEqual({
      ok: true,
      sheet: {
        headers: ["name", "country", "sectors"],
        rows: [{ line: 2, cells: ["Știința", "RO", "bakery, catering"] }],
      },
    });
  });

  it("keeps a quoted line break inside one cell and one row", () => {
    const result = parseCsv(utf8('name,description\nA,"two\nlines"\nB,x\n'));
    expect(result.ok && result.sheet.rows).toEqual([
      { line: 2, cells: ["A", "two\nlines"] },
      { line: 3, cells: ["B", "x"] },
    ]);
  });

  it("refuses a file that is not UTF-8 instead of garbling its diacritics", () => {
    // "Ș" in Windows-1250 is 0xAA, not valid UTF-8 on its own.
    const latin2 = new Uint8Array([...utf8("name,country\n"), 0xaa, ...utf8("tiin,RO\n")]);
    expect(parseCsv(latin2)).toEqual({ ok: false, error: "importNotUtf8" });
  });

  it("refuses an unclosed quote", () => {
    expect(parseCsv(utf8('name,country\n"Atelier,RO\n'))).toEqual({
      ok: false,
      error: "importUnreadable",
    });
  });
});

describe("file-level refusals", () => {
  it("refuses an empty file, a file of headers only, and a file of blank rows", async () => {
    expect(await parseImportFile("a.csv", new Uint8Array())).toEqual({
      ok: false,
      error: "importFileMissing",
    });
    expect(await parseImportFile("a.csv", utf8("name,country\n"))).toEqual({
      ok: false,
      error: "importEmpty",
    });
    expect(await parseImportFile("a.csv", utf8("name,country\n,\n  ,  \n"))).toEqual({
      ok: false,
      error: "importEmpty",
    });
  });

  it("refuses other file types by their extension", async () => {
    expect(await parseImportFile("registry.xls", utf8("x"))).toEqual({
      ok: false,
      error: "importFileType",
    });
    expect(await parseImportFile("registry", utf8("x"))).toEqual({
      ok: false,
      error: "importFileType",
    });
  });

  it("refuses a file with a NUL byte, which no text holds and the database cannot store", async () => {
    expect(await parseImportFile("r.csv", utf8("name,country\nAtelier\u0000,RO\n"))).toEqual({
      ok: false,
      error: "importUnreadable",
    });
  });

  it("refuses more than 2 MB", async () => {
    const big = new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x41);
    expect(await parseImportFile("big.csv", big)).toEqual({
      ok: false,
      error: "importFileTooLarge",
    });
  });

  it(`refuses more than ${MAX_IMPORT_ROWS} rows`, async () => {
    const lines = Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => `W${i},RO`);
    const result = await parseImportFile("many.csv", utf8(`name,country\n${lines.join("\n")}`));
    expect(result).toEqual({ ok: false, error: "importTooManyRows" });
  });
});

describe("XLSX files", () => {
  it("reads the first sheet, with numbers and row numbers as Excel shows them", async () => {
    const bytes = await xlsx([
      ["name", "country", "total_employees"],
      ["Atelier", "RO", 12],
      [],
      ["Verde", "BE", null],
    ]);
    const result = await parseImportFile("Registry.XLSX", bytes);
    expect(result).toEqual({
      ok: true,
      sheet: {
        headers: ["name", "country", "total_employees"],
        rows: [
          { line: 2, cells: ["Atelier", "RO", "12"] },
          { line: 4, cells: ["Verde", "BE", ""] },
        ],
      },
    });
  });

  it("reads a cell formatted as a percentage as the percentage people see", async () => {
    const bytes = await xlsx(
      [
        ["name", "sales_pct"],
        ["A", 0.305],
      ],
      (sheet) => {
        sheet.getCell("B2").numFmt = "0.0%";
      },
    );
    const result = await parseImportFile("p.xlsx", bytes);
    expect(result.ok && result.sheet.rows[0]?.cells).toEqual(["A", "30.5"]);
  });

  it("reads formulas as their result and links as their text", async () => {
    const bytes = await xlsx(
      [
        ["name", "total_employees", "website"],
        ["A", null, null],
      ],
      (sheet) => {
        sheet.getCell("B2").value = { formula: "10+2", result: 12 };
        sheet.getCell("C2").value = { text: "atelier.ro", hyperlink: "https://atelier.ro" };
      },
    );
    const result = await parseImportFile("f.xlsx", bytes);
    expect(result.ok && result.sheet.rows[0]?.cells).toEqual(["A", "12", "atelier.ro"]);
  });

  it("refuses bytes that are not a spreadsheet", async () => {
    expect(await parseImportFile("fake.xlsx", utf8("name,country\nA,RO\n"))).toEqual({
      ok: false,
      error: "importUnreadable",
    });
  });
});

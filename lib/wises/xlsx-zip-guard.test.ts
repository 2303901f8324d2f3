import { deflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { deflatedZeros, MB, type ZipEntry, zip } from "../../tests/fixtures/lying-zip";
import { parseImportFile } from "./import-parse";
import { checkXlsxZip, readCentralDirectory, XLSX_ZIP_LIMITS } from "./xlsx-zip-guard";

const sheetXml = (text: string): ZipEntry => {
  const data = deflateRawSync(Buffer.from(text));
  return { name: "xl/worksheets/sheet1.xml", data, method: 8, declaredSize: text.length };
};

async function registryXlsx(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Registry");
  sheet.addRow(["name", "country", "total_employees"]);
  for (let row = 0; row < 200; row++) sheet.addRow([`Atelierul ${row}`, "RO", row]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe("the XLSX zip guard", () => {
  it("lets an ordinary workbook through, with its real unpacked size", async () => {
    const bytes = await registryXlsx();
    const verdict = await checkXlsxZip(bytes);
    expect(verdict.ok).toBe(true);
    expect(verdict.ok && verdict.unpackedBytes).toBeGreaterThan(bytes.byteLength);
  });

  it("stops an entry that lies about its size as soon as it passes what it declared", async () => {
    // 1 MB of zip that declares 1 kB and really unpacks to 1 GB: the central directory looks
    // harmless, only unpacking tells. Unpacked in full it would take a gigabyte and seconds.
    const liar = { ...sheetXml(""), data: deflatedZeros(1024), declaredSize: 1024 };
    const bytes = zip([sheetXml("<worksheet/>"), liar]);
    expect(readCentralDirectory(bytes).ok).toBe(true);
    const rssBefore = process.memoryUsage().rss;
    expect(await checkXlsxZip(bytes)).toEqual({ ok: false, error: "importXlsxUnsafe" });
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(200 * MB);
    // And so the import refuses it, before exceljs sees it, with the message of its own.
    expect(await parseImportFile("bomb.xlsx", bytes)).toEqual({
      ok: false,
      error: "importXlsxUnsafe",
    });
  });

  it("refuses an honest bomb from its central directory alone, unpacking nothing", async () => {
    // Declares its true 200 MB: a ratio of about 1,000, which no spreadsheet has.
    const honest = { ...sheetXml(""), data: deflatedZeros(200), declaredSize: 200 * MB };
    const bytes = zip([honest]);
    expect(readCentralDirectory(bytes)).toEqual({ ok: false, error: "importXlsxUnsafe" });
    expect(await checkXlsxZip(bytes)).toEqual({ ok: false, error: "importXlsxUnsafe" });
  });

  it("refuses a moderate ratio once the entries together pass the total", async () => {
    const limits = { ...XLSX_ZIP_LIMITS, maxUnpackedBytes: 3 * MB };
    const entry = (index: number) => ({
      ...sheetXml(""),
      name: `xl/part${index}.xml`,
      data: deflatedZeros(1),
      declaredSize: MB,
    });
    expect(readCentralDirectory(zip([entry(1), entry(2)]), limits).ok).toBe(true);
    expect(readCentralDirectory(zip([entry(1), entry(2), entry(3), entry(4)]), limits)).toEqual({
      ok: false,
      error: "importXlsxUnsafe",
    });
  });

  it("refuses a zip of more entries than any workbook has", () => {
    const many = Array.from({ length: XLSX_ZIP_LIMITS.maxEntries + 1 }, (_, index) => ({
      ...sheetXml("<a/>"),
      name: `x${index}.xml`,
    }));
    expect(readCentralDirectory(zip(many))).toEqual({ ok: false, error: "importXlsxUnsafe" });
  });

  it("calls corrupt packed data or a missing directory unreadable, not unsafe", async () => {
    const corrupt = { ...sheetXml("<worksheet/>"), data: Buffer.from([0xff, 0xff, 0xff]) };
    expect(await checkXlsxZip(zip([corrupt]))).toEqual({ ok: false, error: "importUnreadable" });
    expect(await checkXlsxZip(new TextEncoder().encode("name,country\n"))).toEqual({
      ok: false,
      error: "importUnreadable",
    });
    expect(await checkXlsxZip(new Uint8Array(10))).toEqual({
      ok: false,
      error: "importUnreadable",
    });
  });
});

import ExcelJS from "exceljs";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { EXPORT_HEADERS, exportCsv, exportRow, exportXlsx } from "./export-rows";
import { suppressSupportNeeds } from "./support-need-suppression";

const WISE = {
  name: "Atelierul de Pânză",
  legalForm: "Asociație",
  countryCode: "RO",
  region: "Cluj",
  yearFounded: 2009,
  sectors: ["textiles", "repairs"],
  website: "https://panza.ro",
  description: '=HYPERLINK("http://evil")',
  totalEmployees: 20,
  supportNeedWorkers: 8,
  supportNeedWorkingTimePct: 35.5,
  integrationMode: "PERMANENT" as const,
  productionWeight: 60,
  trainingWeight: 20,
  socialSupportWeight: 20,
  placementWeight: 0,
  salesRevenuePct: 70,
  publicContractsRevenuePct: 10,
  subsidiesRevenuePct: 20,
  donationsRevenuePct: null,
  representativeName: "Ana Pop",
  representativeRole: "Director",
  representativeEmail: "ana@panza.ro",
  legalFormCode: null,
  subdivisionCode: null,
  disabledWorkers: 5,
  totalFte: 18.5,
  supportNeedFte: 7.25,
  disabledFte: null,
  disabledWorkingTimePct: null,
  halfTimeContractEmployees: null,
  halfTimeSupportNeedWorkers: null,
  foundersTotal: null,
  foundersAtRisk: null,
  profitDistributedPct: null,
  // As a reader from another country gets them: 8 workers with support needs, so "homeless <5"
  // beside an exact 5 and 0 would be 8 - 5 = 3; the 5 is withheld too.
  supportNeeds: suppressSupportNeeds(
    [
      { category: "PHYSICAL_SENSORY_DISABILITY", count: 5 },
      { category: "HOMELESS", count: 2 },
      { category: "NEETS", count: 0 },
    ],
    { supportNeedWorkers: 8, totalEmployees: 20 },
  ),
};

const cellOf = (row: unknown[], header: string) => row[EXPORT_HEADERS.indexOf(header)];

describe("exportRow", () => {
  const row = exportRow(WISE);

  it("writes the profile under the import's column headers", () => {
    expect(cellOf(row, "name")).toBe("Atelierul de Pânză");
    expect(cellOf(row, "country")).toBe("RO");
    expect(cellOf(row, "sectors")).toBe("textiles, repairs");
    expect(cellOf(row, "wsn_working_time_pct")).toBe(35.5);
    expect(cellOf(row, "donations_pct")).toBeNull();
    expect(cellOf(row, "integration_mode")).toBe("PERMANENT");
  });

  it("writes the counts as disclosed: <5, withheld, zero as it is", () => {
    expect(cellOf(row, "wsn_homeless")).toBe("<5");
    expect(cellOf(row, "wsn_physical_sensory_disability")).toBe("withheld");
    expect(cellOf(row, "wsn_neets")).toBe(0);
    expect(cellOf(row, "wsn_substance_use")).toBeNull();
  });

  it("adds the outcome of each rule of the WISE's country, blank where a rule does not apply", () => {
    expect(cellOf(row, "check_ro_insertion")).toBe("pass");
    expect(cellOf(row, "check_eu_reserved_contracts")).toBe("pass");
    expect(cellOf(row, "check_uk_social_firm")).toBeNull();
    expect(cellOf(row, "check_es_insertion")).toBeNull();
    const unknown = exportRow({ ...WISE, totalEmployees: null });
    expect(cellOf(unknown, "check_ro_insertion")).toBe("unknown");
    expect(cellOf(unknown, "check_eu_reserved_contracts")).toBe("unknown");
  });

  it("carries the facts of the national rules under their own columns", () => {
    expect(cellOf(row, "total_fte")).toBe(18.5);
    expect(cellOf(row, "wsn_fte")).toBe(7.25);
    expect(cellOf(row, "legal_form_code")).toBeNull();
  });

  it("words an unverified rule's outcome as unverified", async () => {
    const greek = { ...WISE, countryCode: "GR" };
    const [headers, values] = Papa.parse<string[]>((await exportCsv([greek])).slice(1), {
      skipEmptyLines: true,
    }).data;
    expect(headers?.[EXPORT_HEADERS.indexOf("check_gr_koinsep_vulnerable")]).toMatch(/KoinSEp/);
    expect(values?.[EXPORT_HEADERS.indexOf("check_gr_koinsep_vulnerable")]).toBe(
      "Meets it (unverified)",
    );
  });
});

describe("exportCsv", () => {
  it("starts with a byte-order mark, keeps diacritics and escapes formulas", async () => {
    const csv = await exportCsv([WISE]);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const [headers, values] = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(headers?.slice(0, 3)).toEqual(["WISE name", "Legal form", "Country (ISO code)"]);
    expect(headers).toHaveLength(EXPORT_HEADERS.length);
    expect(values?.[0]).toBe("Atelierul de Pânză");
    expect(values?.[EXPORT_HEADERS.indexOf("description")]).toBe('\'=HYPERLINK("http://evil")');
    expect(values?.[EXPORT_HEADERS.indexOf("wsn_homeless")]).toBe("<5");
    expect(values?.[EXPORT_HEADERS.indexOf("check_ro_insertion")]).toBe("Meets it");
  });

  it("heads the columns and words the checks in Romanian for a Romanian reader", async () => {
    const [headers, values] = Papa.parse<string[]>((await exportCsv([WISE], "ro")).slice(1), {
      skipEmptyLines: true,
    }).data;
    expect(headers?.[EXPORT_HEADERS.indexOf("legal_form")]).toBe("Forma juridică");
    expect(headers?.[EXPORT_HEADERS.indexOf("wsn_homeless")]).toMatch(/fără adăpost/);
    expect(headers?.[EXPORT_HEADERS.indexOf("check_ro_insertion")]).toMatch(/^Verificare: /);
    expect(values?.[EXPORT_HEADERS.indexOf("check_ro_insertion")]).toBe("Îndeplinește");
    // Codes that an import reads back stay codes.
    expect(values?.[EXPORT_HEADERS.indexOf("integration_mode")]).toBe("PERMANENT");
  });

  it("writes the header line alone for an empty registry", async () => {
    const csv = await exportCsv([]);
    expect(csv.startsWith('\uFEFF"WISE name","Legal form",')).toBe(true);
    expect(csv.split("\r\n")).toEqual([expect.any(String), ""]);
  });
});

describe("exportXlsx", () => {
  it("writes a sheet whose numbers are numbers and whose small counts say <5", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await exportXlsx([WISE])).buffer as ArrayBuffer);
    const sheet = workbook.getWorksheet("WISEs");
    const header = sheet?.getRow(1).values as unknown[];
    const values = sheet?.getRow(2).values as unknown[];
    // Row values are 1-based in exceljs.
    const at = (name: string) => values[EXPORT_HEADERS.indexOf(name) + 1];
    expect(header.slice(1, 3)).toEqual(["WISE name", "Legal form"]);
    expect(at("total_employees")).toBe(20);
    expect(at("wsn_homeless")).toBe("<5");
    expect(at("description")).toBe('=HYPERLINK("http://evil")');
    expect(sheet?.getRow(2).getCell(EXPORT_HEADERS.indexOf("description") + 1).type).toBe(
      ExcelJS.ValueType.String,
    );
  });
});

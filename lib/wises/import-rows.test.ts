import { describe, expect, it } from "vitest";
import { IMPORT_HEADERS, importTemplateCsv, matchHeaders } from "./import-columns";
import { problemsAsFieldErrors, problemsByLine } from "./import-problems";
import { checkRows, ImportRequestSchema, rowIdentities, wiseKey } from "./import-rows";
import { WISE_FIELDS } from "./schemas";

const FIELDS = matchHeaders([
  "name",
  "country",
  "total_employees",
  "wsn_count",
  "sales_pct",
  "wsn_neets",
]).fields;
const row = (line: number, ...cells: string[]) => ({ line, cells });

describe("import columns", () => {
  it("has one column per form field, each header once", () => {
    expect(new Set(IMPORT_HEADERS).size).toBe(IMPORT_HEADERS.length);
    expect(matchHeaders(IMPORT_HEADERS).fields.sort()).toEqual([...WISE_FIELDS].sort());
  });

  it("matches headers whatever their case, spacing or hyphens, and lists the unknown ones", () => {
    const match = matchHeaders([" Name ", "COUNTRY", "Total employees", "wsn-count", "Notes", ""]);
    expect(match.fields).toEqual([
      "name",
      "countryCode",
      "totalEmployees",
      "supportNeedWorkers",
      null,
      null,
    ]);
    expect(match.ignored).toEqual(["Notes"]);
    expect(match.missingRequired).toEqual([]);
  });

  it("names the required columns a file lacks, and columns given twice", () => {
    expect(matchHeaders(["region"]).missingRequired).toEqual(["name", "country"]);
    expect(matchHeaders(["name", "country", "Name"]).repeated).toEqual(["name"]);
  });

  it("offers a template of headers only", () => {
    const template = importTemplateCsv();
    expect(template).toBe(`${IMPORT_HEADERS.map((header) => `"${header}"`).join(",")}\r\n`);
    expect(template).toContain('"wsn_women_survivors_of_violence"');
    expect(importTemplateCsv(["Numele WISE-ului", 'Un "citat"'])).toBe(
      '"Numele WISE-ului","Un ""citat"""\r\n',
    );
  });
});

describe("checkRows", () => {
  it("passes good rows with their parsed data", () => {
    const [checked] = checkRows(
      FIELDS,
      [row(2, "Atelier", "ro", "10", "4", "60,5", "3")],
      new Set(),
    );
    expect(checked?.problems).toEqual([]);
    expect(checked?.data).toMatchObject({
      name: "Atelier",
      countryCode: "RO",
      totalEmployees: 10,
      supportNeedWorkers: 4,
      salesRevenuePct: 60.5,
      supportNeedCounts: [{ category: "NEETS", count: 3 }],
    });
  });

  it("reads the national rules' facts from their columns; a file without them leaves them unknown", () => {
    const national = matchHeaders([
      "name",
      "country",
      "region_code",
      "legal_form_code",
      "total_fte",
      "wsn_fte",
    ]).fields;
    const [checked] = checkRows(
      national,
      [row(2, "Maatwerk", "BE", "be-vlg", "BE_VZW", "40", "26,5")],
      new Set(),
    );
    expect(checked?.problems).toEqual([]);
    expect(checked?.data).toMatchObject({
      subdivisionCode: "BE-VLG",
      legalFormCode: "BE_VZW",
      totalFte: 40,
      supportNeedFte: 26.5,
    });
    const [old] = checkRows(FIELDS, [row(2, "Atelier", "ro", "10", "4", "60,5", "3")], new Set());
    expect(old?.data).toMatchObject({ totalFte: null, legalFormCode: null, disabledWorkers: null });
  });

  it("lists each bad row's problems by field, with the form's rules", () => {
    const checked = checkRows(
      FIELDS,
      [row(2, "", "RO", "x"), row(3, "B", "ZZ", "5", "6"), row(4, "C", "RO", "5", "2", "", "3")],
      new Set(),
    );
    expect(checked.map((r) => r.problems)).toEqual([
      [
        { field: "name", error: "required" },
        { field: "totalEmployees", error: "headcountInvalid" },
      ],
      [
        { field: "countryCode", error: "unknownCountry" },
        { field: "supportNeedWorkers", error: "wsnExceedsTotal" },
      ],
      [{ field: "supportNeedCategories", error: "categoriesExceedWsn" }],
    ]);
    expect(checked.every((r) => r.data === null)).toBe(true);
  });

  it("flags the second copy of a WISE in the file, ignoring case and spaces, not the first", () => {
    const checked = checkRows(
      FIELDS,
      [row(2, "Atelier", "RO"), row(3, " atelier ", "ro"), row(4, "Atelier", "BE")],
      new Set(),
    );
    expect(checked.map((r) => r.problems)).toEqual([
      [],
      [{ field: "name", error: "duplicateInFile" }],
      [],
    ]);
  });

  it("flags WISEs the registry already has", () => {
    const checked = checkRows(
      FIELDS,
      [row(2, "ATELIER", "RO"), row(3, "Nou", "RO")],
      new Set([wiseKey("Atelier", "RO")]),
    );
    expect(checked.map((r) => r.problems)).toEqual([[{ field: "name", error: "wiseExists" }], []]);
    expect(checked[1]?.data).not.toBeNull();
  });

  it("treats a short row as blanks for its missing cells", () => {
    const [checked] = checkRows(FIELDS, [row(2, "Short", "RO")], new Set());
    expect(checked?.problems).toEqual([]);
    expect(checked?.data?.totalEmployees).toBeNull();
  });

  it("gives the identities to look up, skipping rows without a name or country", () => {
    expect(rowIdentities(FIELDS, [row(2, " A ", "ro"), row(3, "", "RO"), row(4, "C", "")])).toEqual(
      [{ name: "A", countryCode: "RO" }],
    );
  });
});

describe("row problems in the action result", () => {
  it("round-trips through field errors keyed by row and field", () => {
    const checked = checkRows(FIELDS, [row(2, "", "RO"), row(7, "B", "RO", "1", "2")], new Set());
    const fieldErrors = problemsAsFieldErrors(checked);
    expect(fieldErrors).toEqual({
      "2.name": ["required"],
      "7.supportNeedWorkers": ["wsnExceedsTotal"],
    });
    expect(problemsByLine(fieldErrors)).toEqual(
      new Map([
        [2, [{ field: "name", error: "required" }]],
        [7, [{ field: "supportNeedWorkers", error: "wsnExceedsTotal" }]],
      ]),
    );
  });
});

describe("ImportRequestSchema", () => {
  const payload = (value: unknown) => JSON.stringify(value);
  const good = {
    fileName: "r.csv",
    fields: ["name", "countryCode", null],
    rows: [row(2, "A", "RO", "x")],
  };

  it("reads the rows sent back and the ticked row numbers", () => {
    const parsed = ImportRequestSchema.parse({ payload: payload(good), include: ["2", "5"] });
    expect(parsed.include).toEqual([2, 5]);
    expect(parsed.payload.rows).toEqual(good.rows);
    expect(ImportRequestSchema.parse({ payload: payload(good), include: "2" }).include).toEqual([
      2,
    ]);
    expect(ImportRequestSchema.parse({ payload: payload(good) }).include).toEqual([]);
  });

  it("refuses tampered or broken payloads", () => {
    const refuses = (input: Record<string, unknown>) =>
      expect(ImportRequestSchema.safeParse(input).success).toBe(false);
    refuses({ payload: "{not json" });
    refuses({ payload: payload({ ...good, fields: ["name", "name"] }) });
    refuses({ payload: payload({ ...good, fields: ["name", "passwordHash"] }) });
    refuses({ payload: payload({ ...good, rows: [row(2, "A"), row(2, "B")] }) });
    refuses({ payload: payload({ ...good, rows: [] }) });
    refuses({ payload: payload({ ...good, rows: [{ line: 2, cells: [1, 2] }] }) });
    refuses({ payload: payload(good), include: ["2; DROP TABLE"] });
  });
});

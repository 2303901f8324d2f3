import ExcelJS from "exceljs";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { previewWiseImport } from "@/lib/wises/import-preview";
import { importWises } from "@/lib/wises/mutations";
import { makeActor } from "../factories/users";
import { makeProfiledWise, wiseRowCounts } from "../factories/wises";
import { resetDatabase } from "../setup/reset-db";

beforeEach(resetDatabase);

const csv = (text: string) => ({ name: "registry.csv", bytes: new TextEncoder().encode(text) });

const FILE = [
  "name,country,region,total_employees,wsn_count,wsn_homeless,Notes",
  "Atelierul de Pânză,RO,Cluj,20,8,3,first",
  "Brutăria Bună,ro,Iași,10,12,,more WSN than staff",
  "Grădina Socială,RO,Timiș,15,5,,",
].join("\n");

/** Preview a file, then import it as the preview form would send it: every row ticked unless excluded. */
async function previewThenImport(
  actor: Awaited<ReturnType<typeof makeActor>>,
  text: string,
  exclude: number[] = [],
) {
  const preview = await previewWiseImport(actor, csv(text));
  if (!preview.ok) throw new Error(`preview failed: ${preview.message}`);
  const { fileName, fields, rows } = preview.data;
  const payload = JSON.stringify({
    fileName,
    fields,
    rows: rows.map(({ line, cells }) => ({ line, cells })),
  });
  const include = rows
    .map((row) => String(row.line))
    .filter((line) => !exclude.includes(Number(line)));
  return { preview: preview.data, result: await importWises(actor, { payload, include }) };
}

describe("import preview", () => {
  it("lists every row with its problems and writes nothing", async () => {
    const facilitator = await makeActor("FACILITATOR");
    const before = await wiseRowCounts();
    const preview = await previewWiseImport(facilitator, csv(FILE));
    expect(preview.ok).toBe(true);
    if (!preview.ok) return;
    expect(preview.data.ignoredColumns).toEqual(["Notes"]);
    expect(preview.data.rows.map((row) => [row.line, row.problems])).toEqual([
      [2, []],
      [3, [{ field: "supportNeedWorkers", error: "wsnExceedsTotal" }]],
      [4, []],
    ]);
    expect(await wiseRowCounts()).toEqual(before);
  });

  it("flags duplicates within the file and WISEs already registered", async () => {
    const facilitator = await makeActor("FACILITATOR");
    await makeProfiledWise({ name: "Grădina Socială", countryCode: "RO" });
    const preview = await previewWiseImport(
      facilitator,
      csv("name,country\nGrădina socială,RO\nNou,RO\nnou ,ro\nNou,BE\n"),
    );
    if (!preview.ok) throw new Error(preview.message);
    expect(preview.data.rows.map((row) => row.problems.map((problem) => problem.error))).toEqual([
      ["wiseExists"],
      [],
      ["duplicateInFile"],
      [],
    ]);
  });

  it("reads XLSX files too", async () => {
    const facilitator = await makeActor("ADMIN");
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("WISEs");
    sheet.addRows([
      ["name", "country", "total_employees"],
      ["Atelier", "RO", 12],
    ]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const preview = await previewWiseImport(facilitator, { name: "registry.xlsx", bytes });
    expect(preview.ok && preview.data.rows).toEqual([
      { line: 2, cells: ["Atelier", "RO", "12"], problems: [] },
    ]);
  });

  it("refuses files without the required columns, too large, or of another type", async () => {
    const facilitator = await makeActor("FACILITATOR");
    expect(await previewWiseImport(facilitator, csv("name,region\nA,Cluj\n"))).toMatchObject({
      ok: false,
      message: "importMissingColumns",
    });
    const big = { name: "big.csv", bytes: new Uint8Array(2 * 1024 * 1024 + 1) };
    expect(await previewWiseImport(facilitator, big)).toMatchObject({
      ok: false,
      message: "importFileTooLarge",
    });
    expect(
      await previewWiseImport(facilitator, { name: "r.pdf", bytes: new Uint8Array(3) }),
    ).toMatchObject({
      ok: false,
      message: "importFileType",
    });
  });
});

describe("all-or-nothing import", () => {
  it("imports nothing when one ticked row is invalid, and says which row and why", async () => {
    const facilitator = await makeActor("FACILITATOR");
    const before = await wiseRowCounts();
    const { result } = await previewThenImport(facilitator, FILE);
    expect(result).toMatchObject({
      ok: false,
      status: 400,
      message: "importHasProblems",
      fieldErrors: { "3.supportNeedWorkers": ["wsnExceedsTotal"] },
    });
    expect(await wiseRowCounts()).toEqual(before);
  });

  it("imports the other rows, with their counts, once the invalid row is excluded", async () => {
    const facilitator = await makeActor("FACILITATOR");
    const { result } = await previewThenImport(facilitator, FILE, [3]);
    expect(result).toEqual({ ok: true, data: { imported: 2 } });
    const wises = await db.wise.findMany({
      orderBy: { name: "asc" },
      include: { supportNeedCounts: { select: { category: true, count: true } } },
    });
    expect(
      wises.map((wise) => [wise.name, wise.countryCode, wise.region, wise.createdById]),
    ).toEqual([
      ["Atelierul de Pânză", "RO", "Cluj", facilitator.id],
      ["Grădina Socială", "RO", "Timiș", facilitator.id],
    ]);
    expect(wises[0]?.supportNeedCounts).toEqual([{ category: "HOMELESS", count: 3 }]);
    expect(await db.auditEvent.count({ where: { action: "wise.import" } })).toBe(2);
  });

  it("refuses, row by row, WISEs that already exist, and imports none of the file", async () => {
    const facilitator = await makeActor("FACILITATOR");
    await makeProfiledWise({ name: "Atelierul de Pânză", countryCode: "RO" });
    const before = await wiseRowCounts();
    const { result } = await previewThenImport(facilitator, FILE, [3]);
    expect(result).toMatchObject({
      ok: false,
      message: "importHasProblems",
      fieldErrors: { "2.name": ["wiseExists"] },
    });
    if (!result.ok) expect(Object.keys(result.fieldErrors)).toEqual(["2.name"]);
    expect(await wiseRowCounts()).toEqual(before);
  });

  it("checks the rows again on import: a WISE registered after the preview is refused", async () => {
    const facilitator = await makeActor("FACILITATOR");
    const preview = await previewWiseImport(facilitator, csv("name,country\nLate,RO\n"));
    if (!preview.ok) throw new Error(preview.message);
    expect(preview.data.rows[0]?.problems).toEqual([]);
    await makeProfiledWise({ name: "late", countryCode: "RO" });
    const payload = JSON.stringify(preview.data);
    const result = await importWises(facilitator, { payload, include: ["2"] });
    expect(result).toMatchObject({ ok: false, fieldErrors: { "2.name": ["wiseExists"] } });
    expect(await db.wise.count()).toBe(1);
  });

  it("does not trust rows edited in the browser: they are validated again", async () => {
    const facilitator = await makeActor("FACILITATOR");
    const payload = JSON.stringify({
      fileName: "forged.csv",
      fields: ["name", "countryCode", "totalEmployees", "supportNeedWorkers"],
      rows: [{ line: 2, cells: ["Forged", "RO", "1", "50"] }],
    });
    const result = await importWises(facilitator, { payload, include: ["2"] });
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { "2.supportNeedWorkers": ["wsnExceedsTotal"] },
    });
    expect(await db.wise.count()).toBe(0);
  });

  it("refuses an import with no row ticked", async () => {
    const facilitator = await makeActor("FACILITATOR");
    const { result } = await previewThenImport(facilitator, FILE, [2, 3, 4]);
    expect(result).toMatchObject({ ok: false, message: "importNothingChosen" });
  });

  it.each<Role>(["PARTNER", "PARTICIPANT"])(
    "refuses %s both the preview and the import",
    async (role) => {
      const actor = await makeActor(role, { countryCode: "RO" });
      expect(await previewWiseImport(actor, csv(FILE))).toMatchObject({ ok: false, status: 403 });
      const payload = JSON.stringify({
        fileName: "x.csv",
        fields: ["name", "countryCode"],
        rows: [{ line: 2, cells: ["A", "RO"] }],
      });
      expect(await importWises(actor, { payload, include: ["2"] })).toMatchObject({
        ok: false,
        status: 403,
      });
      expect(await db.wise.count()).toBe(0);
    },
  );
});

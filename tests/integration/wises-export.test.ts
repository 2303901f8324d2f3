import ExcelJS from "exceljs";
import Papa from "papaparse";
import { beforeEach, describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/auth/permissions";
import { buildWiseExport } from "@/lib/wises/export";
import { EXPORT_HEADERS } from "@/lib/wises/export-rows";
import { previewWiseImport } from "@/lib/wises/import-preview";
import { makeActor } from "../factories/users";
import { makeProfiledWise } from "../factories/wises";
import { resetDatabase } from "../setup/reset-db";

beforeEach(resetDatabase);

function csvRows(body: string | Uint8Array) {
  const text = typeof body === "string" ? body : new TextDecoder().decode(body);
  return Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: true,
  }).data;
}

/** Rows keyed by column code (`wsn_homeless`), whatever language heads the file. */
function rowsByCode(body: string | Uint8Array) {
  return csvRows(body).map((row) =>
    Object.fromEntries(Object.values(row).map((cell, index) => [EXPORT_HEADERS[index], cell])),
  );
}

async function seedRegistry() {
  await makeProfiledWise({
    name: "Atelierul de Pânză",
    countryCode: "RO",
    region: "Cluj",
    totalEmployees: 20,
    supportNeedWorkers: 9,
    supportNeedCounts: [
      { category: "HOMELESS", count: 2 },
      { category: "NEETS", count: 7 },
    ],
  });
  await makeProfiledWise({
    name: "Brutăria Bună",
    countryCode: "RO",
    region: "Iași",
    totalEmployees: 10,
    supportNeedWorkers: 1,
  });
  await makeProfiledWise({ name: "Atelier Vert", countryCode: "BE", region: "Wallonia" });
}

describe("registry export", () => {
  it("gives a partner only their country's WISEs, with their exact category counts", async () => {
    await seedRegistry();
    const partner = await makeActor("PARTNER", { countryCode: "RO" });
    const file = await buildWiseExport(
      partner,
      new URLSearchParams("format=csv"),
      new Date("2026-05-12T10:00:00Z"),
    );
    expect(file).toMatchObject({
      contentType: "text/csv; charset=utf-8",
      fileName: "wises-2026-05-12.csv",
    });
    const rows = rowsByCode(file.body);
    expect(rows.map((row) => row.name)).toEqual(["Atelierul de Pânză", "Brutăria Bună"]);
    // Readers from other countries get these through the suppression rule (worker-data.test.ts).
    expect(rows[0]).toMatchObject({ wsn_homeless: "2", wsn_neets: "7", wsn_count: "9" });
    expect(JSON.stringify(rows)).not.toContain("Atelier Vert");
  });

  it("applies the list's filters, including a threshold check", async () => {
    await seedRegistry();
    const facilitator = await makeActor("FACILITATOR");
    const byRegion = await buildWiseExport(
      facilitator,
      new URLSearchParams("format=csv&region=IAȘI"),
    );
    expect(rowsByCode(byRegion.body).map((row) => row.name)).toEqual(["Brutăria Bună"]);
    const passing = await buildWiseExport(
      facilitator,
      new URLSearchParams("check=EU_RESERVED_CONTRACTS&outcome=pass"),
    );
    const rows = rowsByCode(passing.body);
    expect(rows.map((row) => [row.name, row.check_eu_reserved_contracts])).toEqual([
      ["Atelierul de Pânză", "Meets it"],
    ]);
  });

  it("writes the same rows as XLSX", async () => {
    await seedRegistry();
    const admin = await makeActor("ADMIN");
    const file = await buildWiseExport(admin, new URLSearchParams("format=xlsx&country=RO"));
    expect(file.fileName).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((file.body as Uint8Array).buffer as ArrayBuffer);
    const sheet = workbook.getWorksheet("WISEs");
    expect(sheet?.rowCount).toBe(3);
    const homeless = EXPORT_HEADERS.indexOf("wsn_homeless") + 1;
    expect(sheet?.getRow(2).getCell(1).value).toBe("Atelierul de Pânză");
    expect(sheet?.getRow(2).getCell(homeless).value).toBe(2);
  });

  it("heads the columns in Romanian for a Romanian reader, and that file imports back", async () => {
    await seedRegistry();
    const partner = await makeActor("PARTNER", { countryCode: "RO" });
    const file = await buildWiseExport(
      partner,
      new URLSearchParams("format=csv"),
      new Date("2026-05-12T10:00:00Z"),
      "ro",
    );
    const rows = csvRows(file.body);
    expect(Object.keys(rows[0]).slice(0, 3)).toEqual([
      "Numele WISE",
      "Forma juridică",
      "Țara (cod ISO)",
    ]);
    expect(rows.map((row) => row["Numele WISE"])).toEqual(["Atelierul de Pânză", "Brutăria Bună"]);
    expect(rows[0]["Lucrători cu nevoi de sprijin"]).toBe("9");

    const admin = await makeActor("ADMIN");
    const preview = await previewWiseImport(admin, {
      name: "registru.csv",
      bytes: new TextEncoder().encode(file.body as string),
    });
    if (!preview.ok) throw new Error(preview.message);
    expect(preview.data.fields).toEqual(
      expect.arrayContaining(["name", "countryCode", "supportNeedWorkers"]),
    );
    // Every column of the profile was recognised; only the checks, worked out again, are ignored.
    expect(preview.data.ignoredColumns.every((header) => header.startsWith("Verificare: "))).toBe(
      true,
    );
    // Both WISEs are recognised as already registered, by name and country. The Romanian
    // partner reads their own country's exact counts (docs/decisions/0013), so no "<5" needs
    // filling in before the file imports.
    expect(preview.data.rows.map((row) => row.problems)).toEqual([
      [expect.objectContaining({ error: "wiseExists" })],
      [expect.objectContaining({ error: "wiseExists" })],
    ]);
  });

  it("refuses participants", async () => {
    const participant = await makeActor("PARTICIPANT", { countryCode: "RO" });
    await expect(
      buildWiseExport(participant, new URLSearchParams("format=csv")),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });
});

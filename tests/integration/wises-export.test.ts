import ExcelJS from "exceljs";
import Papa from "papaparse";
import { beforeEach, describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/auth/permissions";
import { buildWiseExport } from "@/lib/wises/export";
import { EXPORT_HEADERS } from "@/lib/wises/export-rows";
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
    const rows = csvRows(file.body);
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
    expect(csvRows(byRegion.body).map((row) => row.name)).toEqual(["Brutăria Bună"]);
    const passing = await buildWiseExport(
      facilitator,
      new URLSearchParams("check=EU_RESERVED_CONTRACTS&outcome=pass"),
    );
    const rows = csvRows(passing.body);
    expect(rows.map((row) => [row.name, row.check_eu_reserved_contracts])).toEqual([
      ["Atelierul de Pânză", "pass"],
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

  it("refuses participants", async () => {
    const participant = await makeActor("PARTICIPANT", { countryCode: "RO" });
    await expect(
      buildWiseExport(participant, new URLSearchParams("format=csv")),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });
});

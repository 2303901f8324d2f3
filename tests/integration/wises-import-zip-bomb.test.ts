import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { buildWiseExport } from "@/lib/wises/export";
import { previewWiseImport } from "@/lib/wises/import-preview";
import { importWises } from "@/lib/wises/mutations";
import { makeActor } from "../factories/users";
import { makeProfiledWise, wiseRowCounts } from "../factories/wises";
import { deflatedZeros, zip } from "../fixtures/lying-zip";
import { resetDatabase } from "../setup/reset-db";

beforeEach(resetDatabase);

describe("XLSX uploads and zip bombs", () => {
  it("refuses an XLSX whose entry lies about its size, and writes nothing", async () => {
    const admin = await makeActor("ADMIN");
    await makeProfiledWise({ name: "Atelierul de Pânză" });
    const before = await wiseRowCounts();
    // Declares 2 kB, really unpacks to 1 GB of zeros.
    const bytes = zip([
      {
        name: "xl/worksheets/sheet1.xml",
        data: deflatedZeros(1024),
        method: 8,
        declaredSize: 2048,
      },
    ]);
    const preview = await previewWiseImport(admin, { name: "registry.xlsx", bytes });
    expect(preview).toMatchObject({ ok: false, status: 400, message: "importXlsxUnsafe" });
    expect(await wiseRowCounts()).toEqual(before);
  });

  it("still reads the registry's own XLSX export, which imports back", async () => {
    const admin = await makeActor("ADMIN");
    await makeProfiledWise({ name: "Atelierul de Pânză", countryCode: "RO", totalEmployees: 12 });
    await makeProfiledWise({ name: "Brutăria Bună", countryCode: "RO" });
    const file = await buildWiseExport(admin, new URLSearchParams({ format: "xlsx" }));
    const bytes = file.body as Uint8Array;
    await db.wiseSupportNeedCount.deleteMany();
    await db.wise.deleteMany();

    const preview = await previewWiseImport(admin, { name: file.fileName, bytes });
    if (!preview.ok) throw new Error(`preview failed: ${preview.message}`);
    expect(preview.data.rows.map((row) => row.problems)).toEqual([[], []]);
    const { fileName, fields, rows } = preview.data;
    const payload = JSON.stringify({
      fileName,
      fields,
      rows: rows.map(({ line, cells }) => ({ line, cells })),
    });
    const result = await importWises(admin, {
      payload,
      include: rows.map((row) => String(row.line)),
    });
    expect(result).toMatchObject({ ok: true, data: { imported: 2 } });
    const names = (await db.wise.findMany({ select: { name: true } })).map((wise) => wise.name);
    expect(names.sort()).toEqual(["Atelierul de Pânză", "Brutăria Bună"]);
  });
});

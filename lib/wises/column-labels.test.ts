import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n/locales";
import { importHeaderAliases, labelKey, registryLabels } from "./column-labels";
import { EXPORT_HEADERS, exportTable } from "./export-rows";
import { IMPORT_COLUMNS, IMPORT_HEADERS, matchHeaders, normaliseHeader } from "./import-columns";

const withAliases = async (headers: string[]) =>
  matchHeaders(headers, { key: labelKey, codes: await importHeaderAliases() });

describe("column labels", () => {
  it("gives every column a label of its own in each language", async () => {
    for (const locale of LOCALES) {
      const { column: label } = await registryLabels(locale);
      const keys = IMPORT_COLUMNS.map((column) => labelKey(label(column)));
      expect(new Set(keys).size, locale).toBe(keys.length);
    }
  });

  it("never gives a column a label that another column's code would claim", async () => {
    for (const locale of LOCALES) {
      const { column: label } = await registryLabels(locale);
      for (const column of IMPORT_COLUMNS) {
        const asCode = normaliseHeader(label(column));
        if (IMPORT_HEADERS.includes(asCode)) expect(asCode).toBe(column.header);
      }
    }
  });

  it("reads a Romanian or English export's headers back as the same columns as the codes", async () => {
    const byCode = matchHeaders(IMPORT_HEADERS).fields;
    for (const locale of LOCALES) {
      const headers = (await exportTable([], locale)).headers.slice(0, IMPORT_HEADERS.length);
      const match = await withAliases([...headers]);
      expect(match.fields, locale).toEqual(byCode);
      expect(match.missingRequired).toEqual([]);
    }
    // The check columns are ignored on import: they are worked out again from the figures.
    expect((await withAliases([...(await exportTable([], "ro")).headers])).ignored).toHaveLength(
      EXPORT_HEADERS.length - IMPORT_HEADERS.length,
    );
  });

  it("ignores accents, case and punctuation in a label typed by hand", async () => {
    expect((await withAliases(["forma JURIDICA", "numele wise", "country"])).fields).toEqual([
      "legalForm",
      "name",
      "countryCode",
    ]);
  });
});

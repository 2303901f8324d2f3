import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n/locales";
import { columnLabel, importHeaderAliases, labelKey } from "./column-labels";
import { EXPORT_HEADERS, exportTable } from "./export-rows";
import { IMPORT_COLUMNS, IMPORT_HEADERS, matchHeaders, normaliseHeader } from "./import-columns";

const withAliases = (headers: string[]) =>
  matchHeaders(headers, { key: labelKey, codes: importHeaderAliases() });

describe("column labels", () => {
  it("gives every column a label of its own in each language", () => {
    for (const locale of LOCALES) {
      const keys = IMPORT_COLUMNS.map((column) => labelKey(columnLabel(column, locale)));
      expect(new Set(keys).size, locale).toBe(keys.length);
    }
  });

  it("never gives a column a label that another column's code would claim", () => {
    for (const locale of LOCALES) {
      for (const column of IMPORT_COLUMNS) {
        const asCode = normaliseHeader(columnLabel(column, locale));
        if (IMPORT_HEADERS.includes(asCode)) expect(asCode).toBe(column.header);
      }
    }
  });

  it("reads a Romanian or English export's headers back as the same columns as the codes", () => {
    const byCode = matchHeaders(IMPORT_HEADERS).fields;
    for (const locale of LOCALES) {
      const headers = exportTable([], locale).headers.slice(0, IMPORT_HEADERS.length);
      const match = withAliases([...headers]);
      expect(match.fields, locale).toEqual(byCode);
      expect(match.missingRequired).toEqual([]);
    }
    // The check columns are ignored on import: they are worked out again from the figures.
    expect(withAliases([...exportTable([], "ro").headers]).ignored).toHaveLength(
      EXPORT_HEADERS.length - IMPORT_HEADERS.length,
    );
  });

  it("ignores accents, case and punctuation in a label typed by hand", () => {
    expect(withAliases(["forma JURIDICA", "numele wise", "country"]).fields).toEqual([
      "legalForm",
      "name",
      "countryCode",
    ]);
  });
});

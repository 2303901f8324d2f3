import { getTranslations } from "next-intl/server";
import { IMPORT_COLUMNS } from "@/lib/wises/import-columns";
import { ScrollRegion } from "./scroll-region";

/** The import file's columns, documented: what each holds and how to write it. */
export async function ImportColumnsTable() {
  const [t, tForm, tRules, tRulesForm] = await Promise.all([
    getTranslations("Wises"),
    getTranslations("WiseForm"),
    getTranslations("CountryRules"),
    getTranslations("CountryRulesForm"),
  ]);
  const meaning = (column: (typeof IMPORT_COLUMNS)[number]) =>
    column.category
      ? t("categoryColumn", { category: tForm(`categoryNames.${column.category}`) })
      : column.national
        ? tRulesForm(`fields.${column.field}` as "fields.totalFte")
        : tForm(column.field as Parameters<typeof tForm>[0]);
  const format = (column: (typeof IMPORT_COLUMNS)[number]) =>
    column.format === "fte" || column.format === "code"
      ? tRules(`formats.${column.format}`)
      : t(`formats.${column.format}`);
  return (
    <ScrollRegion labelledBy="columns-caption">
      <table className="w-full min-w-[40rem] border-collapse text-left">
        <caption id="columns-caption" className="sr-only">
          {t("columnsCaption")}
        </caption>
        <thead>
          <tr className="border-b border-slate-400">
            <th scope="col" className="p-2">
              {t("column")}
            </th>
            <th scope="col" className="p-2">
              {t("meaning")}
            </th>
            <th scope="col" className="p-2">
              {t("format")}
            </th>
            <th scope="col" className="p-2">
              {t("required")}
            </th>
          </tr>
        </thead>
        <tbody>
          {IMPORT_COLUMNS.map((column) => (
            <tr key={column.header} className="border-b border-slate-200 align-top">
              <th scope="row" className="p-2 font-mono text-sm font-normal">
                {column.header}
              </th>
              <td className="p-2">{meaning(column)}</td>
              <td className="p-2 text-sm">{format(column)}</td>
              <td className="p-2">{column.required ? t("yes") : ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

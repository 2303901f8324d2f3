import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { Worded } from "@/lib/grids/rules";
import type { MedianGroup } from "@/lib/results/dashboard-results";
import { CategoryHeaders, CategoryScoreCells, NUMBER_CELL, ResultsTable } from "./results-table";

type Category = Worded & { code: string };

/** Median category and overall scores of groups of WISEs (per model, per country), with counts. */
export async function MediansTable({
  id,
  caption,
  groupHeader,
  categories,
  rows,
}: {
  id: string;
  caption: string;
  groupHeader: string;
  categories: Category[];
  rows: { key: string; label: string; group: MedianGroup }[];
}) {
  const [t, format, locale] = await Promise.all([
    getTranslations("Results"),
    getFormatter(),
    getLocale(),
  ]);
  return (
    <ResultsTable captionId={id} caption={caption} tableClassName="min-w-[40rem]" className="mb-4">
      <thead>
        <tr className="border-b border-slate-400 align-bottom text-sm">
          <th scope="col" className="p-2">
            {groupHeader}
          </th>
          <th scope="col" className={NUMBER_CELL}>
            {t("dashboard.wises")}
          </th>
          <th scope="col" className={NUMBER_CELL}>
            {t("dashboard.evaluations")}
          </th>
          <CategoryHeaders
            categories={categories}
            locale={locale}
            overallLabel={t("scores.overall")}
          />
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} className="border-b border-slate-200">
            <th scope="row" className="p-2 font-normal">
              {row.label}
            </th>
            <td className={NUMBER_CELL}>{row.group.wises}</td>
            <td className={NUMBER_CELL}>{row.group.evaluations}</td>
            <CategoryScoreCells
              categories={categories}
              format={format}
              scoreOf={(code) => row.group.medians[code]}
            />
          </tr>
        ))}
      </tbody>
    </ResultsTable>
  );
}

import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { localName } from "@/lib/grids/rules";
import type { SessionResults } from "@/lib/results/session-results";
import { NUMBER_CELL, ResultsTable } from "./results-table";
import { scoreText } from "./score-cells";

/**
 * Every WISE's category and overall scores over raters: one row group per WISE, one row per
 * category, so that a screen reader announces "WISE, category, statistic" for each cell.
 */
export async function CategoryTable({ results }: { results: SessionResults }) {
  const [t, format, locale] = await Promise.all([
    getTranslations("Results"),
    getFormatter(),
    getLocale(),
  ]);
  const rows = [
    ...results.categories.map((category) => ({
      key: category.code,
      name: localName(locale, category),
      criteria: category.criteria.length,
    })),
    {
      key: "overall",
      name: t("scores.overall"),
      criteria: results.categories.reduce((sum, category) => sum + category.criteria.length, 0),
    },
  ];
  return (
    <ResultsTable
      captionId="category-table-caption"
      caption={t("scores.caption")}
      tableClassName="min-w-[48rem]"
    >
      <thead>
        <tr className="border-b border-slate-400 align-bottom text-sm">
          <th scope="col" className="p-2">
            {t("wise")}
          </th>
          <th scope="col" className="p-2">
            {t("scores.category")}
          </th>
          <th scope="col" className={NUMBER_CELL}>
            {t("scores.mean")}
          </th>
          <th scope="col" className={NUMBER_CELL}>
            {t("scores.median")}
          </th>
          <th scope="col" className={NUMBER_CELL}>
            {t("scores.sd")}
          </th>
          <th scope="col" className={NUMBER_CELL}>
            {t("scores.range")}
          </th>
          <th scope="col" className={NUMBER_CELL}>
            {t("scores.raters")}
          </th>
          <th scope="col" className={NUMBER_CELL}>
            <abbr title={t("scores.answeredHint")} className="no-underline">
              {t("scores.answered")}
            </abbr>
          </th>
        </tr>
      </thead>
      {results.wises.map((wise) => {
        const evaluations = wise.scores.overall?.evaluations ?? 0;
        return (
          <tbody key={wise.agendaItemId} className="border-b-2 border-slate-300">
            {rows.map((row, index) => {
              const spread = wise.scores[row.key];
              return (
                <tr
                  key={row.key}
                  className={row.key === "overall" ? "bg-slate-50 font-medium" : ""}
                >
                  {index === 0 && (
                    <th
                      scope="rowgroup"
                      rowSpan={rows.length}
                      className="p-2 align-top font-semibold"
                    >
                      {wise.wise.name}
                    </th>
                  )}
                  <th scope="row" className="p-2 font-normal">
                    {row.name}
                  </th>
                  <td className={NUMBER_CELL}>{scoreText(format, spread?.mean)}</td>
                  <td className={NUMBER_CELL}>{scoreText(format, spread?.median)}</td>
                  <td className={NUMBER_CELL}>{scoreText(format, spread?.sd)}</td>
                  <td className={NUMBER_CELL}>
                    {spread?.min == null
                      ? "—"
                      : `${scoreText(format, spread.min)}–${scoreText(format, spread.max)}`}
                  </td>
                  <td className={NUMBER_CELL}>{spread?.raters ?? 0}</td>
                  <td className={NUMBER_CELL}>
                    {t("scores.answeredOf", {
                      answered: spread?.answered ?? 0,
                      possible: evaluations * row.criteria,
                    })}
                  </td>
                </tr>
              );
            })}
          </tbody>
        );
      })}
    </ResultsTable>
  );
}

import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { MedianGroup } from "@/lib/results/dashboard-results";
import { scoreText } from "./score-cells";
import { ScrollRegion } from "./scroll-region";

type Category = { code: string; nameEn: string; nameRo: string };

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
  const cell = "p-2 text-right tabular-nums";
  return (
    <ScrollRegion labelledBy={id} className="mb-4 rounded-lg border border-slate-300 bg-white">
      <table className="w-full min-w-[40rem] border-collapse text-left">
        <caption id={id} className="p-2 text-left font-semibold">
          {caption}
        </caption>
        <thead>
          <tr className="border-b border-slate-400 align-bottom text-sm">
            <th scope="col" className="p-2">
              {groupHeader}
            </th>
            <th scope="col" className={cell}>
              {t("dashboard.wises")}
            </th>
            <th scope="col" className={cell}>
              {t("dashboard.evaluations")}
            </th>
            {categories.map((category) => (
              <th key={category.code} scope="col" className={cell}>
                {locale === "ro" ? category.nameRo : category.nameEn}
              </th>
            ))}
            <th scope="col" className={cell}>
              {t("scores.overall")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-b border-slate-200">
              <th scope="row" className="p-2 font-normal">
                {row.label}
              </th>
              <td className={cell}>{row.group.wises}</td>
              <td className={cell}>{row.group.evaluations}</td>
              {categories.map((category) => (
                <td key={category.code} className={cell}>
                  {scoreText(format, row.group.medians[category.code])}
                </td>
              ))}
              <td className={cell}>{scoreText(format, row.group.medians.overall)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

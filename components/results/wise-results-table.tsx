import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { OutcomeBadge } from "@/components/wises/outcome-badge";
import type { ResultsDashboard } from "@/lib/results/queries";
import { scoreText } from "./score-cells";
import { ScrollRegion } from "./scroll-region";

/** WISEs across the focus groups in scope: model, thresholds and scores over complete evaluations. */
export async function WiseResultsTable({ dashboard }: { dashboard: ResultsDashboard }) {
  const [t, tModels, tWises, format, locale] = await Promise.all([
    getTranslations("Results"),
    getTranslations("Models"),
    getTranslations("Wises"),
    getFormatter(),
    getLocale(),
  ]);
  const cell = "p-2 text-right tabular-nums";
  return (
    <ScrollRegion
      labelledBy="wises-caption"
      className="mb-2 rounded-lg border border-slate-300 bg-white"
    >
      <table className="w-full min-w-[72rem] border-collapse text-left">
        <caption id="wises-caption" className="p-2 text-left font-semibold">
          {t("dashboard.wisesCaption")}
        </caption>
        <thead>
          <tr className="border-b border-slate-400 align-bottom text-sm">
            <th scope="col" className="p-2">
              {t("wise")}
            </th>
            <th scope="col" className="p-2">
              {t("dashboard.session")}
            </th>
            <th scope="col" className="p-2">
              {t("dashboard.model")}
            </th>
            <th scope="col" className="p-2">
              {t("dashboard.thresholds")}
            </th>
            {dashboard.categories.map((category) => (
              <th key={category.code} scope="col" className={cell}>
                {locale === "ro" ? category.nameRo : category.nameEn}
              </th>
            ))}
            <th scope="col" className={cell}>
              {t("scores.overall")}
            </th>
            <th scope="col" className={cell}>
              {t("dashboard.evaluations")}
            </th>
          </tr>
        </thead>
        <tbody>
          {dashboard.wises.rows.map((row) => (
            <tr key={row.id} className="border-b border-slate-200 align-top">
              <th scope="row" className="p-2 font-normal">
                <span className="font-medium">{row.wise.name}</span>
                {row.wise.region && (
                  <span className="block text-sm text-slate-700">{row.wise.region}</span>
                )}
              </th>
              <td className="p-2 text-sm">
                <Link
                  href={`/sessions/${row.session.id}/results`}
                  className="text-teal-800 underline underline-offset-4"
                >
                  {row.session.title}
                </Link>
              </td>
              <td className="p-2 text-sm">
                {row.classification?.agreedModel
                  ? tModels(`${row.classification.agreedModel}.name`)
                  : t("dashboard.noModel")}
              </td>
              <td className="p-2">
                <ul className="grid gap-1 text-sm">
                  {row.checks.map((check) => (
                    <li key={check.rule} className="flex items-center gap-1 whitespace-nowrap">
                      <abbr
                        title={tWises(`thresholds.${check.rule}.name`)}
                        className="no-underline"
                      >
                        {tWises(`thresholds.${check.rule}.short`)}
                      </abbr>
                      <OutcomeBadge
                        outcome={check.outcome}
                        label={tWises(`outcome.${check.outcome}`)}
                      />
                    </li>
                  ))}
                </ul>
              </td>
              {dashboard.categories.map((category) => (
                <td key={category.code} className={cell}>
                  {scoreText(format, row.scores[category.code]?.mean)}
                </td>
              ))}
              <td className={cell}>{scoreText(format, row.scores.overall?.mean)}</td>
              <td className={cell}>{row.scores.overall?.raters ?? 0}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

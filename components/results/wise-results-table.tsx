import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { OutcomeBadge } from "@/components/wises/outcome-badge";
import type { ResultsDashboard } from "@/lib/results/queries";
import { CategoryHeaders, CategoryScoreCells, NUMBER_CELL, ResultsTable } from "./results-table";

/** WISEs across the focus groups in scope: model, thresholds and scores over complete evaluations. */
export async function WiseResultsTable({ dashboard }: { dashboard: ResultsDashboard }) {
  const [t, tModels, tWises, tRules, format, locale] = await Promise.all([
    getTranslations("Results"),
    getTranslations("Models"),
    getTranslations("Wises"),
    getTranslations("CountryRules"),
    getFormatter(),
    getLocale(),
  ]);
  return (
    <ResultsTable
      captionId="wises-caption"
      caption={t("dashboard.wisesCaption")}
      tableClassName="min-w-[72rem]"
      className="mb-2"
    >
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
          <CategoryHeaders
            categories={dashboard.categories}
            locale={locale}
            overallLabel={t("scores.overall")}
          />
          <th scope="col" className={NUMBER_CELL}>
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
                    <abbr title={tRules(`rules.${check.rule}.name`)} className="no-underline">
                      {tRules(`rules.${check.rule}.short`)}
                    </abbr>
                    <OutcomeBadge
                      outcome={check.outcome}
                      label={tWises(`outcome.${check.outcome}`)}
                    />
                    {check.unverified && (
                      <span className="text-amber-900">({tRules("unverified")})</span>
                    )}
                  </li>
                ))}
              </ul>
            </td>
            <CategoryScoreCells
              categories={dashboard.categories}
              format={format}
              scoreOf={(code) => row.scores[code]?.mean}
            />
            <td className={NUMBER_CELL}>{row.scores.overall?.raters ?? 0}</td>
          </tr>
        ))}
      </tbody>
    </ResultsTable>
  );
}

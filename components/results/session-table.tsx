import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/sessions/status-badge";
import { countryName } from "@/lib/countries/catalogue";
import { getDateFormatter } from "@/lib/dates/reader";
import type { SessionStatus } from "@/lib/generated/prisma/enums";
import type { ResultsDashboard } from "@/lib/results/queries";
import { AlphaFigure } from "./alpha-figure";
import { CategoryHeaders, CategoryScoreCells, NUMBER_CELL, ResultsTable } from "./results-table";

/** The focus groups in scope, each with its median scores and agreement, linking to its results. */
export async function SessionTable({ dashboard }: { dashboard: ResultsDashboard }) {
  const [t, format, dates, locale] = await Promise.all([
    getTranslations("Results"),
    getFormatter(),
    getDateFormatter(),
    getLocale(),
  ]);
  return (
    <ResultsTable
      captionId="sessions-caption"
      caption={t("dashboard.sessionsCaption")}
      tableClassName="min-w-[64rem]"
      className="mb-2"
    >
      <thead>
        <tr className="border-b border-slate-400 align-bottom text-sm">
          <th scope="col" className="p-2">
            {t("dashboard.session")}
          </th>
          <th scope="col" className="p-2">
            {t("dashboard.status")}
          </th>
          <th scope="col" className={NUMBER_CELL}>
            {t("dashboard.wises")}
          </th>
          <th scope="col" className={NUMBER_CELL}>
            {t("dashboard.raters")}
          </th>
          <CategoryHeaders
            categories={dashboard.categories}
            locale={locale}
            overallLabel={t("scores.overall")}
          />
          <th scope="col" className="p-2">
            {t("dashboard.agreement")}
          </th>
        </tr>
      </thead>
      <tbody>
        {dashboard.sessions.map((session) => (
          <tr key={session.id} className="border-b border-slate-200 align-top">
            <th scope="row" className="p-2 font-normal">
              <Link
                href={`/sessions/${session.id}/results`}
                className="font-medium text-teal-800 underline underline-offset-4"
              >
                {session.title}
              </Link>
              <span className="block text-sm text-slate-700">
                {dates.date(session.startsAt, "medium")} ·{" "}
                {countryName(session.countryCode, locale)}
              </span>
            </th>
            <td className="p-2">
              <StatusBadge status={session.status as SessionStatus} />
            </td>
            <td className={NUMBER_CELL}>{session.wises}</td>
            <td className={NUMBER_CELL}>{session.raters}</td>
            <CategoryScoreCells
              categories={dashboard.categories}
              format={format}
              scoreOf={(code) => session.scores.medians[code]}
            />
            <td className="p-2 text-sm">
              <AlphaFigure result={session.agreement} compact />
            </td>
          </tr>
        ))}
      </tbody>
    </ResultsTable>
  );
}

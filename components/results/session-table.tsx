import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/sessions/status-badge";
import { countryName } from "@/lib/countries/catalogue";
import type { SessionStatus } from "@/lib/generated/prisma/enums";
import type { ResultsDashboard } from "@/lib/results/queries";
import { AlphaFigure } from "./alpha-figure";
import { scoreText } from "./score-cells";
import { ScrollRegion } from "./scroll-region";

/** The focus groups in scope, each with its median scores and agreement, linking to its results. */
export async function SessionTable({ dashboard }: { dashboard: ResultsDashboard }) {
  const [t, format, locale] = await Promise.all([
    getTranslations("Results"),
    getFormatter(),
    getLocale(),
  ]);
  const cell = "p-2 text-right tabular-nums";
  return (
    <ScrollRegion
      labelledBy="sessions-caption"
      className="mb-2 rounded-lg border border-slate-300 bg-white"
    >
      <table className="w-full min-w-[64rem] border-collapse text-left">
        <caption id="sessions-caption" className="p-2 text-left font-semibold">
          {t("dashboard.sessionsCaption")}
        </caption>
        <thead>
          <tr className="border-b border-slate-400 align-bottom text-sm">
            <th scope="col" className="p-2">
              {t("dashboard.session")}
            </th>
            <th scope="col" className="p-2">
              {t("dashboard.status")}
            </th>
            <th scope="col" className={cell}>
              {t("dashboard.wises")}
            </th>
            <th scope="col" className={cell}>
              {t("dashboard.raters")}
            </th>
            {dashboard.categories.map((category) => (
              <th key={category.code} scope="col" className={cell}>
                {locale === "ro" ? category.nameRo : category.nameEn}
              </th>
            ))}
            <th scope="col" className={cell}>
              {t("scores.overall")}
            </th>
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
                  {format.dateTime(session.startsAt, { dateStyle: "medium" })} ·{" "}
                  {countryName(session.countryCode, locale)}
                </span>
              </th>
              <td className="p-2">
                <StatusBadge status={session.status as SessionStatus} />
              </td>
              <td className={cell}>{session.wises}</td>
              <td className={cell}>{session.raters}</td>
              {dashboard.categories.map((category) => (
                <td key={category.code} className={cell}>
                  {scoreText(format, session.scores.medians[category.code])}
                </td>
              ))}
              <td className={cell}>{scoreText(format, session.scores.medians.overall)}</td>
              <td className="p-2 text-sm">
                <AlphaFigure result={session.agreement} compact />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

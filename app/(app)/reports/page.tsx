import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { CreateReportForm } from "@/components/reports/create-report-form";
import { ListPageHeader } from "@/components/ui/list-page-header";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { COUNTRY_CODES, countriesByName, countryName } from "@/lib/countries/catalogue";
import { getDateFormatter } from "@/lib/dates/reader";
import { LOCALE_INFO, LOCALES } from "@/lib/i18n/locales";
import { listReports } from "@/lib/reports/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Reports");
  return { title: t("title") };
}

export default async function ReportsPage() {
  const user = await requirePermission("report.list");
  const [reports, t, tNew, dates, locale] = await Promise.all([
    listReports(user),
    getTranslations("Reports"),
    getTranslations("Reports.new"),
    getDateFormatter(),
    getLocale(),
  ]);
  // What the reader may start: the European report (admins), each country they may edit.
  const coverages = [
    ...(can(user, "report.edit", { scope: "EUROPE", countryCode: null })
      ? [{ value: "EUROPE", label: tNew("europe") }]
      : []),
    ...countriesByName(COUNTRY_CODES, locale)
      .filter((c) => can(user, "report.edit", { scope: "COUNTRY", countryCode: c.code }))
      .map((c) => ({ value: c.code, label: tNew("country", { country: c.name }) })),
  ];
  const languages = LOCALES.map((code) => ({ value: code, label: LOCALE_INFO[code].nativeName }));
  return (
    <>
      <ListPageHeader title={t("title")} description={t("description")} />
      {reports.length === 0 ? (
        <p className="mb-6">{t("empty")}</p>
      ) : (
        <div className="mb-8 overflow-x-auto">
          <table className="w-full border-collapse bg-white text-left">
            <caption className="sr-only">{t("title")}</caption>
            <thead>
              <tr className="border-b border-slate-400">
                {[
                  t("columns.title"),
                  t("columns.scope"),
                  t("columns.language"),
                  t("columns.releases"),
                  t("columns.updated"),
                ].map((label) => (
                  <th key={label} scope="col" className="p-2">
                    {label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {reports.map((report) => (
                <tr key={report.id} className="border-b border-slate-200">
                  <td className="p-2">
                    <Link
                      href={`/reports/${report.id}`}
                      className="font-medium text-teal-800 underline"
                    >
                      {report.title}
                    </Link>
                  </td>
                  <td className="p-2">
                    {report.countryCode ? countryName(report.countryCode, locale) : t("europe")}
                  </td>
                  <td className="p-2">
                    {LOCALE_INFO[report.locale as keyof typeof LOCALE_INFO]?.nativeName ??
                      report.locale}
                  </td>
                  <td className="p-2">
                    {report.latestRelease ? (
                      <Link
                        href={`/reports/${report.id}/releases/${report.latestRelease.number}`}
                        className="text-teal-800 underline"
                      >
                        {t("releases.open", { number: report.latestRelease.number })}
                      </Link>
                    ) : (
                      t("notReleased")
                    )}
                  </td>
                  <td className="p-2">{dates.date(report.updatedAt, "medium")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {coverages.length > 0 && (
        <section aria-labelledby="new-report">
          <h2 id="new-report" className="mb-3 text-lg font-semibold">
            {tNew("heading")}
          </h2>
          <ClientMessages namespaces={["Errors", "Reports"]}>
            <CreateReportForm coverages={coverages} languages={languages} defaultLocale={locale} />
          </ClientMessages>
        </section>
      )}
    </>
  );
}

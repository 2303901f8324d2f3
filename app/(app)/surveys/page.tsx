import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ListPageHeader } from "@/components/ui/list-page-header";
import { requirePermission } from "@/lib/auth/session";
import { countryName } from "@/lib/countries/catalogue";
import { getDateFormatter } from "@/lib/dates/reader";
import { listSurveys } from "@/lib/skills/surveys/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Surveys");
  return { title: t("title") };
}

export default async function SurveysPage() {
  const user = await requirePermission("survey.list");
  const [surveys, t, dates, locale] = await Promise.all([
    listSurveys(user),
    getTranslations("Surveys"),
    getDateFormatter(),
    getLocale(),
  ]);
  return (
    <>
      <ListPageHeader
        title={t("title")}
        description={t("description")}
        newItem={{ href: "/surveys/new", label: t("newSurvey") }}
      />
      {surveys.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse bg-white text-left">
            <caption className="sr-only">{t("title")}</caption>
            <thead>
              <tr className="border-b border-slate-400">
                {(["survey", "country", "wises", "answers", "state", "dates"] as const).map(
                  (column) => (
                    <th key={column} scope="col" className="p-2">
                      {t(`columns.${column}`)}
                    </th>
                  ),
                )}
              </tr>
            </thead>
            <tbody>
              {surveys.map((survey) => (
                <tr key={survey.id} className="border-b border-slate-200">
                  <td className="p-2">
                    <Link
                      href={`/surveys/${survey.id}`}
                      className="font-medium text-teal-800 underline"
                    >
                      {survey.title}
                    </Link>
                  </td>
                  <td className="p-2">{countryName(survey.countryCode, locale)}</td>
                  <td className="p-2">{survey.wiseCount}</td>
                  <td className="p-2">{survey.responseCount}</td>
                  <td className="p-2">{t(`phase.${survey.phase}`)}</td>
                  <td className="p-2">
                    {t("dateRange", {
                      from: dates.date(survey.opensAt, "medium"),
                      to: dates.date(new Date(survey.closesAt.getTime() - 1), "medium"),
                    })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { countryName } from "@/lib/countries/catalogue";
import { getDateFormatter } from "@/lib/dates/reader";
import { listReadableSummaries } from "@/lib/summaries/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Summaries");
  return { title: t("title") };
}

/** The published summaries the reader may open. */
export default async function SummariesPage() {
  const user = await requireUser();
  const [summaries, t, dates, locale] = await Promise.all([
    listReadableSummaries(user),
    getTranslations("Summaries"),
    getDateFormatter(),
    getLocale(),
  ]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      {summaries.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className="grid gap-3">
          {summaries.map((summary) => (
            <li key={summary.id} className="rounded-lg border border-slate-300 bg-white p-3">
              <Link
                href={`/summaries/${summary.id}`}
                className="text-lg font-semibold break-words text-teal-900 underline"
              >
                {summary.title}
              </Link>
              <p className="text-slate-700">
                {[
                  dates.date(summary.startsAt),
                  summary.online ? t("online") : summary.place,
                  countryName(summary.countryCode, locale),
                  t("wiseCount", { count: summary._count.agendaItems }),
                ]
                  .filter(Boolean)
                  .join(" · ")}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { NarrativeEditor } from "@/components/reports/narrative-editor";
import { ReleaseForm } from "@/components/reports/release-form";
import { ReportDocument } from "@/components/reports/report-document";
import { buttonClasses } from "@/components/ui/button-classes";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { countryName } from "@/lib/countries/catalogue";
import { LOCALE_INFO } from "@/lib/i18n/locales";
import { assembleReport } from "@/lib/reports/assemble-queries";
import { possibleChapters } from "@/lib/reports/chapters";
import { getReport } from "@/lib/reports/queries";

type Params = Promise<{ reportId: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const user = await requirePermission("report.list");
  const report = await getReport(user, (await params).reportId);
  return { title: report?.title };
}

/** The builder: each chapter's text with its preview, the report as it stands, the release. */
export default async function ReportPage({ params }: { params: Params }) {
  const user = await requirePermission("report.list");
  const report = await getReport(user, (await params).reportId);
  if (!report) notFound();
  const [t, tChapters, locale, draft] = await Promise.all([
    getTranslations("Reports"),
    getTranslations("Reports.chapters"),
    getLocale(),
    assembleReport(report),
  ]);
  const included = new Set(draft.chapters.map((chapter) => chapter.key));
  const narratives = new Map(report.narratives.map((n) => [n.chapterKey, n]));
  const scope = report.countryCode ? countryName(report.countryCode, locale) : t("europe");
  const language =
    LOCALE_INFO[report.locale as keyof typeof LOCALE_INFO]?.nativeName ?? report.locale;
  return (
    <>
      <PageHeader
        title={report.title}
        description={t("builder.meta", { scope, language })}
        actions={
          <Link href={`/reports/${report.id}/releases`} className={buttonClasses("secondary")}>
            {t("builder.releaseHistory")}
          </Link>
        }
      />
      {report.canEdit && (
        <ClientMessages namespaces={["Errors", "Reports"]}>
          <section aria-labelledby="narratives" className="mb-10">
            <h2 id="narratives" className="text-xl font-semibold">
              {t("builder.narratives")}
            </h2>
            <p className="mb-4 text-slate-700">{t("builder.narrativesHint")}</p>
            {possibleChapters(report.scope).map((key) => {
              const narrative = narratives.get(key);
              return (
                <section key={key} aria-labelledby={`editor-${key}`} className="mb-8">
                  <h3 id={`editor-${key}`} className="text-lg font-semibold">
                    {tChapters(key)}
                  </h3>
                  {!included.has(key) && (
                    <p className="mb-2 text-sm text-slate-700">{t("builder.notShown")}</p>
                  )}
                  <NarrativeEditor
                    reportId={report.id}
                    chapterKey={key}
                    chapterTitle={tChapters(key)}
                    body={narrative?.body ?? ""}
                    version={narrative?.version ?? 0}
                  />
                </section>
              );
            })}
          </section>
          <section aria-labelledby="release" className="mb-10">
            <h2 id="release" className="text-xl font-semibold">
              {t("builder.release")}
            </h2>
            <ReleaseForm reportId={report.id} nextNumber={(report.latestRelease ?? 0) + 1} />
          </section>
        </ClientMessages>
      )}
      <section aria-labelledby="draft" className="rounded-md border border-slate-300 bg-white p-4">
        <h2 id="draft" className="text-xl font-semibold">
          {t("builder.draft")}
        </h2>
        <p className="mb-4 text-slate-700">{t("builder.draftHint")}</p>
        <ReportDocument snapshot={draft} titleAs="p" />
      </section>
    </>
  );
}

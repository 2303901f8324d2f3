import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ReleaseChanges } from "@/components/reports/release-changes";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { getDateFormatter } from "@/lib/dates/reader";
import { listReleases } from "@/lib/reports/queries";

type Params = Promise<{ reportId: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Reports.releases");
  return { title: t("title") };
}

/** Every release of a report: its number, when and by whom, its note and what changed. */
export default async function ReleasesPage({ params }: { params: Params }) {
  const user = await requirePermission("report.list");
  const { reportId } = await params;
  const history = await listReleases(user, reportId);
  if (!history) notFound();
  const [t, dates] = await Promise.all([getTranslations("Reports.releases"), getDateFormatter()]);
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description", { title: history.report.title })}
        actions={
          <Link href={`/reports/${reportId}`} className="text-teal-800 underline">
            {t("back")}
          </Link>
        }
      />
      {history.releases.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ol className="flex flex-col gap-4">
          {history.releases.map((release) => (
            <li key={release.number} className="rounded-md border border-slate-300 bg-white p-4">
              <h2 className="text-lg font-semibold">
                <Link
                  href={`/reports/${reportId}/releases/${release.number}`}
                  className="text-teal-800 underline"
                >
                  {t("open", { number: release.number })}
                </Link>
              </h2>
              <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
                <dt className="font-medium">{t("date")}</dt>
                <dd>{dates.dateTime(release.releasedAt)}</dd>
                <dt className="font-medium">{t("by")}</dt>
                <dd>{release.releasedBy.name}</dd>
                {release.note && (
                  <>
                    <dt className="font-medium">{t("note")}</dt>
                    <dd>{release.note}</dd>
                  </>
                )}
              </dl>
              <h3 className="mt-3 font-medium">{t("changes")}</h3>
              <ReleaseChanges changes={release.changes} />
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

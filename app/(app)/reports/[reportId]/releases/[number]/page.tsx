import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ReportDocument } from "@/components/reports/report-document";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { getDateFormatter } from "@/lib/dates/reader";
import { getRelease } from "@/lib/reports/queries";

type Params = Promise<{ reportId: string; number: string }>;

async function release(params: Params) {
  const user = await requirePermission("report.list");
  const { reportId, number } = await params;
  return getRelease(user, reportId, /^\d{1,9}$/.test(number) ? Number(number) : Number.NaN);
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const [found, t] = await Promise.all([release(params), getTranslations("Reports.release")]);
  return found ? { title: t("title", { title: found.snapshot.title, number: found.number }) } : {};
}

/**
 * A released report's web version, from its stored snapshot only: it reads the same whatever
 * changed in the app since.
 */
export default async function ReleasePage({ params }: { params: Params }) {
  const found = await release(params);
  if (!found) notFound();
  const [t, dates] = await Promise.all([getTranslations("Reports.release"), getDateFormatter()]);
  const base = `/api/reports/${found.report.id}/releases/${found.number}`;
  return (
    <>
      <PageHeader
        title={t("title", { title: found.snapshot.title, number: found.number })}
        description={t("meta", {
          date: dates.date(found.releasedAt, "long"),
          name: found.releasedBy.name,
        })}
        actions={
          <Link href={`/reports/${found.report.id}/releases`} className="text-teal-800 underline">
            {t("history")}
          </Link>
        }
      />
      {found.note && <p className="mb-4">{found.note}</p>}
      <nav aria-label={t("downloads")} className="mb-6 flex flex-wrap gap-4">
        <a href={`${base}/pdf`} className="text-teal-800 underline">
          {t("pdf")}
        </a>
        <a href={`${base}/docx`} className="text-teal-800 underline">
          {t("docx")}
        </a>
      </nav>
      <ReportDocument
        snapshot={found.snapshot}
        release={{ reportId: found.report.id, number: found.number }}
        titleAs="p"
      />
    </>
  );
}

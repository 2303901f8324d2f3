import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BundleUpload } from "@/components/exports/bundle-upload";
import { ImportReportPanel } from "@/components/exports/import-report";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { getImportedSession } from "@/lib/bundles/queries";
import { parseImportReport } from "@/lib/bundles/schemas";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Exports.import");
  return { title: t("title") };
}

type SearchParams = Promise<{ session?: string; report?: string }>;

/** Admins import a session bundle from another installation (lib/bundles). */
export default async function ImportBundlePage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requirePermission("bundle.import");
  const { session: sessionId, report: reportText } = await searchParams;
  const report = parseImportReport(reportText);
  const [t, imported] = await Promise.all([
    getTranslations("Exports.import"),
    sessionId ? getImportedSession(user, sessionId) : Promise.resolve(null),
  ]);
  return (
    <ClientMessages namespaces={["Errors"]}>
      <PageHeader title={t("title")} description={t("description")} />
      {imported && report && <ImportReportPanel session={imported} report={report} />}
      <p className="mb-4 max-w-3xl">{t("steps")}</p>
      <BundleUpload
        labels={{
          file: t("file"),
          fileHint: t("fileHint"),
          submit: t("submit"),
          submitting: t("submitting"),
          problems: t("problems"),
          moreProblems: t("moreProblems"),
        }}
      />
    </ClientMessages>
  );
}

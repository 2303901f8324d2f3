import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { BundleUpload } from "@/components/exports/bundle-upload";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { getImportedSession } from "@/lib/bundles/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Exports.import");
  return { title: t("title") };
}

type SearchParams = Promise<{ session?: string; outcome?: string }>;

/** Admins import a session bundle from another installation (lib/bundles). */
export default async function ImportBundlePage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requirePermission("bundle.import");
  const { session: sessionId, outcome } = await searchParams;
  const [t, imported] = await Promise.all([
    getTranslations("Exports.import"),
    sessionId ? getImportedSession(user, sessionId) : Promise.resolve(null),
  ]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      {imported && (
        <div
          role="status"
          className="mb-6 max-w-3xl rounded-md border border-teal-800 bg-teal-50 p-3 text-teal-900"
        >
          <p>
            {outcome === "updated"
              ? t("alreadyImported", { title: imported.title })
              : t("imported", {
                  title: imported.title,
                  wises: imported.wises,
                  raters: imported.raters,
                  scores: imported.scores,
                })}
          </p>
          <p className="mt-2">
            <Link
              href={`/sessions/${imported.id}`}
              className="font-medium underline underline-offset-4"
            >
              {t("openSession")}
            </Link>
          </p>
        </div>
      )}
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
    </>
  );
}

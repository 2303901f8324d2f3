import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ImportReport } from "@/lib/bundles/schemas";

type Props = { session: { id: string; title: string }; report: ImportReport };

/** What an import changed, so that an admin sees whether anything was added, updated or lost. */
export async function ImportReportPanel({ session, report }: Props) {
  const t = await getTranslations("Exports.import");
  const { wises, scores, notes } = report.changes;
  return (
    <div
      role="status"
      className="mb-6 max-w-3xl rounded-md border border-teal-800 bg-teal-50 p-3 text-teal-900"
    >
      <p className="font-medium">{t(`outcome.${report.outcome}`, { title: session.title })}</p>
      {report.outcome !== "own" && (
        <>
          <ul className="mt-2 list-disc pl-5">
            <li>{t("changes.wises", wises)}</li>
            <li>{t("changes.scores", scores)}</li>
            <li>{t("changes.notes", notes)}</li>
            <li>
              {report.gridCreated
                ? t("changes.gridCreated", report.gridCreated)
                : t("changes.gridExisting")}
            </li>
          </ul>
          <p className="mt-2">{t("readOnly")}</p>
        </>
      )}
      <p className="mt-2">
        <Link href={`/sessions/${session.id}`} className="font-medium underline underline-offset-4">
          {t("openSession")}
        </Link>
      </p>
    </div>
  );
}

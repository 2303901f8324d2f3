import { getTranslations } from "next-intl/server";
import type { AllowedDownloads } from "@/lib/exports/access";
import { exportUrl } from "@/lib/exports/datasets";

type Props = {
  sessionId: string;
  /** From allowedDownloads(user, access) in lib/exports/access.ts. */
  allowed: AllowedDownloads;
};

const LINK =
  "text-teal-800 underline underline-offset-4 hover:text-teal-900 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-amber-500";

/**
 * The session's files, for what the reader may download. Plain links to the route handlers,
 * which check the permission again: this panel only saves people a 403.
 */
export async function DownloadsPanel({ sessionId, allowed }: Props) {
  const t = await getTranslations("Exports.panel");
  const results = [
    { href: exportUrl(sessionId, "raw", "csv"), label: t("rawCsv") },
    { href: exportUrl(sessionId, "raw", "xlsx"), label: t("rawXlsx") },
    { href: exportUrl(sessionId, "aggregates", "csv"), label: t("aggregatesCsv") },
    { href: exportUrl(sessionId, "aggregates", "xlsx"), label: t("aggregatesXlsx") },
    { href: exportUrl(sessionId, "report", "pdf"), label: t("reportPdf") },
  ];
  return (
    <section aria-labelledby="downloads-heading" className="mb-8">
      <h2 id="downloads-heading" className="mb-2 text-xl font-semibold">
        {t("heading")}
      </h2>
      {!allowed.results && !allowed.summary && <p>{t("nothing")}</p>}
      {allowed.results && (
        <>
          <h3 className="mt-3 font-semibold">{t("results")}</h3>
          <p className="text-sm text-slate-700">{t("resultsHint")}</p>
          <ul className="mt-1 grid gap-1">
            {results.map((link) => (
              <li key={link.href}>
                <a href={link.href} download className={LINK}>
                  {link.label}
                </a>
              </li>
            ))}
            <li>
              <a
                href={`/api/sessions/${encodeURIComponent(sessionId)}/bundle`}
                download
                className={LINK}
              >
                {t("bundle")}
              </a>
              <span className="block text-sm text-slate-700">{t("bundleHint")}</span>
            </li>
          </ul>
        </>
      )}
      {allowed.summary && (
        <>
          <h3 className="mt-3 font-semibold">{t("summary")}</h3>
          <ul className="mt-1 grid gap-1">
            <li>
              <a href={exportUrl(sessionId, "summary", "pdf")} download className={LINK}>
                {t("summaryPdf")}
              </a>
            </li>
          </ul>
        </>
      )}
    </section>
  );
}

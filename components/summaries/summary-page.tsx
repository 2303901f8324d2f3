import { getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button-classes";
import type { SessionSummary } from "@/lib/summaries/assemble";
import { EasySummary } from "./easy-summary";
import { FullSummary } from "./full-summary";

type Props = {
  summary: SessionSummary;
  /** The easy-read version (`?view=easy`), one plain link away from the full one. */
  easy: boolean;
  /** The page's own path, for the link between the two versions. */
  basePath: string;
  shared?: boolean;
};

/**
 * A summary page as participants and share-link readers see it. Server-rendered only: plain
 * links and text, so it reads the same without JavaScript and stays light on phones.
 */
export async function SummaryPage({ summary, easy, basePath, shared = false }: Props) {
  const t = await getTranslations("Summaries");
  return (
    <article>
      <h1 className={`font-bold break-words text-slate-900 ${easy ? "text-3xl" : "text-2xl"}`}>
        {summary.title}
      </h1>
      {easy && <p className="mt-1 text-xl text-slate-800">{t("easy.title")}</p>}
      {shared && <p className="mt-1 text-sm text-slate-700">{t("sharedNote")}</p>}
      <nav aria-label={t("views")} className="my-4">
        {easy ? (
          <a href={basePath} className={buttonClasses("secondary")}>
            {t("fullLink")}
          </a>
        ) : (
          <a href={`${basePath}?view=easy`} className={buttonClasses("secondary")}>
            <span aria-hidden="true">📖</span>
            {t("easyLink")}
          </a>
        )}
      </nav>
      {easy ? <EasySummary summary={summary} /> : <FullSummary summary={summary} />}
    </article>
  );
}

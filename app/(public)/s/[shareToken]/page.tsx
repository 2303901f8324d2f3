import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SummaryPage } from "@/components/summaries/summary-page";
import { getSharedSummary } from "@/lib/summaries/queries";

type Props = {
  params: Promise<{ shareToken: string }>;
  searchParams: Promise<{ view?: string | string[] }>;
};

/** The link is the only key: keep it out of search engines and out of other sites' logs. */
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Summaries");
  return {
    title: t("title"),
    robots: { index: false, follow: false },
    referrer: "no-referrer",
  };
}

/** A published summary opened by its share link, without signing in; 404 once the link is off. */
export default async function SharedSummaryPage({ params, searchParams }: Props) {
  const [{ shareToken }, { view }] = await Promise.all([params, searchParams]);
  const summary = await getSharedSummary(shareToken);
  if (!summary) notFound();
  return (
    <SummaryPage
      summary={summary}
      easy={view === "easy"}
      basePath={`/s/${encodeURIComponent(shareToken)}`}
      shared
    />
  );
}

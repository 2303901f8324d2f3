import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SummaryPage } from "@/components/summaries/summary-page";
import { forbidIfRefused } from "@/lib/auth/forbid";
import { requireUser } from "@/lib/auth/session";
import { getSessionSummary } from "@/lib/summaries/queries";

type Props = {
  params: Promise<{ sessionId: string }>;
  searchParams: Promise<{ view?: string | string[] }>;
};

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Summaries");
  return { title: t("title") };
}

/** A published session's summary, for its participants, team and country partner. */
export default async function SessionSummaryPage({ params, searchParams }: Props) {
  const [{ sessionId }, { view }] = await Promise.all([params, searchParams]);
  const user = await requireUser();
  const summary = await forbidIfRefused(() => getSessionSummary(user, sessionId));
  if (!summary) notFound();
  return (
    <SummaryPage summary={summary} easy={view === "easy"} basePath={`/summaries/${sessionId}`} />
  );
}

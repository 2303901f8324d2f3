import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ScoreGrid, type ScoringCategoryView } from "@/components/evaluations/score-grid";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { getScoringSheet, type ScoringGridCategory } from "@/lib/evaluations/queries";
import { localLevels, localName } from "@/lib/grids/rules";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Scoring");
  return { title: t("title") };
}

/** The grid in the reader's language, reduced to what the client component shows. */
function toView(categories: ScoringGridCategory[], locale: string): ScoringCategoryView[] {
  return categories.map((category) => ({
    id: category.id,
    name: localName(locale, category),
    criteria: category.criteria.map((criterion) => ({
      id: criterion.id,
      name: localName(locale, criterion),
      unit: criterion.unit,
      weight: criterion.weight,
      levels: [...localLevels(locale, criterion)],
    })),
  }));
}

export default async function ScorePage({
  params,
}: {
  params: Promise<{ sessionId: string; agendaItemId: string }>;
}) {
  const { sessionId, agendaItemId } = await params;
  const user = await requireUser();
  const sheet = await getScoringSheet(user, sessionId, agendaItemId);
  if (!sheet) notFound();
  if (sheet.mode === "forbidden") forbidden();
  const [t, locale] = await Promise.all([getTranslations("Scoring"), getLocale()]);
  return (
    <ClientMessages namespaces={["Errors", "Scoring"]}>
      <PageHeader
        title={t("heading", { wise: sheet.wise.name })}
        description={t("description", {
          session: sheet.session.title,
          grid: sheet.grid.name,
          version: sheet.grid.version,
        })}
      />
      <p className="mb-4">
        <Link href={`/sessions/${sessionId}`} className="font-medium text-teal-800 underline">
          {t("backToSession")}
        </Link>
      </p>
      {sheet.mode === "notOpenYet" ? (
        <p className="rounded-md border border-slate-400 bg-white p-4">{t("notOpenYet")}</p>
      ) : (
        <>
          <p className="mb-4 max-w-3xl text-slate-800">
            {sheet.mode === "readOnly" ? t("readOnly") : t("intro")}
          </p>
          <ScoreGrid
            agendaItemId={agendaItemId}
            categories={toView(sheet.grid.categories, locale)}
            initialScores={sheet.scores}
            readOnly={sheet.mode === "readOnly"}
          />
        </>
      )}
    </ClientMessages>
  );
}

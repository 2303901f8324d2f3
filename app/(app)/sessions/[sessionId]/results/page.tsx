import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AgreementPanel } from "@/components/results/agreement-panel";
import { CategoryTable } from "@/components/results/category-table";
import { ChartFigure } from "@/components/results/chart-figure";
import { DisagreementList } from "@/components/results/disagreement-list";
import { WiseDetails } from "@/components/results/wise-details";
import { PageHeader } from "@/components/ui/page-header";
import { forbidIfRefused } from "@/lib/auth/forbid";
import { requireUser } from "@/lib/auth/session";
import { countryName } from "@/lib/countries/catalogue";
import { getDateFormatter } from "@/lib/dates/reader";
import { localName } from "@/lib/grids/rules";
import { getSessionResults } from "@/lib/results/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Results");
  return { title: t("title") };
}

export default async function SessionResultsPage({
  params,
}: {
  params: Promise<{ sessionId: string }>;
}) {
  const { sessionId } = await params;
  const user = await requireUser();
  const results = await forbidIfRefused(() => getSessionResults(user, sessionId));
  if (!results) notFound();
  const [t, tModels, dates, locale] = await Promise.all([
    getTranslations("Results"),
    getTranslations("Models"),
    getDateFormatter(),
    getLocale(),
  ]);
  const { session, categories, wises, models, agreement } = results;
  const scored = wises.some((wise) => (wise.scores.overall?.evaluations ?? 0) > 0);
  return (
    <>
      <PageHeader
        title={t("sessionTitle", { title: session.title })}
        description={t("sessionMeta", {
          date: dates.date(session.startsAt),
          country: countryName(session.countryCode, locale),
          grid: `${session.grid.name} v${session.grid.version}`,
        })}
      />
      <p className="mb-2">
        <Link href={`/sessions/${sessionId}`} className="font-medium text-teal-800 underline">
          {t("backToSession")}
        </Link>
      </p>
      <p className="mb-6 text-slate-800">
        {t("summary", { wises: wises.length, raters: agreement.session.raters })}
      </p>
      {!scored && <p className="mb-6 rounded-md bg-amber-50 p-3">{t("nothingYet")}</p>}
      <section aria-labelledby="scores-heading" className="mb-8">
        <h2 id="scores-heading" className="mb-2 text-xl font-semibold">
          {t("scores.heading")}
        </h2>
        <p className="mb-3 max-w-prose text-slate-800">{t("scores.intro")}</p>
        <ChartFigure
          id="category-chart"
          title={t("scores.chart")}
          rowHeader={t("wise")}
          domain={[0, 5]}
          series={categories.map((c) => ({ key: c.code, label: localName(locale, c) }))}
          rows={wises.map((wise) => ({
            label: wise.wise.name,
            ...Object.fromEntries(
              categories.map((c) => [c.code, wise.scores[c.code]?.mean ?? null]),
            ),
          }))}
        />
        <CategoryTable results={results} />
      </section>
      <AgreementPanel results={results} />
      <DisagreementList results={results} />
      <section aria-labelledby="models-heading" className="mb-8">
        <h2 id="models-heading" className="mb-2 text-xl font-semibold">
          {t("models.heading")}
        </h2>
        <ChartFigure
          id="model-chart"
          title={t("models.chart")}
          rowHeader={t("models.model")}
          decimals={0}
          series={[
            { key: "agreed", label: t("models.agreed") },
            { key: "suggested", label: t("models.suggested") },
          ]}
          rows={[
            ...models.byModel.map((m) => ({
              label: tModels(`${m.model}.name`),
              agreed: m.agreed,
              suggested: m.suggested,
            })),
            // WISEs the rules suggest no model for, as such: never folded into a model's bar.
            { label: t("models.tie"), agreed: null, suggested: models.noSuggestion.tie },
            {
              label: t("models.notEnoughInformation"),
              agreed: null,
              suggested: models.noSuggestion.notEnoughInformation,
            },
          ]}
        />
      </section>
      <section aria-labelledby="details-heading" className="mb-8">
        <h2 id="details-heading" className="mb-2 text-xl font-semibold">
          {t("details.heading")}
        </h2>
        {wises.map((wise) => (
          <WiseDetails key={wise.agendaItemId} wise={wise} categories={categories} />
        ))}
      </section>
    </>
  );
}

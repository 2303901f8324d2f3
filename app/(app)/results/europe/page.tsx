import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ChartFigure } from "@/components/results/chart-figure";
import { CountryTable } from "@/components/results/country-table";
import { LegalStatusTable } from "@/components/results/legal-status-table";
import { MediansTable } from "@/components/results/medians-table";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { WISE_MODELS } from "@/lib/classification/models";
import { countryName } from "@/lib/countries/catalogue";
import { localName } from "@/lib/grids/rules";
import { getEuropeanView } from "@/lib/results/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Results.europe");
  return { title: t("title") };
}

export default async function EuropeanViewPage() {
  const user = await requirePermission("results.compareCountries");
  const [view, t, tModels, locale] = await Promise.all([
    getEuropeanView(user),
    getTranslations("Results"),
    getTranslations("Models"),
    getLocale(),
  ]);
  const name = (code: string) => countryName(code, locale);
  return (
    <>
      <PageHeader title={t("europe.title")} description={t("europe.description")} />
      <p className="mb-4">
        <Link href="/results" className="font-medium text-teal-800 underline">
          {t("europe.backToReview")}
        </Link>
      </p>
      <p className="mb-6 max-w-prose rounded-md bg-sky-50 p-3 text-slate-900">
        {t("dashboard.completeness")}
      </p>
      {view.countries.length === 0 ? (
        <p>{t("europe.noData")}</p>
      ) : (
        <>
          <CountryTable view={view} />
          <LegalStatusTable comparison={view.legalStatuses} />
          <ChartFigure
            id="model-mix-chart"
            title={t("europe.modelMix")}
            rowHeader={t("europe.country")}
            stacked
            decimals={0}
            series={[
              ...WISE_MODELS.map((model) => ({ key: model, label: tModels(`${model}.name`) })),
              { key: "NONE", label: t("europe.notAgreed") },
            ]}
            rows={view.countries.map((country) => ({
              label: country.country,
              ...country.models,
            }))}
          />
          <ChartFigure
            id="medians-chart"
            title={t("europe.medians")}
            rowHeader={t("europe.country")}
            domain={[0, 5]}
            series={view.categories.map((c) => ({ key: c.code, label: localName(locale, c) }))}
            rows={view.countries.map((country) => ({
              label: country.country,
              ...Object.fromEntries(
                view.categories.map((c) => [c.code, country.scores.medians[c.code] ?? null]),
              ),
            }))}
          />
          <MediansTable
            id="europe-medians-caption"
            caption={t("europe.medians")}
            groupHeader={t("europe.country")}
            categories={view.categories}
            rows={[
              ...view.countries.map((country) => ({
                key: country.country,
                label: name(country.country),
                group: country.scores,
              })),
              { key: "all", label: t("europe.all"), group: view.all },
            ]}
          />
        </>
      )}
    </>
  );
}

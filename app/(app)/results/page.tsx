import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ChartFigure } from "@/components/results/chart-figure";
import { MediansTable } from "@/components/results/medians-table";
import { ResultsFilters } from "@/components/results/results-filters";
import { SessionTable } from "@/components/results/session-table";
import { WiseResultsTable } from "@/components/results/wise-results-table";
import { buttonClasses } from "@/components/ui/button-classes";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { countriesByName, countryName } from "@/lib/countries/catalogue";
import { localName } from "@/lib/grids/rules";
import { getResultsDashboard } from "@/lib/results/queries";
import { ResultsFilterSchema } from "@/lib/results/schemas";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Results.dashboard");
  return { title: t("title") };
}

export default async function ResultsDashboardPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePermission("results.review");
  const filter = ResultsFilterSchema.parse(await searchParams);
  const [dashboard, t, tModels, locale] = await Promise.all([
    getResultsDashboard(user, filter),
    getTranslations("Results"),
    getTranslations("Models"),
    getLocale(),
  ]);
  const { categories, benchmarks } = dashboard;
  const modelRows = benchmarks.byModel.map((row) => ({
    key: row.model ?? "NONE",
    label: row.model ? tModels(`${row.model}.name`) : t("dashboard.noModel"),
    group: row,
  }));
  return (
    <>
      <PageHeader
        title={t("dashboard.title")}
        description={t("dashboard.description")}
        actions={
          can(user, "results.compareCountries") && (
            <Link href="/results/europe" className={buttonClasses("secondary")}>
              {t("dashboard.europe")}
            </Link>
          )
        }
      />
      <ResultsFilters
        filter={filter}
        regions={dashboard.choices.regions}
        countries={
          dashboard.allCountries
            ? countriesByName(dashboard.choices.countries, locale).map((c) => ({
                value: c.code,
                label: c.name,
              }))
            : null
        }
      />
      <p className="mb-6 max-w-prose rounded-md bg-sky-50 p-3 text-slate-900">
        {t("dashboard.completeness")}
      </p>
      <section aria-labelledby="benchmarks-heading" className="mb-8">
        <h2 id="benchmarks-heading" className="mb-2 text-xl font-semibold">
          {t("dashboard.benchmarks")}
        </h2>
        <ChartFigure
          id="benchmark-chart"
          title={t("dashboard.byModel")}
          rowHeader={t("dashboard.model")}
          domain={[0, 5]}
          series={categories.map((c) => ({ key: c.code, label: localName(locale, c) }))}
          rows={modelRows.map((row) => ({
            label: row.label,
            ...Object.fromEntries(
              categories.map((c) => [c.code, row.group.medians[c.code] ?? null]),
            ),
          }))}
        />
        <MediansTable
          id="by-model-caption"
          caption={t("dashboard.byModel")}
          groupHeader={t("dashboard.model")}
          categories={categories}
          rows={[
            ...modelRows,
            { key: "all", label: t("dashboard.allWises"), group: benchmarks.all },
          ]}
        />
        <MediansTable
          id="by-country-caption"
          caption={t("dashboard.byCountry")}
          groupHeader={t("dashboard.country")}
          categories={categories}
          rows={benchmarks.byCountry.map((row) => ({
            key: row.country,
            label: countryName(row.country, locale),
            group: row,
          }))}
        />
      </section>
      <section aria-labelledby="sessions-heading" className="mb-8">
        <h2 id="sessions-heading" className="mb-2 text-xl font-semibold">
          {t("dashboard.sessions")}
        </h2>
        {dashboard.sessions.length === 0 ? (
          <p>{t("dashboard.noSessions")}</p>
        ) : (
          <>
            <SessionTable dashboard={dashboard} />
            {dashboard.sessionTotal > dashboard.sessions.length && (
              <p className="text-sm text-slate-700">
                {t("dashboard.sessionsShown", {
                  shown: dashboard.sessions.length,
                  total: dashboard.sessionTotal,
                })}
              </p>
            )}
          </>
        )}
      </section>
      <section aria-labelledby="wises-heading" className="mb-8">
        <h2 id="wises-heading" className="mb-2 text-xl font-semibold">
          {t("dashboard.wisesHeading")}
        </h2>
        {dashboard.wises.rows.length === 0 ? (
          <p>{t("dashboard.noWises")}</p>
        ) : (
          <>
            <WiseResultsTable dashboard={dashboard} />
            {dashboard.wises.total > dashboard.wises.rows.length && (
              <p className="text-sm text-slate-700">
                {t("dashboard.wisesShown", {
                  shown: dashboard.wises.rows.length,
                  total: dashboard.wises.total,
                })}
              </p>
            )}
          </>
        )}
      </section>
    </>
  );
}

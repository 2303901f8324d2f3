import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { WISE_MODELS } from "@/lib/classification/models";
import { countryName } from "@/lib/countries/catalogue";
import type { EuropeanView } from "@/lib/results/queries";
import { AlphaFigure } from "./alpha-figure";
import { CategoryHeaders, CategoryScoreCells, NUMBER_CELL, ResultsTable } from "./results-table";

/** Every country side by side: focus groups, WISEs per model, median scores and agreement. */
export async function CountryTable({ view }: { view: EuropeanView }) {
  const [t, tModels, format, locale] = await Promise.all([
    getTranslations("Results"),
    getTranslations("Models"),
    getFormatter(),
    getLocale(),
  ]);
  return (
    <ResultsTable
      captionId="countries-caption"
      caption={t("europe.caption")}
      tableClassName="min-w-[80rem] text-sm"
      className="mb-4"
    >
      <thead>
        <tr className="border-b border-slate-400 align-bottom">
          <th scope="col" className="p-2">
            {t("europe.country")}
          </th>
          <th scope="col" className={NUMBER_CELL}>
            {t("europe.sessions")}
          </th>
          <th scope="col" className={NUMBER_CELL}>
            {t("europe.wises")}
          </th>
          {WISE_MODELS.map((model) => (
            <th key={model} scope="col" className={NUMBER_CELL}>
              {tModels(`${model}.name`)}
            </th>
          ))}
          <th scope="col" className={NUMBER_CELL}>
            {t("europe.notAgreed")}
          </th>
          <CategoryHeaders
            categories={view.categories}
            locale={locale}
            overallLabel={t("scores.overall")}
          />
          <th scope="col" className="p-2">
            {t("dashboard.agreement")}
          </th>
        </tr>
      </thead>
      <tbody>
        {view.countries.map((country) => (
          <tr key={country.country} className="border-b border-slate-200 align-top">
            <th scope="row" className="p-2 font-medium">
              {countryName(country.country, locale)}
            </th>
            <td className={NUMBER_CELL}>{country.sessions}</td>
            <td className={NUMBER_CELL}>
              {country.wises}
              <span className="block text-slate-700">
                {t("europe.evaluated", { count: country.evaluated })}
              </span>
            </td>
            {[...WISE_MODELS, "NONE" as const].map((model) => (
              <td key={model} className={NUMBER_CELL}>
                {country.models[model]}
              </td>
            ))}
            <CategoryScoreCells
              categories={view.categories}
              format={format}
              scoreOf={(code) => country.scores.medians[code]}
            />
            <td className="p-2">
              <AlphaFigure result={country.agreement} compact />
            </td>
          </tr>
        ))}
      </tbody>
    </ResultsTable>
  );
}

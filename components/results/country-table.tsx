import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { MODELS } from "@/lib/classification/rules";
import { countryName } from "@/lib/countries/catalogue";
import type { EuropeanView } from "@/lib/results/queries";
import { AlphaFigure } from "./alpha-figure";
import { scoreText } from "./score-cells";
import { ScrollRegion } from "./scroll-region";

/** Every country side by side: focus groups, WISEs per model, median scores and agreement. */
export async function CountryTable({ view }: { view: EuropeanView }) {
  const [t, tModels, format, locale] = await Promise.all([
    getTranslations("Results"),
    getTranslations("Models"),
    getFormatter(),
    getLocale(),
  ]);
  const cell = "p-2 text-right tabular-nums";
  return (
    <ScrollRegion
      labelledBy="countries-caption"
      className="mb-4 rounded-lg border border-slate-300 bg-white"
    >
      <table className="w-full min-w-[80rem] border-collapse text-left text-sm">
        <caption id="countries-caption" className="p-2 text-left text-base font-semibold">
          {t("europe.caption")}
        </caption>
        <thead>
          <tr className="border-b border-slate-400 align-bottom">
            <th scope="col" className="p-2">
              {t("europe.country")}
            </th>
            <th scope="col" className={cell}>
              {t("europe.sessions")}
            </th>
            <th scope="col" className={cell}>
              {t("europe.wises")}
            </th>
            {MODELS.map((model) => (
              <th key={model} scope="col" className={cell}>
                {tModels(`${model}.name`)}
              </th>
            ))}
            <th scope="col" className={cell}>
              {t("europe.notAgreed")}
            </th>
            {view.categories.map((category) => (
              <th key={category.code} scope="col" className={cell}>
                {locale === "ro" ? category.nameRo : category.nameEn}
              </th>
            ))}
            <th scope="col" className={cell}>
              {t("scores.overall")}
            </th>
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
              <td className={cell}>{country.sessions}</td>
              <td className={cell}>
                {country.wises}
                <span className="block text-slate-700">
                  {t("europe.evaluated", { count: country.evaluated })}
                </span>
              </td>
              {[...MODELS, "NONE" as const].map((model) => (
                <td key={model} className={cell}>
                  {country.models[model]}
                </td>
              ))}
              {view.categories.map((category) => (
                <td key={category.code} className={cell}>
                  {scoreText(format, country.scores.medians[category.code])}
                </td>
              ))}
              <td className={cell}>{scoreText(format, country.scores.medians.overall)}</td>
              <td className="p-2">
                <AlphaFigure result={country.agreement} compact />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

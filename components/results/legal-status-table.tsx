import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { countryName } from "@/lib/countries/catalogue";
import type { LegalStatusComparison } from "@/lib/results/legal-status-sql";
import { RULES } from "@/lib/wises/country-rules/index";
import { THRESHOLD_OUTCOMES } from "@/lib/wises/threshold-rules";
import { ScrollRegion } from "./scroll-region";

/** The national statuses side by side: per country, how many of its WISEs meet each rule. */
export async function LegalStatusTable({ comparison }: { comparison: LegalStatusComparison }) {
  const [t, tWises, format, locale] = await Promise.all([
    getTranslations("CountryRules"),
    getTranslations("Wises"),
    getFormatter(),
    getLocale(),
  ]);
  const rows = comparison.flatMap((country) =>
    country.rules.map((entry, index) => ({
      ...entry,
      country: country.country,
      first: index === 0,
      span: country.rules.length,
    })),
  );
  return (
    <section aria-labelledby="legal-status-heading" className="my-6">
      <h2 id="legal-status-heading" className="mb-2 text-xl font-semibold">
        {t("europe.heading")}
      </h2>
      <p className="mb-2 max-w-prose text-sm text-slate-700">{t("europe.hint")}</p>
      {rows.length === 0 ? (
        <p>{t("europe.none")}</p>
      ) : (
        <ScrollRegion labelledBy="legal-status-heading">
          <table
            className="w-full min-w-[40rem] border-collapse text-left"
            data-testid="legal-status-table"
          >
            <thead>
              <tr className="border-b border-slate-400">
                <th scope="col" className="p-2">
                  {t("europe.country")}
                </th>
                <th scope="col" className="p-2">
                  {t("europe.rule")}
                </th>
                {THRESHOLD_OUTCOMES.map((outcome) => (
                  <th key={outcome} scope="col" className="p-2 text-right">
                    {tWises(`outcome.${outcome}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={`${row.country}-${row.rule}`} className="border-b border-slate-200">
                  {row.first && (
                    <th scope="rowgroup" rowSpan={row.span} className="p-2 align-top font-medium">
                      {countryName(row.country, locale)}
                    </th>
                  )}
                  <th scope="row" className="p-2 font-normal">
                    {t(`rules.${row.rule}.name`)}
                    {RULES[row.rule].unverified && (
                      <span className="text-amber-900"> ({t("unverified")})</span>
                    )}
                  </th>
                  {THRESHOLD_OUTCOMES.map((outcome) => (
                    <td key={outcome} className="p-2 text-right">
                      {format.number(row.counts[outcome])}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}

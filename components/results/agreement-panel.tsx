import { getLocale, getTranslations } from "next-intl/server";
import { localName } from "@/lib/grids/rules";
import type { SessionResults } from "@/lib/results/session-results";
import { AlphaFigure } from "./alpha-figure";

/** The session's agreement figure, then one per category, each with what it rests on. */
export async function AgreementPanel({ results }: { results: SessionResults }) {
  const [t, locale] = await Promise.all([getTranslations("Results.agreement"), getLocale()]);
  const nameOf = new Map(results.categories.map((c) => [c.code, localName(locale, c)]));
  return (
    <section aria-labelledby="agreement-heading" className="mb-8">
      <h2 id="agreement-heading" className="mb-2 text-xl font-semibold">
        {t("heading")}
      </h2>
      <p className="mb-3 max-w-prose text-slate-800">{t("intro")}</p>
      <div className="mb-3 rounded-lg border-2 border-teal-700 bg-white p-4">
        <p className="text-sm font-medium text-slate-700">{t("session")}</p>
        <p className="text-lg" data-testid="session-alpha">
          <AlphaFigure result={results.agreement.session} />
        </p>
      </div>
      <table className="mb-2 w-full max-w-3xl border-collapse rounded-lg bg-white text-left">
        <caption className="p-2 text-left font-semibold">{t("caption")}</caption>
        <thead>
          <tr className="border-b border-slate-400 text-sm">
            <th scope="col" className="p-2">
              {t("scope")}
            </th>
            <th scope="col" className="p-2">
              {t("value")}
            </th>
          </tr>
        </thead>
        <tbody>
          {results.agreement.byCategory.map(({ category, result }) => (
            <tr key={category} className="border-b border-slate-200">
              <th scope="row" className="p-2 font-normal">
                {nameOf.get(category) ?? category}
              </th>
              <td className="p-2">
                <AlphaFigure result={result} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="max-w-prose text-sm text-slate-700">{t("guide")}</p>
    </section>
  );
}

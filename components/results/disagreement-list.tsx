import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { localName } from "@/lib/grids/rules";
import type { SessionResults } from "@/lib/results/session-results";

/** The WISE × criterion pairs raters disagree on most, with the levels they gave. */
export async function DisagreementList({ results }: { results: SessionResults }) {
  const [t, format, locale] = await Promise.all([
    getTranslations("Results.disagreement"),
    getFormatter(),
    getLocale(),
  ]);
  const criteria = new Map(
    results.categories.flatMap((category) =>
      category.criteria.map((c) => [c.id, localName(locale, c)] as const),
    ),
  );
  const wises = new Map(results.wises.map((w) => [w.agendaItemId, w]));
  return (
    <section aria-labelledby="disagreement-heading" className="mb-8">
      <h2 id="disagreement-heading" className="mb-2 text-xl font-semibold">
        {t("heading")}
      </h2>
      <p className="mb-3 max-w-prose text-slate-800">{t("intro")}</p>
      {results.disagreements.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ol className="grid list-decimal gap-2 pl-6">
          {results.disagreements.map((item) => {
            const wise = wises.get(item.agendaItemId);
            const levels = wise?.distribution.get(item.criterionId)?.levels ?? [];
            const given = levels.flatMap((count, index) =>
              count > 0 ? [t("level", { level: index + 1, count })] : [],
            );
            return (
              <li key={`${item.agendaItemId}-${item.criterionId}`}>
                <span className="font-medium">
                  {t("item", {
                    wise: wise?.wise.name ?? "",
                    criterion: criteria.get(item.criterionId) ?? "",
                  })}
                </span>
                <span className="block text-sm text-slate-700">
                  {t("detail", {
                    levels: format.list(given),
                    range: item.range,
                    variance: format.number(item.variance, { maximumFractionDigits: 2 }),
                  })}
                </span>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

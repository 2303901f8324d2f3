import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ScrollRegion } from "@/components/results/scroll-region";
import { localName, type NameText } from "@/lib/grids/rules";

type Comparison = {
  categories: { code: string; texts: NameText[] }[];
  wises: {
    wiseId: string;
    name: string;
    scores: Record<string, number | null>;
    digitalGap: number | null;
  }[];
};

/** The focus group's category scores beside the same WISEs' digital gaps. */
export async function FocusGroupComparison({ comparison }: { comparison: Comparison }) {
  const [t, format, locale] = await Promise.all([
    getTranslations("SkillGaps"),
    getFormatter(),
    getLocale(),
  ]);
  const n = (value: number | null | undefined) =>
    value === null || value === undefined
      ? t("noAnswers")
      : format.number(value, { maximumFractionDigits: 2, minimumFractionDigits: 2 });
  return (
    <section aria-labelledby="focus-group-heading" className="mb-8">
      <h2 id="focus-group-heading" className="mb-1 text-xl font-semibold">
        {t("focusGroup")}
      </h2>
      <ScrollRegion labelledBy="focus-group-caption">
        <table className="w-full border-collapse text-left text-sm">
          <caption id="focus-group-caption" className="mb-1 text-left text-slate-700">
            {t("focusGroupHint")}
          </caption>
          <thead>
            <tr className="border-b border-slate-400">
              <th scope="col" className="p-2">
                {t("wise")}
              </th>
              {comparison.categories.map((category) => (
                <th key={category.code} scope="col" className="p-2 text-right">
                  {localName(locale, category)}
                </th>
              ))}
              <th scope="col" className="p-2 text-right">
                {t("digitalGap")}
              </th>
            </tr>
          </thead>
          <tbody>
            {comparison.wises.map((wise) => (
              <tr key={wise.wiseId} className="border-b border-slate-200">
                <th scope="row" className="p-2 font-normal">
                  {wise.name}
                </th>
                {comparison.categories.map((category) => (
                  <td key={category.code} className="p-2 text-right tabular-nums">
                    {n(wise.scores[category.code])}
                  </td>
                ))}
                <td className="p-2 text-right tabular-nums">
                  {wise.digitalGap === null ? t("notShown") : n(wise.digitalGap)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}

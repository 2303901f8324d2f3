import { isEuropeanModel, WISE_MODELS } from "@/lib/classification/models";
import { countryName } from "@/lib/countries/catalogue";
import type { ClassificationRow, MeanRow } from "./assemble-sql";
import type { BlocksContext } from "./blocks-context";
import { modelName } from "./blocks-context";
import { meansBy } from "./focus-group-blocks";
import type { ReportBlock } from "./snapshot";

/**
 * How far (in levels of the 1-5 grid) a country's mean in a category must lie from the European
 * mean to be called a departure: half a level, the smallest step a rater's "3" against "4"
 * moves a group of WISEs' mean by noticeably. Said in the chapter's text.
 */
export const DEPARTURE_THRESHOLD = 0.5;

/**
 * The countries with WISEs on the agendas of counted focus groups (scored or not yet), by code:
 * the comparison needs two of them.
 */
export function comparedCountries(classification: readonly ClassificationRow[]): string[] {
  return [
    ...new Set(
      classification.filter((row) => row.by === "countryModel").map((row) => row.country ?? ""),
    ),
  ]
    .filter(Boolean)
    .sort();
}

/**
 * The European report's comparison: countries side by side (category means and agreed models;
 * a country whose WISEs are not scored yet shows no means and says so),
 * then, per country, where its picture departs from the European model: national models (those
 * outside the European sub-models, such as Romania's placement and one-stop-shop) and categories
 * scored at least DEPARTURE_THRESHOLD from the European mean.
 */
export function comparisonBlocks(
  context: BlocksContext,
  means: readonly MeanRow[],
  classification: readonly ClassificationRow[],
): ReportBlock[] {
  const { t, categories, locale } = context;
  const countries = comparedCountries(classification);
  if (countries.length < 2) return [];
  const byCountry = meansBy(means, "country");
  const europe = meansBy(means, "all");
  const agreed = new Map(
    classification
      .filter((row) => row.by === "countryModel")
      .map((row) => [`${row.country}|${row.key}`, row.count]),
  );
  const models = [...WISE_MODELS, "NONE" as const].filter((model) =>
    countries.some((country) => agreed.has(`${country}|${model}`)),
  );
  const list = new Intl.ListFormat(locale, { type: "conjunction" });
  const blocks: ReportBlock[] = [
    {
      kind: "paragraph",
      text: t("Reports.comparison.intro", { threshold: context.level(DEPARTURE_THRESHOLD) }),
    },
    {
      kind: "table",
      caption: t("Reports.comparison.sideBySide"),
      columns: [
        { label: t("Reports.labels.country") },
        ...categories.map((c) => ({ label: c.name, align: "end" as const })),
        ...models.map((model) => ({ label: modelName(context, model), align: "end" as const })),
      ],
      rows: [
        ...countries.map((country) => [
          countryName(country, locale),
          ...categories.map((c) =>
            context.level(byCountry.get(`${country}|${c.code}`)?.mean ?? null),
          ),
          ...models.map((model) => agreed.get(`${country}|${model}`) ?? 0),
        ]),
        [
          t("Reports.labels.europe"),
          ...categories.map((c) => context.level(europe.get(`|${c.code}`)?.mean ?? null)),
          ...models.map((model) =>
            countries.reduce((sum, country) => sum + (agreed.get(`${country}|${model}`) ?? 0), 0),
          ),
        ],
      ],
      note: t("Reports.comparison.sideBySideNote"),
    },
  ];
  for (const country of countries) {
    const name = countryName(country, locale);
    blocks.push({ kind: "heading", text: name });
    const scored = categories.some((c) => byCountry.has(`${country}|${c.code}`));
    const national = WISE_MODELS.filter(
      (model) => !isEuropeanModel(model) && (agreed.get(`${country}|${model}`) ?? 0) > 0,
    );
    const departures = categories.flatMap((category) => {
      const own = byCountry.get(`${country}|${category.code}`)?.mean;
      const all = europe.get(`|${category.code}`)?.mean;
      if (own === undefined || all === undefined) return [];
      if (Math.abs(own - all) < DEPARTURE_THRESHOLD) return [];
      const values = {
        category: category.name,
        country: name,
        own: context.level(own),
        europe: context.level(all),
      };
      return [
        own > all
          ? t("Reports.comparison.categoryAbove", values)
          : t("Reports.comparison.categoryBelow", values),
      ];
    });
    if (national.length > 0)
      blocks.push({
        kind: "paragraph",
        text: t("Reports.comparison.nationalModels", {
          country: name,
          models: list.format(national.map((model) => modelName(context, model))),
          count: national.length,
        }),
      });
    for (const text of departures) blocks.push({ kind: "paragraph", text });
    if (!scored)
      blocks.push({
        kind: "paragraph",
        text: t("Reports.comparison.notScored", { country: name }),
      });
    else if (national.length === 0 && departures.length === 0)
      blocks.push({
        kind: "paragraph",
        text: t("Reports.comparison.noDeparture", { country: name }),
      });
  }
  return blocks;
}

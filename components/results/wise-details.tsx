import { getLocale, getTranslations } from "next-intl/server";
import { OutcomeBadge } from "@/components/wises/outcome-badge";
import { localName } from "@/lib/grids/rules";
import type { SessionResults, WiseResult } from "@/lib/results/session-results";
import { ScrollRegion } from "./scroll-region";

type Categories = SessionResults["categories"];

/**
 * One WISE in full, folded away by default (40 WISEs × 18 criteria would bury the page): its
 * model, the threshold checks, how raters answered each criterion, and their comments.
 */
export async function WiseDetails({
  wise,
  categories,
}: {
  wise: WiseResult;
  categories: Categories;
}) {
  const [t, tModels, tWises, tRules, locale] = await Promise.all([
    getTranslations("Results.details"),
    getTranslations("Models"),
    getTranslations("Wises"),
    getTranslations("CountryRules"),
    getLocale(),
  ]);
  const criterionName = new Map(
    categories.flatMap((c) => c.criteria.map((cr) => [cr.id, localName(locale, cr)] as const)),
  );
  const captionId = `distribution-${wise.agendaItemId}`;
  const cell = "p-2 text-right tabular-nums";
  return (
    <details className="mb-3 rounded-lg border border-slate-300 bg-white p-3">
      <summary className="cursor-pointer text-lg font-semibold">
        {wise.wise.name}
        <span className="ml-2 text-base font-normal text-slate-700">
          {wise.agreedModel
            ? t("modelAgreed", { model: tModels(`${wise.agreedModel}.name`) })
            : wise.suggestedModel
              ? t("modelSuggested", { model: tModels(`${wise.suggestedModel}.name`) })
              : t(
                  `noSuggestion.${wise.suggestionOutcome === "tie" ? "tie" : "notEnoughInformation"}`,
                )}
        </span>
      </summary>
      <h3 className="mt-3 font-semibold">{t("thresholds")}</h3>
      <ul className="mt-1 flex flex-wrap gap-2">
        {wise.checks.map((check) => (
          <li key={check.rule} className="flex items-center gap-1 text-sm">
            {tRules(`rules.${check.rule}.short`)}:
            <OutcomeBadge outcome={check.outcome} label={tWises(`outcome.${check.outcome}`)} />
            {check.unverified && <span className="text-amber-900">({tRules("unverified")})</span>}
          </li>
        ))}
      </ul>
      <h3 className="mt-4 font-semibold">{t("distribution")}</h3>
      <ScrollRegion labelledBy={captionId}>
        <table className="w-full min-w-[40rem] border-collapse text-left text-sm">
          <caption id={captionId} className="sr-only">
            {t("distributionCaption", { wise: wise.wise.name })}
          </caption>
          <thead>
            <tr className="border-b border-slate-400">
              <th scope="col" className="p-2">
                {t("criterion")}
              </th>
              {[1, 2, 3, 4, 5].map((level) => (
                <th key={level} scope="col" className={cell}>
                  {t("level", { level })}
                </th>
              ))}
              <th scope="col" className={cell}>
                {t("notApplicable")}
              </th>
              <th scope="col" className={cell}>
                {t("unknown")}
              </th>
            </tr>
          </thead>
          <tbody>
            {categories.flatMap((category) =>
              category.criteria.map((criterion) => {
                const counts = wise.distribution.get(criterion.id);
                return (
                  <tr key={criterion.id} className="border-b border-slate-200">
                    <th scope="row" className="p-2 font-normal">
                      {localName(locale, criterion)}
                    </th>
                    {[0, 1, 2, 3, 4].map((index) => (
                      <td key={index} className={cell}>
                        {counts?.levels[index] ?? 0}
                      </td>
                    ))}
                    <td className={cell}>{counts?.notApplicable ?? 0}</td>
                    <td className={cell}>{counts?.unknown ?? 0}</td>
                  </tr>
                );
              }),
            )}
          </tbody>
        </table>
      </ScrollRegion>
      <h3 className="mt-4 font-semibold">{t("comments")}</h3>
      {wise.comments.length === 0 ? (
        <p className="text-sm">{t("noComments")}</p>
      ) : (
        <>
          <p className="text-sm text-slate-700">{t("commentsNote")}</p>
          <ul className="mt-1 grid gap-1">
            {wise.comments.map((comment, index) => (
              // Comments carry no id on purpose (no rater); their position is their identity here.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above.
              <li key={index} className="text-sm">
                <span className="font-medium">{criterionName.get(comment.criterionId)}:</span>{" "}
                {comment.text}
              </li>
            ))}
          </ul>
        </>
      )}
    </details>
  );
}

import { getTranslations } from "next-intl/server";
import type { Suggestion } from "@/lib/classification/rules";
import { ReasonList } from "./reason-list";

/**
 * The rules' suggestion in plain words, or why there is none (a tie; facts missing, named), and
 * how close every model came: the points it earns whatever is missing, each with its reason, and
 * what it could reach if the missing facts favoured it.
 */
export async function SuggestionView({ suggestion }: { suggestion: Suggestion }) {
  const t = await getTranslations("Classification");
  const tModels = await getTranslations("Models");
  const names = (models: readonly string[]) =>
    models.map((model) => tModels(`${model as "PRODUCTIVE"}.name`)).join(", ");
  const facts = suggestion.missing.map((fact) => t(`facts.${fact}`)).join(", ");
  return (
    <section aria-labelledby="suggestion-heading" className="mb-6">
      <h2 id="suggestion-heading" className="mb-2 text-xl font-semibold">
        {suggestion.model
          ? t("suggested", { model: tModels(`${suggestion.model}.name`) })
          : suggestion.outcome === "tie"
            ? t("noSuggestionTie")
            : t("notEnoughInformation")}
      </h2>
      {suggestion.model && (
        <p className="mb-2 text-slate-800">{tModels(`${suggestion.model}.summary`)}</p>
      )}
      {suggestion.tie && (
        <p className="mb-2 rounded-md bg-amber-100 p-2 text-amber-900">
          {t("tie", { models: names(suggestion.tie) })}
        </p>
      )}
      {suggestion.outcome === "notEnoughInformation" && (
        <p className="mb-2 rounded-md bg-amber-100 p-2 text-amber-900">
          {t("notEnoughInformationDetail", { facts, models: names(suggestion.contenders) })}
        </p>
      )}
      {suggestion.outcome === "suggested" && suggestion.missing.length > 0 && (
        <p className="mb-2 rounded-md bg-slate-100 p-2 text-slate-900">
          {t("missingButDecided", { facts })}
        </p>
      )}
      <table className="w-full border-collapse bg-white text-left">
        <caption className="sr-only">{t("rankingCaption")}</caption>
        <thead>
          <tr className="border-b border-slate-400">
            <th scope="col" className="p-2">
              {t("model")}
            </th>
            <th scope="col" className="p-2">
              {t("closeness")}
            </th>
            <th scope="col" className="p-2">
              {t("why")}
            </th>
          </tr>
        </thead>
        <tbody>
          {suggestion.ranking.map((entry) => (
            <tr key={entry.model} className="border-b border-slate-200 align-top">
              <th scope="row" className="p-2 font-medium">
                {tModels(`${entry.model}.name`)}
              </th>
              <td className="p-2">
                <span className="block">
                  {entry.best > entry.points
                    ? t("pointsRange", { points: entry.points, best: entry.best })
                    : t("points", { points: entry.points })}
                </span>
                <span aria-hidden="true" className="mt-1 block h-2 rounded bg-slate-200">
                  <span
                    className="block h-2 rounded bg-teal-700"
                    style={{ width: `${entry.points}%` }}
                  />
                </span>
              </td>
              <td className="p-2">
                {entry.reasons.length === 0 ? (
                  t("noReasons")
                ) : (
                  <ReasonList reasons={entry.reasons} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

import { getTranslations } from "next-intl/server";
import type { Suggestion } from "@/lib/classification/rules";

/** The rules' suggestion in plain words, and how close every other model came (a bar and a number). */
export async function SuggestionView({ suggestion }: { suggestion: Suggestion }) {
  const t = await getTranslations("Classification");
  const tModels = await getTranslations("Models");
  const tReasons = await getTranslations("Classification.reasons");
  return (
    <section aria-labelledby="suggestion-heading" className="mb-6">
      <h2 id="suggestion-heading" className="mb-2 text-xl font-semibold">
        {t("suggested", { model: tModels(`${suggestion.model}.name`) })}
      </h2>
      <p className="mb-2 text-slate-800">{tModels(`${suggestion.model}.summary`)}</p>
      {suggestion.tie && (
        <p className="mb-2 rounded-md bg-amber-100 p-2 text-amber-900">
          {t("tie", { models: suggestion.tie.map((model) => tModels(`${model}.name`)).join(", ") })}
        </p>
      )}
      {suggestion.missing.length > 0 && (
        <p className="mb-2 rounded-md bg-amber-100 p-2 text-amber-900">
          {t("missing", {
            facts: suggestion.missing
              .map((fact) => t(`facts.${fact}` as "facts.functions"))
              .join(", "),
          })}
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
                <span className="block">{t("points", { points: entry.points })}</span>
                <span aria-hidden="true" className="mt-1 block h-2 rounded bg-slate-200">
                  <span
                    className="block h-2 rounded bg-teal-700"
                    style={{ width: `${entry.points}%` }}
                  />
                </span>
              </td>
              <td className="p-2">
                {entry.reasons.length === 0
                  ? t("noReasons")
                  : entry.reasons
                      .map((reason) =>
                        tReasons(
                          reason.key as "function.production",
                          reason.values as { share: number },
                        ),
                      )
                      .join("; ")}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { isEuropeanModel } from "@/lib/classification/models";
import type { SessionSummary, WiseSummary } from "@/lib/summaries/assemble";
import { MIN_RATERS_FOR_RESULT } from "@/lib/summaries/rules";
import { NoteList } from "./note-list";
import { categoryName, countText, lowerFirst } from "./summary-text";

type Props = { wise: WiseSummary; categories: SessionSummary["categories"] };

/** One WISE in the full summary: its profile, the agreed model and why, results, public notes. */
export async function WiseSummarySection({ wise, categories }: Props) {
  const [t, tForm, tModels, tClass, tReasons, format, locale] = await Promise.all([
    getTranslations("Summaries"),
    getTranslations("WiseForm"),
    getTranslations("Models"),
    getTranslations("Classification"),
    getTranslations("Classification.reasons"),
    getFormatter(),
    getLocale(),
  ]);
  const headingId = `wise-${wise.id}`;
  const profile = [
    { label: t("sectors"), value: wise.sectors.length ? wise.sectors.join(", ") : t("notGiven") },
    { label: t("region"), value: wise.region ?? t("notGiven") },
    {
      label: t("employees"),
      value: wise.totalEmployees === null ? t("notGiven") : format.number(wise.totalEmployees),
    },
    { label: t("supportNeedWorkers"), value: countText(wise.supportNeedWorkers, t, format) },
    {
      label: t("integrationMode"),
      value: wise.integrationMode
        ? tForm(`integrationModes.${wise.integrationMode}`)
        : t("notGiven"),
    },
  ];
  const byId = new Map(categories.map((category) => [category.id, category]));
  return (
    <section
      aria-labelledby={headingId}
      className="mb-6 rounded-lg border border-slate-300 bg-white p-4"
    >
      <h3 id={headingId} className="mb-2 text-xl font-semibold break-words">
        {wise.name}
      </h3>
      <dl className="mb-3 grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
        {profile.map((row) => (
          <div key={row.label} className="contents">
            <dt className="font-medium text-slate-700">{row.label}</dt>
            <dd className="mb-1 break-words sm:mb-0">{row.value}</dd>
          </div>
        ))}
      </dl>
      {wise.agreedModel ? (
        <>
          <p className="font-semibold">
            {t("agreedModel", { model: tModels(`${wise.agreedModel}.name`) })}
          </p>
          <p className="text-slate-800">{tModels(`${wise.agreedModel}.summary`)}</p>
          <p className="text-sm text-slate-700">
            {isEuropeanModel(wise.agreedModel) ? tClass("fitsEuropean") : tClass("fitsNational")}
          </p>
          {wise.reasons.length > 0 && (
            <>
              <h4 className="mt-2 font-medium">{t("why")}</h4>
              <ul className="list-disc pl-5">
                {wise.reasons.map((reason) => (
                  <li key={reason.key}>
                    {tReasons(reason.key as "mode.MIXED", reason.values as Record<string, number>)}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      ) : (
        <p>{t("noModel")}</p>
      )}
      <h4 className="mt-3 font-medium">{t("resultsHeading", { wise: wise.name })}</h4>
      <ul className="list-disc pl-5">
        {wise.results.map(({ categoryId, result }) => {
          const category = byId.get(categoryId);
          const name = category ? categoryName(category, locale) : "";
          if (result.kind === "score") {
            return (
              <li key={categoryId}>
                {t(`band.${result.band}`, {
                  category: lowerFirst(name, locale),
                  score: format.number(result.score, {
                    minimumFractionDigits: 1,
                    maximumFractionDigits: 1,
                  }),
                })}
              </li>
            );
          }
          return (
            <li key={categoryId}>
              {result.kind === "tooFewRaters"
                ? t("tooFewRaters", { category: name, minimum: MIN_RATERS_FOR_RESULT })
                : t("notRated", { category: name })}
            </li>
          );
        })}
      </ul>
      {wise.notes.length > 0 && (
        <>
          <h4 className="mt-3 font-medium">{t("wiseNotes", { wise: wise.name })}</h4>
          <NoteList notes={wise.notes} className="mt-1" />
        </>
      )}
    </section>
  );
}

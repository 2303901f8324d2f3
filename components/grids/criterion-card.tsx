import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { removeCriterionAction } from "@/lib/grids/actions";
import type { GridCriterionDetail } from "@/lib/grids/queries";
import { FALLBACK_LOCALE, localWording } from "@/lib/grids/rules";
import { CriterionForm } from "./criterion-form";
import { FallbackMark } from "./fallback-mark";
import { WordingForm, type WordingLabels } from "./wording-form";

const LEVEL_NUMBERS = [1, 2, 3, 4, 5];

type Props = {
  criterion: GridCriterionDetail;
  /** The language shown (chosen on the page); English beside it when it is another one. */
  shown: string;
  /** English wording, unit and weight may be edited (the version is not locked). */
  editable: boolean;
  /** The shown translation may be corrected by this reader; its form's words. */
  wordingLabels: ((english: { name: string; levels: string[] }) => WordingLabels) | null;
};

/**
 * One criterion in the language shown, each text marked with its `lang` and a text that falls
 * back to English marked as such; English beside it when another language is shown. Below, the
 * forms this reader may use: the English edit while the version is editable, the translation's
 * correction for an admin or a partner of the language.
 */
export async function CriterionCard({ criterion, shown, editable, wordingLabels }: Props) {
  const t = await getTranslations("Grids");
  const wording = localWording(shown, criterion);
  const english = localWording(FALLBACK_LOCALE, criterion);
  const own = criterion.texts.find((text) => text.locale === shown);
  const besideEnglish = shown !== FALLBACK_LOCALE;
  const langOf = (fallback: boolean) => (fallback ? FALLBACK_LOCALE : shown);
  const headingId = `criterion-${criterion.id}-name`;
  return (
    <article
      aria-labelledby={headingId}
      className="mb-4 rounded-lg border border-slate-300 bg-white p-4"
    >
      <h3 id={headingId} className="text-lg font-semibold">
        <span lang={langOf(wording.fallback.name)}>{wording.name}</span>
        {wording.fallback.name && <FallbackMark />}
      </h3>
      <p className="mb-2 text-sm text-slate-800">
        {t("code")}: <code>{criterion.code}</code> · {t("unit")}:{" "}
        {criterion.unit ? t(`units.${criterion.unit}`) : t("noUnit")} · {t("weight")}:{" "}
        {criterion.weight}
      </p>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">{t("descriptors", { name: wording.name })}</caption>
          <thead>
            <tr className="border-b border-slate-400">
              <th scope="col" className="w-16 p-2">
                {t("level")}
              </th>
              <th scope="col" className="p-2">
                {t("descriptors", { name: wording.name })}
              </th>
              {besideEnglish && (
                <th scope="col" className="p-2">
                  {t("english")}
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {LEVEL_NUMBERS.map((level, index) => (
              <tr key={level} className="border-b border-slate-200 align-top">
                <th scope="row" className="p-2">
                  {level}
                </th>
                <td lang={langOf(wording.fallback.levels[index])} className="p-2">
                  {wording.levels[index]}
                  {wording.fallback.levels[index] && <FallbackMark />}
                </td>
                {besideEnglish && (
                  <td lang={FALLBACK_LOCALE} className="p-2 text-slate-700">
                    {english.levels[index]}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {wordingLabels && (
        <details className="mt-3">
          <summary className="inline-flex min-h-11 cursor-pointer items-center font-medium text-teal-800 underline">
            {wordingLabels(english).open}
          </summary>
          <WordingForm
            target={{ criterionId: criterion.id }}
            locale={shown}
            name={own?.name ?? ""}
            levels={own?.levels ?? []}
            labels={wordingLabels(english)}
          />
        </details>
      )}
      {editable && !besideEnglish && (
        <div className="mt-3 flex flex-wrap items-start gap-3">
          <details className="min-w-0 flex-1">
            <summary className="inline-flex min-h-11 cursor-pointer items-center font-medium text-teal-800 underline">
              {t("editCriterion", { name: wording.name })}
            </summary>
            <CriterionForm
              criterion={{
                id: criterion.id,
                name: english.name,
                unit: criterion.unit,
                weight: criterion.weight,
                levels: english.levels,
              }}
            />
          </details>
          <ActionForm
            action={removeCriterionAction}
            fields={{ criterionId: criterion.id }}
            label={t("removeCriterion")}
            accessibleLabel={t("removeCriterionNamed", { name: wording.name })}
            variant="danger"
          />
        </div>
      )}
    </article>
  );
}

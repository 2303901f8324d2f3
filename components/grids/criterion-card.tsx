import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { removeCriterionAction } from "@/lib/grids/actions";
import type { GridCriterionDetail } from "@/lib/grids/queries";
import { inReaderLanguage } from "@/lib/grids/rules";
import { CriterionForm } from "./criterion-form";

type Props = { criterion: GridCriterionDetail; locale: string; editable: boolean };

/**
 * One criterion as the reader sees it (their language first, the other one beside it, both
 * marked with `lang`), and, while the version is editable, its edit form and a remove button.
 */
export async function CriterionCard({ criterion, locale, editable }: Props) {
  const t = await getTranslations("Grids");
  const name = inReaderLanguage(locale, criterion.nameEn, criterion.nameRo);
  const readerLocale = locale === "ro" ? "ro" : "en";
  const headingId = `criterion-${criterion.id}-name`;
  const levels = [1, 2, 3, 4, 5].map((level) => ({
    level,
    ...inReaderLanguage(
      locale,
      criterion.levelsEn[level - 1] ?? "",
      criterion.levelsRo[level - 1] ?? "",
    ),
  }));
  const [readerLanguage, otherLanguage] =
    readerLocale === "ro" ? [t("romanian"), t("english")] : [t("english"), t("romanian")];
  return (
    <article
      aria-labelledby={headingId}
      className="mb-4 rounded-lg border border-slate-300 bg-white p-4"
    >
      <h3 id={headingId} className="text-lg font-semibold">
        {name.text}{" "}
        <span lang={name.otherLocale} className="font-normal text-slate-700">
          / {name.other}
        </span>
      </h3>
      <p className="mb-2 text-sm text-slate-800">
        {t("code")}: <code>{criterion.code}</code> · {t("unit")}:{" "}
        {criterion.unit ? t(`units.${criterion.unit}`) : t("noUnit")} · {t("weight")}:{" "}
        {criterion.weight}
      </p>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">{t("descriptors", { name: name.text })}</caption>
          <thead>
            <tr className="border-b border-slate-400">
              <th scope="col" className="w-16 p-2">
                {t("level")}
              </th>
              <th scope="col" className="p-2">
                {readerLanguage}
              </th>
              <th scope="col" className="p-2">
                {otherLanguage}
              </th>
            </tr>
          </thead>
          <tbody>
            {levels.map((level) => (
              <tr key={level.level} className="border-b border-slate-200 align-top">
                <th scope="row" className="p-2">
                  {level.level}
                </th>
                <td lang={readerLocale} className="p-2">
                  {level.text}
                </td>
                <td lang={level.otherLocale} className="p-2 text-slate-700">
                  {level.other}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {editable && (
        <div className="mt-3 flex flex-wrap items-start gap-3">
          <details className="min-w-0 flex-1">
            <summary className="inline-flex min-h-11 cursor-pointer items-center font-medium text-teal-800 underline">
              {t("editCriterion", { name: name.text })}
            </summary>
            <CriterionForm criterion={criterion} />
          </details>
          <ActionForm
            action={removeCriterionAction}
            fields={{ criterionId: criterion.id }}
            label={t("removeCriterion")}
            accessibleLabel={t("removeCriterionNamed", { name: name.text })}
            variant="danger"
          />
        </div>
      )}
    </article>
  );
}

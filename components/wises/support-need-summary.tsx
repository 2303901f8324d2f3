import { getFormatter, getTranslations } from "next-intl/server";
import type { WiseProfile } from "@/lib/wises/queries";

/**
 * Counts per support-need category, as the query disclosed them: a small group arrives as
 * "fewer than 5" and is shown so; the exact number never reaches this page.
 */
export async function SupportNeedSummary({
  supportNeeds,
}: {
  supportNeeds: WiseProfile["supportNeeds"];
}) {
  const [t, tForm, format] = await Promise.all([
    getTranslations("Wises"),
    getTranslations("WiseForm"),
    getFormatter(),
  ]);
  return (
    <div className="mt-4">
      <h3 className="font-semibold">{t("supportNeeds")}</h3>
      <p className="mb-2 text-sm text-slate-600">{t("supportNeedsNote")}</p>
      {supportNeeds.length === 0 ? (
        <p>{t("noCategories")}</p>
      ) : (
        <dl className="grid gap-x-6 sm:grid-cols-2">
          {supportNeeds.map(({ category, count }) => (
            <div
              key={category}
              className="flex justify-between gap-4 border-b border-slate-100 py-2"
            >
              <dt>{tForm(`categoryNames.${category}`)}</dt>
              <dd className="font-medium whitespace-nowrap">
                {count.kind === "count"
                  ? format.number(count.value)
                  : t("fewerThan", { limit: count.limit })}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}

import { getFormatter, getTranslations } from "next-intl/server";
import type { WiseProfile } from "@/lib/wises/queries";

/**
 * Counts per support-need category, as the query disclosed them for this reader: exact for the
 * WISE's own country's team, otherwise through the suppression rule ("fewer than 5", or withheld
 * so that a small group cannot be subtracted out).
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
                  : count.kind === "fewerThan"
                    ? t("fewerThan", { limit: count.limit })
                    : t("withheld")}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}

"use client";

import { useLocale, useTranslations } from "next-intl";
import { localName } from "@/lib/grids/rules";
import type { LiveReveal } from "@/lib/live/events";

const LEVELS = [1, 2, 3, 4, 5] as const;

type Counts = { levels: number[]; notApplicable: number; unknown: number };

/** Five bars (levels 1 to 5), drawn with CSS; the table after it carries the same numbers. */
function Bars({ counts, label, large }: { counts: Counts; label: string; large: boolean }) {
  const t = useTranslations("Live");
  const highest = Math.max(1, ...counts.levels);
  return (
    <figure>
      <div aria-hidden="true" className={`flex items-end gap-2 ${large ? "h-48" : "h-28"}`}>
        {LEVELS.map((level) => (
          <div key={level} className="flex h-full flex-1 flex-col justify-end text-center">
            <span className="font-semibold">{counts.levels[level - 1]}</span>
            <div
              className="rounded-t bg-teal-800"
              style={{ height: `${((counts.levels[level - 1] ?? 0) / highest) * 80}%` }}
            />
            <span className="mt-1 border-t border-slate-500">{level}</span>
          </div>
        ))}
      </div>
      <table className="mt-2 w-full text-left text-sm">
        <caption className="text-left font-medium">{t("distributionOf", { name: label })}</caption>
        <thead>
          <tr>
            {LEVELS.map((level) => (
              <th key={level} scope="col">
                {t("levelShort", { level })}
              </th>
            ))}
            <th scope="col">{t("notApplicable")}</th>
            <th scope="col">{t("unknown")}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            {LEVELS.map((level) => (
              <td key={level}>{counts.levels[level - 1]}</td>
            ))}
            <td>{counts.notApplicable}</td>
            <td>{counts.unknown}</td>
          </tr>
        </tbody>
      </table>
    </figure>
  );
}

/**
 * The room's answers after the reveal: the distribution per category and the most disputed
 * criteria, each chart with its numbers as a table for those who do not see the bars.
 */
export function RevealView({ reveal, large = false }: { reveal: LiveReveal; large?: boolean }) {
  const t = useTranslations("Live");
  const locale = useLocale();
  const byId = new Map(reveal.criteria.map((criterion) => [criterion.criterionId, criterion]));
  return (
    <div className="space-y-6">
      <p className={large ? "text-2xl" : ""}>{t("revealRaters", { count: reveal.raters })}</p>
      <div className={`grid gap-6 ${large ? "lg:grid-cols-3" : "md:grid-cols-3"}`}>
        {reveal.categories.map((category) => (
          <section key={category.categoryId} aria-label={localName(locale, category)}>
            <h3 className={`font-semibold ${large ? "text-2xl" : "text-lg"}`}>
              {localName(locale, category)}
            </h3>
            <Bars counts={category} label={localName(locale, category)} large={large} />
          </section>
        ))}
      </div>
      <section aria-labelledby="live-disputed">
        <h3 id="live-disputed" className={`font-semibold ${large ? "text-2xl" : "text-lg"}`}>
          {t("mostDisputed")}
        </h3>
        {reveal.mostDisputed.length === 0 ? (
          <p>{t("noDispute")}</p>
        ) : (
          <ol className={`mt-2 list-decimal space-y-1 pl-6 ${large ? "text-xl" : ""}`}>
            {reveal.mostDisputed.map((id) => {
              const criterion = byId.get(id);
              if (!criterion) return null;
              return (
                <li key={id}>
                  {localName(locale, criterion)}:{" "}
                  {t("levelsGiven", {
                    levels: criterion.levels
                      .map((count, index) => (count > 0 ? `${index + 1}×${count}` : null))
                      .filter(Boolean)
                      .join(", "),
                  })}
                </li>
              );
            })}
          </ol>
        )}
      </section>
    </div>
  );
}

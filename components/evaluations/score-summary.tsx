"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { MouseEvent } from "react";
import type { ScoreSummary } from "@/lib/evaluations/scoring-rules";

/** "4 of 6 answered · score 3.4 of 5, from 3 rated": progress and score, kept apart. */
export function SummaryText({ summary }: { summary: ScoreSummary }) {
  const t = useTranslations("Scoring");
  const format = useFormatter();
  const progress = t("progress", {
    answered: summary.answeredCount,
    total: summary.criterionCount,
  });
  const score =
    summary.score === null
      ? t("noScore")
      : t("score", {
          score: format.number(summary.score, {
            minimumFractionDigits: 1,
            maximumFractionDigits: 1,
          }),
          rated: summary.ratedCount,
        });
  return (
    <>
      {progress} · {score}
    </>
  );
}

type Row = { id: string; name: string; summary: ScoreSummary };

/** The rater's progress and scores per category and overall, from what is saved. */
export function ScoreSummaryTable({
  rows,
  overall,
  onCategoryLink,
}: {
  rows: Row[];
  overall: ScoreSummary;
  /** A click on a category's link, before the browser follows it. */
  onCategoryLink?: (categoryId: string, event: MouseEvent<HTMLAnchorElement>) => void;
}) {
  const t = useTranslations("Scoring");
  return (
    <section
      aria-labelledby="score-summary"
      className="mb-6 rounded-lg border border-slate-300 bg-white p-4"
    >
      <h2 id="score-summary" className="mb-2 text-lg font-semibold">
        {t("summary")}
      </h2>
      <ul className="grid gap-1">
        {rows.map((row) => (
          <li key={row.id}>
            <a
              href={`#category-${row.id}`}
              onClick={(event) => onCategoryLink?.(row.id, event)}
              className="font-medium text-teal-800 underline"
            >
              {row.name}
            </a>
            : <SummaryText summary={row.summary} />
          </li>
        ))}
        <li className="mt-1 font-semibold">
          {t("overall")}: <SummaryText summary={overall} />
        </li>
      </ul>
      <progress
        value={overall.answeredCount}
        max={Math.max(overall.criterionCount, 1)}
        aria-label={t("progress", {
          answered: overall.answeredCount,
          total: overall.criterionCount,
        })}
        // Narrow screens: the step navigation right below has a bar of its own.
        className="mt-3 h-2 w-full accent-teal-800 max-lg:hidden"
      />
    </section>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { type CriterionSteps, ONLY_WHEN_STEPPING } from "./use-criterion-steps";

/**
 * Above the criterion on a narrow screen: how many are answered (announced politely as it
 * changes) and a folded list of every criterion, marked answered or not, to jump to any of them.
 * `tracksAnswers` false (a second round, where last round's answers are still shown) leaves out
 * the count and the marks, which would claim answers not yet given in this round.
 */
export function StepProgress({
  steps,
  tracksAnswers = true,
}: {
  steps: CriterionSteps;
  tracksAnswers?: boolean;
}) {
  const t = useTranslations("Scoring");
  const [open, setOpen] = useState(false);
  const { items, total, answered, current } = steps;
  if (total <= 1) return null;
  const groups = [...new Set(items.map((item) => item.group))];
  return (
    <div ref={steps.topRef} className={`${ONLY_WHEN_STEPPING} mb-3 scroll-mt-4`}>
      {tracksAnswers && (
        <>
          <p aria-live="polite" className="font-semibold">
            {t("progress", { answered, total })}
          </p>
          <div aria-hidden="true" className="mt-1 h-2 w-full rounded-full bg-slate-200">
            <div
              className="h-2 rounded-full bg-teal-700"
              style={{ width: `${(answered / total) * 100}%` }}
            />
          </div>
        </>
      )}
      <details
        open={open}
        onToggle={(event) => setOpen(event.currentTarget.open)}
        className="mt-2 rounded-md border border-slate-400 bg-white"
      >
        <summary className="min-h-11 cursor-pointer px-3 py-2 font-medium text-teal-900 focus-visible:outline-3 focus-visible:outline-amber-500">
          {t("steps.allCriteria")}
          {tracksAnswers && ` · ${t("steps.unansweredCount", { count: total - answered })}`}
        </summary>
        <div className="border-t border-slate-300 px-3 pb-3">
          {groups.map((group) => (
            <div key={group}>
              <p className="mt-3 mb-1 text-sm font-semibold text-slate-800">{group}</p>
              <ol className="grid gap-1">
                {items.map((item, index) =>
                  item.group !== group ? null : (
                    <li key={item.id}>
                      <button
                        type="button"
                        aria-current={index === current ? "step" : undefined}
                        onClick={() => {
                          setOpen(false);
                          steps.goTo(index);
                        }}
                        className="flex min-h-11 w-full items-center justify-between gap-3 rounded-md border border-slate-300 px-3 py-2 text-left aria-[current=step]:border-2 aria-[current=step]:border-teal-800 focus-visible:outline-3 focus-visible:outline-amber-500"
                      >
                        <span>
                          {index + 1}. {item.name}
                        </span>{" "}
                        {tracksAnswers &&
                          (item.answered ? (
                            <span className="shrink-0 text-sm text-teal-800">
                              <span aria-hidden="true">✓ </span>
                              {t("steps.answered")}
                            </span>
                          ) : (
                            <span className="shrink-0 text-sm font-semibold text-amber-900">
                              {t("steps.notAnswered")}
                            </span>
                          ))}
                      </button>
                    </li>
                  ),
                )}
              </ol>
            </div>
          ))}
        </div>
      </details>
    </div>
  );
}

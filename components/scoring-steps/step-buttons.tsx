"use client";

import { useTranslations } from "next-intl";
import { buttonClasses } from "@/components/ui/button-classes";
import { type CriterionSteps, ONLY_WHEN_STEPPING } from "./use-criterion-steps";

/**
 * Below the criterion on a narrow screen: Previous, where the reader is, Next. On the last
 * criterion, Next gives way to the first one still unanswered, if any.
 */
export function StepButtons({
  steps,
  tracksAnswers = true,
}: {
  steps: CriterionSteps;
  tracksAnswers?: boolean;
}) {
  const t = useTranslations("Scoring");
  const { current, total, firstUnanswered } = steps;
  if (total <= 1) return null;
  const last = current === total - 1;
  return (
    <div
      className={`${ONLY_WHEN_STEPPING} mt-2 mb-6 grid grid-cols-[1fr_auto_1fr] items-center gap-2`}
    >
      <div>
        {current > 0 && (
          <button
            type="button"
            onClick={() => steps.goTo(current - 1)}
            className={buttonClasses("secondary")}
          >
            <span aria-hidden="true">← </span>
            {t("steps.previous")}
          </button>
        )}
      </div>
      <p className="text-center text-sm text-slate-800">
        {t("steps.position", { current: current + 1, total })}
      </p>
      <div className="text-right">
        {!last && (
          <button
            type="button"
            onClick={() => steps.goTo(current + 1)}
            className={buttonClasses("primary")}
          >
            {t("steps.next")}
            <span aria-hidden="true"> →</span>
          </button>
        )}
      </div>
      {last && tracksAnswers && firstUnanswered !== -1 && firstUnanswered !== current && (
        <button
          type="button"
          onClick={() => steps.goTo(firstUnanswered)}
          className={`${buttonClasses("primary")} col-span-3`}
        >
          {t("steps.firstUnanswered", { criterion: steps.items[firstUnanswered]?.name ?? "" })}
        </button>
      )}
    </div>
  );
}

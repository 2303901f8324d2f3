"use client";

import { useTranslations } from "next-intl";
import { descriptorClass, LevelsToggle } from "@/components/scoring-steps/levels-toggle";
import { stepHeadingId } from "@/components/scoring-steps/use-criterion-steps";
import type { LiveAnswer } from "@/lib/live/client/score-queue";

export type PhoneCriterionView = { id: string; name: string; levels: string[] };

type Shown = { answer: LiveAnswer; level: number | null } | null;

/** Prefix of the criterion headings' ids, where the step navigation moves focus. */
export const PHONE_CRITERION_HEADING = "live-criterion";

const OPTION =
  "flex min-h-12 cursor-pointer items-start gap-3 rounded-md border border-slate-500 bg-white p-3 has-checked:border-2 has-checked:border-teal-800 has-checked:bg-teal-50 has-focus-visible:outline-3 has-focus-visible:outline-amber-500";

/**
 * One criterion on the phone: levels 1 to 5 with their descriptors, "not applicable" and
 * "don't know", as native radios (arrow keys, screen readers). The line under it says whether
 * the answer shown is saved on the server or still waiting on this phone. The legend is the
 * criterion's heading (focus lands there on Next); the level descriptions fold away until
 * tapped, and stay each radio's accessible description meanwhile.
 */
export function PhoneCriterion({
  criterion,
  shown,
  unsent,
  repeatable,
  levelsShown,
  onToggleLevels,
  onChoose,
}: {
  criterion: PhoneCriterionView;
  shown: Shown;
  unsent: boolean;
  /** Second round: tapping the answer already chosen sends it again, to keep it for this round. */
  repeatable: boolean;
  levelsShown: boolean;
  onToggleLevels: () => void;
  onChoose: (answer: LiveAnswer, level: number | null) => void;
}) {
  const t = useTranslations("LivePhone");
  const name = `live-${criterion.id}`;
  const choice = shown ? (shown.answer === "LEVEL" ? String(shown.level) : shown.answer) : "";
  const options = [
    ...criterion.levels.map((descriptor, index) => ({
      value: String(index + 1),
      label: t("level", { level: index + 1 }),
      descriptor,
    })),
    { value: "NOT_APPLICABLE", label: t("notApplicable"), descriptor: null },
    { value: "UNKNOWN", label: t("unknown"), descriptor: null },
  ];
  const choose = (value: string) =>
    value === "NOT_APPLICABLE" || value === "UNKNOWN"
      ? onChoose(value, null)
      : onChoose("LEVEL", Number(value));
  return (
    <fieldset
      aria-describedby={`${name}-status`}
      className="mb-4 rounded-lg border border-slate-300 bg-white p-3"
    >
      <legend className="px-1">
        <h4
          id={stepHeadingId(PHONE_CRITERION_HEADING, criterion.id)}
          tabIndex={-1}
          className="text-lg font-semibold focus-visible:outline-3 focus-visible:outline-amber-500"
        >
          {criterion.name}
        </h4>
      </legend>
      <LevelsToggle shown={levelsShown} onToggle={onToggleLevels} />
      <div className="grid gap-2">
        {options.map((option) => (
          <label key={option.value} className={OPTION}>
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={choice === option.value}
              onChange={() => choose(option.value)}
              // A click on the checked radio fires no change event; in a second round it counts.
              onClick={() => {
                if (repeatable && choice === option.value) choose(option.value);
              }}
              aria-describedby={option.descriptor ? `${name}-level-${option.value}` : undefined}
              className="mt-1 size-5 shrink-0 accent-teal-800"
            />
            <span>
              <span className="block font-semibold">{option.label}</span>
              {option.descriptor && (
                <span
                  id={`${name}-level-${option.value}`}
                  aria-hidden="true"
                  className={descriptorClass(levelsShown)}
                >
                  {option.descriptor}
                </span>
              )}
            </span>
          </label>
        ))}
      </div>
      <p id={`${name}-status`} className="mt-2 min-h-6 text-sm font-semibold">
        {unsent ? (
          <span className="text-amber-900">{t("notYetSaved")}</span>
        ) : shown ? (
          <span className="text-teal-800">
            <span aria-hidden="true">✓ </span>
            <span>{t("saved")}</span>
          </span>
        ) : null}
      </p>
    </fieldset>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { BARRIERS, NEED_TEXT_MAX, TRAINING_FORMATS } from "@/lib/skills/answers/options";

export type ProfileAnswers = {
  barriers: string[];
  preferredFormat: string | null;
  needText: string;
  submitted: boolean;
};

const OPTION =
  "flex min-h-12 cursor-pointer items-center gap-3 rounded-md border border-slate-500 bg-white p-3 has-checked:border-2 has-checked:border-teal-800 has-checked:bg-teal-50 has-focus-visible:outline-3 has-focus-visible:outline-amber-500";

/** Barriers to learning: several may apply. */
export function BarriersQuestion({
  value,
  onChange,
  large,
}: {
  value: string[];
  onChange: (barriers: string[]) => void;
  large: boolean;
}) {
  const t = useTranslations("SurveyAnswer");
  return (
    <fieldset>
      <legend className="sr-only">{t("barriersTitle")}</legend>
      <p className="mb-3">{t("barriersHint")}</p>
      <div className="grid gap-2">
        {BARRIERS.map((barrier) => (
          <label key={barrier} className={`${OPTION} ${large ? "min-h-16 text-lg" : ""}`}>
            <input
              type="checkbox"
              name="barriers"
              value={barrier}
              checked={value.includes(barrier)}
              onChange={(event) =>
                onChange(
                  event.target.checked
                    ? BARRIERS.filter((b) => b === barrier || value.includes(b))
                    : value.filter((b) => b !== barrier),
                )
              }
              className="size-5 shrink-0 accent-teal-800"
            />
            <span>{t("barrier", { barrier })}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** The preferred training format, or none. */
export function FormatQuestion({
  value,
  onChange,
  large,
}: {
  value: string | null;
  onChange: (format: string | null) => void;
  large: boolean;
}) {
  const t = useTranslations("SurveyAnswer");
  const options = [
    ...TRAINING_FORMATS.map((format) => ({ value: format, label: t("format", { format }) })),
    { value: "", label: t("noPreference") },
  ];
  return (
    <fieldset>
      <legend className="sr-only">{t("formatTitle")}</legend>
      <div className="grid gap-2">
        {options.map((option) => (
          <label key={option.value} className={`${OPTION} ${large ? "min-h-16 text-lg" : ""}`}>
            <input
              type="radio"
              name="preferredFormat"
              value={option.value}
              checked={(value ?? "") === option.value}
              onChange={() => onChange(option.value === "" ? null : option.value)}
              className="size-5 shrink-0 accent-teal-800"
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** The free-text need: saved when the person leaves the box (not at every key). */
export function NeedQuestion({
  value,
  onInput,
  onCommit,
}: {
  value: string;
  onInput: (text: string) => void;
  onCommit: () => void;
}) {
  const t = useTranslations("SurveyAnswer");
  return (
    <div>
      <label htmlFor="survey-need" className="sr-only">
        {t("needTitle")}
      </label>
      <p id="survey-need-hint" className="mb-2 text-slate-800">
        {t("needHint")}
      </p>
      <textarea
        id="survey-need"
        aria-describedby="survey-need-hint"
        value={value}
        maxLength={NEED_TEXT_MAX}
        rows={5}
        onChange={(event) => onInput(event.target.value)}
        onBlur={onCommit}
        className="w-full rounded-md border border-slate-500 p-3 text-base focus-visible:outline-3 focus-visible:outline-amber-500"
      />
    </div>
  );
}

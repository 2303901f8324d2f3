"use client";

import { useTranslations } from "next-intl";
import { descriptorClass, LevelsToggle } from "@/components/scoring-steps/levels-toggle";
import { stepHeadingId } from "@/components/scoring-steps/use-criterion-steps";
import { errorText } from "@/components/ui/error-text";
import { MAX_COMMENT_LENGTH, MAX_VALUE_LENGTH } from "@/lib/evaluations/limits";
import type { ValueUnit } from "@/lib/generated/prisma/enums";
import { SaveStatusLine } from "./save-status-line";
import type { Draft, SaveStatus } from "./use-score-saver";

export type ScoringCriterionView = {
  id: string;
  name: string;
  unit: ValueUnit | null;
  weight: number;
  /** The five level descriptors in the reader's language. */
  levels: string[];
};

type Props = {
  criterion: ScoringCriterionView;
  draft: Draft | undefined;
  status: SaveStatus;
  readOnly: boolean;
  /** Narrow screens: whether the level descriptions are unfolded (see LevelsToggle). */
  levelsShown: boolean;
  onToggleLevels: () => void;
  onChange: (patch: Partial<Draft>, save: boolean) => void;
  onCommitText: () => void;
  onRetry: () => void;
  onTakeCurrent: () => void;
  onKeepMine: () => void;
};

const OPTION =
  "flex min-h-11 cursor-pointer items-start gap-3 rounded-md border border-slate-400 bg-white p-3 has-checked:border-2 has-checked:border-teal-800 has-checked:bg-teal-50 has-focus-visible:outline-3 has-focus-visible:outline-amber-500";
const CONTROL =
  "mt-1 block w-full min-h-11 rounded-md border border-slate-500 bg-white px-3 py-2 text-base focus-visible:outline-3 focus-visible:outline-amber-500 aria-[invalid=true]:border-red-700";

/** Prefix of the criterion headings' ids, where the step navigation moves focus. */
export const CRITERION_HEADING = "criterion";

/**
 * One criterion: a radio group of the five anchored levels, "not applicable" and "don't know"
 * (native radios, so arrow keys move between them), an optional value with its unit and a
 * comment. The answer is saved as soon as it changes; a text box when it is left. The legend is
 * the criterion's heading, which takes focus when the reader steps to it on a narrow screen.
 * Each level's description is the radio's accessible description (named "Level 3", described
 * by its anchor), so it is heard even while folded away on a phone.
 */
export function CriterionFieldset({
  criterion,
  draft,
  status,
  readOnly,
  levelsShown,
  onToggleLevels,
  ...handlers
}: Props) {
  const t = useTranslations("Scoring");
  const tErrors = useTranslations("Errors");
  const id = `criterion-${criterion.id}`;
  const choice = draft?.answer === "LEVEL" ? String(draft.level) : (draft?.answer ?? "");
  const valueErrors = status.kind === "failed" ? status.fieldErrors.value : undefined;
  const commentErrors = status.kind === "failed" ? status.fieldErrors.comment : undefined;
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
    handlers.onChange(
      value === "NOT_APPLICABLE" || value === "UNKNOWN"
        ? { answer: value as Draft["answer"], level: null }
        : { answer: "LEVEL", level: Number(value) },
      true,
    );

  return (
    <fieldset
      disabled={readOnly}
      aria-describedby={readOnly ? undefined : `${id}-status`}
      className="mb-6 rounded-lg border border-slate-300 bg-white p-4"
    >
      <legend className="px-1">
        <h3
          id={stepHeadingId(CRITERION_HEADING, criterion.id)}
          tabIndex={-1}
          className="text-lg font-semibold focus-visible:outline-3 focus-visible:outline-amber-500"
        >
          {criterion.name}{" "}
          <span className="text-sm font-normal text-slate-700">
            ({t("weight", { weight: criterion.weight })})
          </span>
        </h3>
      </legend>
      {/* Read-only answers are for reading: descriptions unfolded, and no control to fold them. */}
      {!readOnly && <LevelsToggle shown={levelsShown} onToggle={onToggleLevels} />}
      <div className="grid gap-2 sm:grid-cols-2 lg:grid-cols-5">
        {options.slice(0, 5).map((option) => (
          <label key={option.value} className={OPTION}>
            <input
              type="radio"
              name={id}
              value={option.value}
              checked={choice === option.value}
              onChange={() => choose(option.value)}
              aria-describedby={`${id}-level-${option.value}`}
              className="mt-1 size-5 shrink-0 accent-teal-800"
            />
            <span>
              <span className="block font-semibold">{option.label}</span>
              <span
                id={`${id}-level-${option.value}`}
                aria-hidden="true"
                className={descriptorClass(levelsShown || readOnly)}
              >
                {option.descriptor}
              </span>
            </span>
          </label>
        ))}
      </div>
      <div className="mt-2 grid gap-2 sm:grid-cols-2">
        {options.slice(5).map((option) => (
          <label key={option.value} className={OPTION}>
            <input
              type="radio"
              name={id}
              value={option.value}
              checked={choice === option.value}
              onChange={() => choose(option.value)}
              className="mt-1 size-5 shrink-0 accent-teal-800"
            />
            <span className="font-semibold">{option.label}</span>
          </label>
        ))}
      </div>
      <div className="mt-3 grid gap-3 md:grid-cols-[minmax(0,1fr)_minmax(0,2fr)]">
        {criterion.unit && (
          <div>
            <label htmlFor={`${id}-value`} className="block font-medium">
              {t("value", { unit: t(`units.${criterion.unit}`) })}
            </label>
            <input
              id={`${id}-value`}
              type="text"
              inputMode={criterion.unit === "TEXT" ? "text" : "decimal"}
              maxLength={MAX_VALUE_LENGTH}
              value={draft?.value ?? ""}
              aria-invalid={Boolean(valueErrors)}
              aria-describedby={valueErrors ? `${id}-value-error` : undefined}
              onChange={(event) => handlers.onChange({ value: event.target.value }, false)}
              onBlur={handlers.onCommitText}
              onKeyDown={(event) => {
                if (event.key === "Enter") handlers.onCommitText();
              }}
              className={CONTROL}
            />
            {valueErrors && (
              <p id={`${id}-value-error`} className="mt-1 text-sm font-medium text-red-700">
                {valueErrors.map((key) => errorText(tErrors, key)).join(" ")}
              </p>
            )}
          </div>
        )}
        <div className={criterion.unit ? "" : "md:col-span-2"}>
          <label htmlFor={`${id}-comment`} className="block font-medium">
            {t("comment")}
          </label>
          <textarea
            id={`${id}-comment`}
            rows={2}
            maxLength={MAX_COMMENT_LENGTH}
            value={draft?.comment ?? ""}
            aria-invalid={Boolean(commentErrors)}
            aria-describedby={commentErrors ? `${id}-comment-error` : undefined}
            onChange={(event) => handlers.onChange({ comment: event.target.value }, false)}
            onBlur={handlers.onCommitText}
            className={CONTROL}
          />
          {commentErrors && (
            <p id={`${id}-comment-error`} className="mt-1 text-sm font-medium text-red-700">
              {commentErrors.map((key) => errorText(tErrors, key)).join(" ")}
            </p>
          )}
        </div>
      </div>
      {!readOnly && (
        <SaveStatusLine
          id={`${id}-status`}
          status={status}
          levels={criterion.levels}
          unit={criterion.unit}
          onRetry={handlers.onRetry}
          onTakeCurrent={handlers.onTakeCurrent}
          onKeepMine={handlers.onKeepMine}
        />
      )}
    </fieldset>
  );
}

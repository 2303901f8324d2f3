"use client";

import { SubmitButton } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { useFormAction } from "@/components/ui/use-form-action";
import { setCategoryWordingAction, setCriterionWordingAction } from "@/lib/grids/actions";

/** The form's words, translated by the server page (so no catalogue ships to the browser). */
export type WordingLabels = {
  /** What opens the form ("Correct “Profit” in Romanian"). */
  open: string;
  name: string;
  levels: string;
  level: string[];
  englishName: string;
  englishLevels: string[];
  save: string;
  saved: string;
  saving: string;
};

type Props = {
  target: { categoryId: string } | { criterionId: string };
  locale: string;
  /** What the language has now; empty where it falls back to English. */
  name: string;
  levels?: readonly string[];
  labels: WordingLabels;
};

/**
 * Corrects a category's or criterion's wording in one language other than English, each field
 * with the English text beside it as its hint. A field left empty shows the English text.
 */
export function WordingForm({ target, locale, name, levels, labels }: Props) {
  const isCriterion = "criterionId" in target;
  const { state, pending, formProps } = useFormAction(
    isCriterion ? setCriterionWordingAction : setCategoryWordingAction,
  );
  const errors = state && !state.ok ? state.fieldErrors : {};
  const id = isCriterion ? target.criterionId : target.categoryId;
  const prefix = `wording-${locale}-${id}`;
  return (
    <form {...formProps} noValidate className="mt-3 max-w-3xl">
      <FormAlert state={state} />
      {state?.ok && (
        <p role="status" className="mb-3 rounded-md border border-teal-700 bg-teal-50 p-2">
          {labels.saved}
        </p>
      )}
      <input type="hidden" name={isCriterion ? "criterionId" : "categoryId"} value={id} />
      <input type="hidden" name="locale" value={locale} />
      <TextField
        id={`${prefix}-name`}
        name="name"
        lang={locale}
        label={labels.name}
        hint={labels.englishName}
        defaultValue={name}
        errors={errors.name}
      />
      {isCriterion && (
        <fieldset className="mb-2 min-w-0">
          <legend className="mb-2 font-semibold">{labels.levels}</legend>
          {labels.level.map((label, index) => (
            <TextAreaField
              key={label}
              id={`${prefix}-level-${index + 1}`}
              name="levels"
              lang={locale}
              rows={2}
              label={label}
              hint={labels.englishLevels[index]}
              defaultValue={levels?.[index] ?? ""}
              errors={errors[`levels.${index}`] ?? (index === 0 ? errors.levels : undefined)}
            />
          ))}
        </fieldset>
      )}
      <SubmitButton pending={pending} pendingLabel={labels.saving}>
        {labels.save}
      </SubmitButton>
    </form>
  );
}

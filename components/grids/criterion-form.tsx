"use client";

import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ValueUnit } from "@/lib/generated/prisma/enums";
import { addCriterionAction, updateCriterionAction } from "@/lib/grids/actions";
import { VALUE_UNITS } from "@/lib/grids/schemas";

/** A criterion as this form edits it: its English wording (the reference), unit and weight. */
export type EditableCriterion = {
  id: string;
  name: string;
  unit: ValueUnit | null;
  weight: number;
  levels: readonly string[];
};

type Props = { criterion: EditableCriterion } | { categoryId: string };

const LEVELS = [1, 2, 3, 4, 5];

/**
 * Edits one criterion (or adds one to a category): its English wording, the reference every
 * translation follows, its unit and weight. Translations have their own form
 * (criterion-wording-form.tsx). Fields keep what was typed when the server refuses it; a
 * criterion added resets the form.
 */
export function CriterionForm(props: Props) {
  const t = useTranslations("Grids");
  const criterion = "criterion" in props ? props.criterion : null;
  const { state, pending, formProps } = useFormAction(
    criterion ? updateCriterionAction : addCriterionAction,
  );
  const errors = state && !state.ok ? state.fieldErrors : {};
  const prefix = criterion
    ? `criterion-${criterion.id}`
    : `new-in-${"categoryId" in props ? props.categoryId : ""}`;
  const levelFields = (
    <fieldset className="mb-2 min-w-0 md:col-span-2">
      <legend className="mb-2 font-semibold">{t("fields.levelsEn")}</legend>
      {LEVELS.map((level) => (
        <TextAreaField
          key={level}
          id={`${prefix}-levels-${level}`}
          name="levels"
          lang="en"
          rows={2}
          label={t("fields.levelEn", { level })}
          defaultValue={criterion?.levels[level - 1]}
          errors={errors[`levels.${level - 1}`] ?? (level === 1 ? errors.levels : undefined)}
        />
      ))}
    </fieldset>
  );
  return (
    <form
      // A new key after each criterion added empties the form for the next one.
      key={state?.ok && !criterion ? JSON.stringify(state.data) : "form"}
      {...formProps}
      noValidate
      className="mt-3"
    >
      <FormAlert state={state} />
      {state?.ok && (
        <p role="status" className="mb-3 rounded-md border border-teal-700 bg-teal-50 p-2">
          {criterion ? t("saved") : t("added")}
        </p>
      )}
      {criterion ? (
        <input type="hidden" name="criterionId" value={criterion.id} />
      ) : (
        <>
          <input
            type="hidden"
            name="categoryId"
            value={"categoryId" in props ? props.categoryId : ""}
          />
          <TextField
            id={`${prefix}-code`}
            name="code"
            label={t("fields.code")}
            hint={t("fields.codeHint")}
            errors={errors.code}
          />
        </>
      )}
      <div className="grid gap-x-4 md:grid-cols-2">
        <TextField
          id={`${prefix}-name`}
          name="name"
          lang="en"
          label={t("fields.nameEn")}
          defaultValue={criterion?.name}
          errors={errors.name}
        />
        <SelectField
          id={`${prefix}-unit`}
          name="unit"
          label={t("fields.unit")}
          defaultValue={criterion?.unit ?? ""}
          options={[
            { value: "", label: t("units.NONE") },
            ...VALUE_UNITS.map((unit) => ({ value: unit, label: t(`units.${unit}`) })),
          ]}
          errors={errors.unit}
        />
        <TextField
          id={`${prefix}-weight`}
          name="weight"
          inputMode="decimal"
          label={t("fields.weight")}
          hint={t("fields.weightHint")}
          defaultValue={criterion ? String(criterion.weight) : "1"}
          errors={errors.weight}
        />
        {levelFields}
      </div>
      <SubmitButton pending={pending} pendingLabel={t("saving")}>
        {criterion ? t("saveCriterion") : t("add")}
      </SubmitButton>
    </form>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ValueUnit } from "@/lib/generated/prisma/enums";
import { addCriterionAction, updateCriterionAction } from "@/lib/grids/actions";
import { VALUE_UNITS } from "@/lib/grids/schemas";

export type EditableCriterion = {
  id: string;
  nameEn: string;
  nameRo: string;
  unit: ValueUnit | null;
  weight: number;
  levelsEn: string[];
  levelsRo: string[];
};

type Props = { criterion: EditableCriterion } | { categoryId: string };

const LEVELS = [1, 2, 3, 4, 5];

/**
 * Edits one criterion (or adds one to a category) with both languages side by side. Fields
 * keep what was typed when the server refuses it; a criterion added resets the form.
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
  const levelFields = (language: "En" | "Ro") => (
    <fieldset className="mb-2 min-w-0">
      <legend className="mb-2 font-semibold">{t(`fields.levels${language}`)}</legend>
      {LEVELS.map((level) => (
        <TextAreaField
          key={level}
          id={`${prefix}-levels${language}-${level}`}
          name={`levels${language}`}
          lang={language === "En" ? "en" : "ro"}
          rows={2}
          label={t(`fields.level${language}`, { level })}
          defaultValue={criterion?.[`levels${language}`][level - 1]}
          errors={
            errors[`levels${language}.${level - 1}`] ??
            (level === 1 ? errors[`levels${language}`] : undefined)
          }
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
          id={`${prefix}-nameEn`}
          name="nameEn"
          lang="en"
          label={t("fields.nameEn")}
          defaultValue={criterion?.nameEn}
          errors={errors.nameEn}
        />
        <TextField
          id={`${prefix}-nameRo`}
          name="nameRo"
          lang="ro"
          label={t("fields.nameRo")}
          defaultValue={criterion?.nameRo}
          errors={errors.nameRo}
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
        {levelFields("En")}
        {levelFields("Ro")}
      </div>
      <SubmitButton pending={pending} pendingLabel={t("saving")}>
        {criterion ? t("saveCriterion") : t("add")}
      </SubmitButton>
    </form>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/ui/button";
import { errorText } from "@/components/ui/error-text";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { useFormAction } from "@/components/ui/use-form-action";
import { saveGoodPracticeAction } from "@/lib/good-practices/actions";

type Option = { value: string; label: string };

export type PracticeFormValues = {
  title: string;
  need: string;
  practice: string;
  results: string;
  transfer: string;
  digitalTools: string;
  locale: string;
  models: string[];
  staffGroups: string[];
  skillAreas: string[];
};

type TagName = "models" | "staffGroups" | "skillAreas";

/**
 * The short structure of a good practice, for marking one (hidden fields name the source) or
 * editing one (they name it and the version it was read at). Every error beside its field.
 */
export function PracticeForm({
  values,
  hidden,
  locales,
  tagOptions,
}: {
  values: PracticeFormValues;
  hidden: Record<string, string>;
  locales: Option[];
  tagOptions: Record<TagName, Option[]>;
}) {
  const t = useTranslations("GoodPractices");
  const tErrors = useTranslations("Errors");
  const { state, pending, formProps } = useFormAction(saveGoodPracticeAction);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const field = (name: Exclude<keyof PracticeFormValues, TagName>) => ({
    name,
    id: `practice-${name}`,
    label: t(`form.fields.${name}`),
    defaultValue: values[name],
    errors: errors[name],
  });
  const tags = (name: TagName, legend: string, hint?: string) => {
    const tagErrors = errors[name] ?? [];
    const selected = new Set(values[name]);
    return (
      <fieldset
        className="mb-4"
        aria-describedby={
          [hint ? `${name}-hint` : "", tagErrors.length ? `${name}-error` : ""]
            .filter(Boolean)
            .join(" ") || undefined
        }
      >
        <legend className="font-medium text-slate-900">{legend}</legend>
        {hint && (
          <p id={`${name}-hint`} className="text-sm text-slate-600">
            {hint}
          </p>
        )}
        {tagErrors.length > 0 && (
          <p id={`${name}-error`} className="text-sm font-medium text-red-700">
            {tagErrors.map((key) => errorText(tErrors, key, "invalidValue")).join(" ")}
          </p>
        )}
        <ul className="mt-1 grid gap-x-4 sm:grid-cols-2">
          {tagOptions[name].map((option) => (
            <li key={option.value}>
              <label className="flex min-h-11 items-center gap-3">
                <input
                  type="checkbox"
                  name={name}
                  value={option.value}
                  defaultChecked={selected.has(option.value)}
                  className="size-5 accent-teal-800"
                />
                {option.label}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
    );
  };
  return (
    <form
      {...formProps}
      noValidate
      className="max-w-3xl rounded-md border border-slate-300 bg-white p-4"
    >
      <FormAlert state={state} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <TextField {...field("title")} required />
      <TextAreaField {...field("need")} hint={t("form.hints.need")} required />
      <TextAreaField {...field("practice")} hint={t("form.hints.practice")} rows={8} required />
      <TextAreaField {...field("results")} hint={t("form.hints.results")} required />
      <TextAreaField {...field("transfer")} hint={t("form.hints.transfer")} required />
      <TextAreaField {...field("digitalTools")} rows={3} />
      <SelectField {...field("locale")} options={locales} />
      {tags("models", t("tags.models"), t("form.modelsHint"))}
      {tags("staffGroups", t("tags.staffGroups"))}
      {tags("skillAreas", t("tags.skillAreas"))}
      <SubmitButton pending={pending}>{t("form.save")}</SubmitButton>
    </form>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { useFormAction } from "@/components/ui/use-form-action";
import { saveTrainingOfferAction } from "@/lib/skills/actions";

type Option = { value: string; label: string };

export type OfferFormValues = Record<string, string>;

/** Adds an offer, or edits the one whose values it is given; every field's error beside it. */
export function OfferForm({
  values,
  groups,
  formats,
  languages,
  countries,
}: {
  values: OfferFormValues;
  groups: Option[];
  formats: Option[];
  languages: Option[];
  countries: Option[];
}) {
  const t = useTranslations("TrainingOffers");
  const { state, pending, formProps } = useFormAction(saveTrainingOfferAction);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const field = (name: string) => ({
    name,
    label: t(`fields.${name}` as "fields.title"),
    defaultValue: values[name] ?? "",
    errors: errors[name],
  });
  return (
    <form
      {...formProps}
      noValidate
      className="mb-8 max-w-2xl rounded-md border border-slate-300 bg-white p-4"
    >
      <FormAlert state={state} savedMessage={t("saved")} />
      {values.offerId && <input type="hidden" name="offerId" value={values.offerId} />}
      <TextField {...field("title")} required />
      <TextField {...field("skillCodes")} hint={t("fields.skillCodesHint")} required />
      <SelectField {...field("group")} options={groups} />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextField {...field("eqfLevel")} inputMode="numeric" />
        <SelectField {...field("format")} options={formats} />
        <TextField {...field("hours")} inputMode="numeric" />
        <SelectField {...field("language")} options={languages} />
        <SelectField {...field("countryCode")} options={countries} />
        <TextField {...field("costEur")} inputMode="decimal" />
      </div>
      <TextField {...field("provider")} required />
      <TextAreaField {...field("accessibility")} />
      <TextField {...field("url")} type="url" />
      <SubmitButton pending={pending}>{t("save")}</SubmitButton>
    </form>
  );
}

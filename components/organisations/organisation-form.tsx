"use client";

import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { useClearingFormAction } from "@/components/ui/use-form-action";
import { createOrganisationAction } from "@/lib/organisations/actions";

export function OrganisationForm({
  countryOptions,
}: {
  countryOptions: { value: string; label: string }[];
}) {
  const t = useTranslations("Forms");
  const { state, pending, fieldErrors, formProps } =
    useClearingFormAction(createOrganisationAction);
  return (
    <form {...formProps} noValidate className="max-w-lg">
      <FormAlert state={state} />
      {state?.ok && (
        <p role="status" className="mb-4 rounded-md border border-teal-700 bg-teal-50 p-3">
          {t("organisationCreated")}
        </p>
      )}
      <TextField name="name" label={t("organisationName")} required errors={fieldErrors.name} />
      <SelectField
        name="countryCode"
        label={t("country")}
        options={[{ value: "", label: t("chooseCountry") }, ...countryOptions]}
        defaultValue=""
        errors={fieldErrors.countryCode}
      />
      <SubmitButton pending={pending} pendingLabel={t("saving")}>
        {t("createOrganisation")}
      </SubmitButton>
    </form>
  );
}

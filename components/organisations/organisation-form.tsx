"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { SubmitButton } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { useFormAction } from "@/components/ui/use-form-action";
import { createOrganisationAction } from "@/lib/organisations/actions";

export function OrganisationForm({
  countryOptions,
}: {
  countryOptions: { value: string; label: string }[];
}) {
  const t = useTranslations("Forms");
  const { state, pending, formProps } = useFormAction(createOrganisationAction);
  const formRef = useRef<HTMLFormElement>(null);
  // An added organisation clears the form for the next one; a refused one keeps what was typed.
  useEffect(() => {
    if (state?.ok) formRef.current?.reset();
  }, [state]);
  const fieldErrors = state && !state.ok ? state.fieldErrors : {};
  return (
    <form ref={formRef} {...formProps} noValidate className="max-w-lg">
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

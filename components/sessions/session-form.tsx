"use client";

import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/ui/button";
import { FormProblems } from "@/components/ui/error-summary";
import { CheckboxField, SelectField, TextField } from "@/components/ui/field";
import { useFormAction } from "@/components/ui/use-form-action";
import { createSessionAction, updateSessionAction } from "@/lib/sessions/actions";

type Option = { value: string; label: string };

export type SessionFormChoices = {
  gridOptions: Option[];
  countryOptions: Option[];
  organisationOptions: Option[];
};

type SessionValues = {
  id: string;
  title: string;
  startsAt: string;
  countryCode: string;
  place: string | null;
  online: boolean;
  gridId: string;
  organisationIds: string[];
  gridLocked: boolean;
};

/** Creates a session, or edits one when `session` is given. */
export function SessionForm({
  choices,
  session,
}: {
  choices: SessionFormChoices;
  session?: SessionValues;
}) {
  const t = useTranslations("Sessions.form");
  const tForms = useTranslations("Forms");
  const { state, pending, formProps } = useFormAction(
    session ? updateSessionAction : createSessionAction,
  );
  const fieldErrors = state && !state.ok ? state.fieldErrors : {};
  return (
    <form {...formProps} noValidate className="max-w-xl">
      <FormProblems
        state={state}
        fields={[
          { name: "title", label: t("title") },
          { name: "startsAt", label: t("startsAt") },
          { name: "countryCode", label: t("country") },
          { name: "place", label: t("place") },
          { name: "gridId", label: t("grid") },
          { name: "organisationIds", label: t("organisations") },
        ]}
      />
      {session && <input type="hidden" name="sessionId" value={session.id} />}
      <TextField
        name="title"
        label={t("title")}
        defaultValue={session?.title}
        required
        errors={fieldErrors.title}
      />
      <TextField
        name="startsAt"
        type="datetime-local"
        label={t("startsAt")}
        hint={t("startsAtHint")}
        defaultValue={session?.startsAt}
        required
        errors={fieldErrors.startsAt}
      />
      <SelectField
        name="countryCode"
        label={t("country")}
        options={[{ value: "", label: tForms("chooseCountry") }, ...choices.countryOptions]}
        defaultValue={session?.countryCode ?? ""}
        errors={fieldErrors.countryCode}
      />
      <TextField
        name="place"
        label={t("place")}
        defaultValue={session?.place ?? ""}
        errors={fieldErrors.place}
      />
      <CheckboxField name="online" label={t("online")} defaultChecked={session?.online} />
      <SelectField
        name="gridId"
        label={t("grid")}
        hint={session?.gridLocked ? t("gridLocked") : undefined}
        options={choices.gridOptions}
        defaultValue={session?.gridId}
        disabled={session?.gridLocked}
        errors={fieldErrors.gridId}
      />
      {session?.gridLocked && <input type="hidden" name="gridId" value={session.gridId} />}
      <fieldset id="organisationIds" className="mb-4" aria-describedby="organisations-hint">
        <legend className="font-medium">{t("organisations")}</legend>
        <p id="organisations-hint" className="text-sm text-slate-600">
          {t("organisationsHint")}
        </p>
        {choices.organisationOptions.map((option) => (
          <CheckboxField
            key={option.value}
            id={`organisation-${option.value}`}
            name="organisationIds"
            value={option.value}
            label={option.label}
            defaultChecked={session?.organisationIds.includes(option.value)}
          />
        ))}
      </fieldset>
      <SubmitButton pending={pending} pendingLabel={tForms("saving")}>
        {session ? tForms("save") : t("create")}
      </SubmitButton>
    </form>
  );
}

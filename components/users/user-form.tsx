"use client";

import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/ui/button";
import { FormProblems, type SummaryField } from "@/components/ui/error-summary";
import { SelectField, TextField } from "@/components/ui/field";
import { useFormAction } from "@/components/ui/use-form-action";
import { createUserAction, updateUserAction } from "@/lib/users/actions";
import { InvitationLink } from "./invitation-link";

type Option = { value: string; label: string };

export type UserFormOptions = {
  roleOptions: Option[];
  organisationOptions: Option[];
  countryOptions: Option[];
};

type EditableUser = {
  id: string;
  name: string;
  email: string;
  role: string;
  organisationId: string | null;
  countryCode: string | null;
};

/** The fields both forms share: who the person is and where they belong. */
function AffiliationFields({
  options,
  user,
  fieldErrors,
}: {
  options: UserFormOptions;
  user?: EditableUser;
  fieldErrors: Record<string, string[]>;
}) {
  const t = useTranslations("Forms");
  return (
    <>
      <TextField
        name="name"
        label={t("name")}
        defaultValue={user?.name}
        required
        errors={fieldErrors.name}
      />
      <SelectField
        name="role"
        label={t("role")}
        options={options.roleOptions}
        defaultValue={user?.role ?? "PARTICIPANT"}
        errors={fieldErrors.role}
      />
      <SelectField
        name="organisationId"
        label={t("organisation")}
        hint={t("organisationHint")}
        options={[{ value: "", label: t("none") }, ...options.organisationOptions]}
        defaultValue={user?.organisationId ?? ""}
        errors={fieldErrors.organisationId}
      />
      <SelectField
        name="countryCode"
        label={t("country")}
        hint={t("countryHint")}
        options={[{ value: "", label: t("none") }, ...options.countryOptions]}
        defaultValue={user?.countryCode ?? ""}
        errors={fieldErrors.countryCode}
      />
    </>
  );
}

/** The user form's fields in the order shown, for the error summary. */
function useSummaryFields(): SummaryField[] {
  const t = useTranslations("Forms");
  return [
    { name: "email", label: t("email") },
    { name: "name", label: t("name") },
    { name: "role", label: t("role") },
    { name: "organisationId", label: t("organisation") },
    { name: "countryCode", label: t("country") },
    { name: "password", label: t("initialPassword") },
  ];
}

export function CreateUserForm({ options }: { options: UserFormOptions }) {
  const t = useTranslations("Forms");
  const { state, pending, formProps } = useFormAction(createUserAction);
  const summaryFields = useSummaryFields();
  if (state?.ok) {
    return (
      <div role="status" className="rounded-md border border-teal-700 bg-teal-50 p-4">
        <p className="font-medium">{t("userCreated")}</p>
        {state.data.invitationUrl ? (
          <InvitationLink url={state.data.invitationUrl} />
        ) : (
          <p>{t("userCreatedWithPassword")}</p>
        )}
        <a href="/admin/users" className="mt-3 inline-block font-medium text-teal-800 underline">
          {t("backToUsers")}
        </a>
      </div>
    );
  }
  const fieldErrors = state?.fieldErrors ?? {};
  return (
    <form {...formProps} noValidate className="max-w-lg">
      <FormProblems state={state} fields={summaryFields} />
      <TextField name="email" type="email" label={t("email")} required errors={fieldErrors.email} />
      <AffiliationFields options={options} fieldErrors={fieldErrors} />
      <TextField
        name="password"
        type="password"
        label={t("initialPassword")}
        hint={t("initialPasswordHint")}
        autoComplete="new-password"
        errors={fieldErrors.password}
      />
      <SubmitButton pending={pending} pendingLabel={t("saving")}>
        {t("createUser")}
      </SubmitButton>
    </form>
  );
}

export function EditUserForm({ options, user }: { options: UserFormOptions; user: EditableUser }) {
  const t = useTranslations("Forms");
  const { state, pending, formProps } = useFormAction(updateUserAction);
  const summaryFields = useSummaryFields();
  const fieldErrors = state && !state.ok ? state.fieldErrors : {};
  return (
    <form {...formProps} noValidate className="max-w-lg">
      <FormProblems state={state} fields={summaryFields} />
      {state?.ok && (
        <p role="status" className="mb-4 rounded-md border border-teal-700 bg-teal-50 p-3">
          {t("saved")}
        </p>
      )}
      <input type="hidden" name="userId" value={user.id} />
      <p className="mb-4">
        <span className="block font-medium">{t("email")}</span>
        {user.email}
      </p>
      <AffiliationFields options={options} user={user} fieldErrors={fieldErrors} />
      <SubmitButton pending={pending} pendingLabel={t("saving")}>
        {t("save")}
      </SubmitButton>
    </form>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/ui/button";
import { FormProblems } from "@/components/ui/error-summary";
import { CheckboxField, SelectField, TextField } from "@/components/ui/field";
import { useClearingFormAction } from "@/components/ui/use-form-action";
import { InvitationLink } from "@/components/users/invitation-link";
import { addSessionMemberAction } from "@/lib/sessions/actions";

/**
 * Adds an existing account by e-mail, or invites a new participant and shows their link. Once a
 * person is added the boxes are cleared for the next one; a refusal keeps what was typed.
 */
export function AddMemberForm({ sessionId }: { sessionId: string }) {
  const t = useTranslations("Sessions.members");
  const { state, pending, fieldErrors, formProps } = useClearingFormAction(addSessionMemberAction);
  return (
    <form
      {...formProps}
      noValidate
      className="max-w-xl rounded-md border border-slate-300 bg-white p-3"
    >
      <h3 className="mb-2 font-semibold">{t("addHeading")}</h3>
      <FormProblems
        headingLevel={4}
        state={state}
        fields={[
          { name: "email", label: t("email") },
          { name: "name", label: t("name") },
          { name: "role", label: t("roleLabel") },
        ]}
      />
      {state?.ok && (
        <div role="status" className="mb-3 rounded-md border border-teal-700 bg-teal-50 p-3">
          <p>{t("added")}</p>
          {state.data.invitationUrl && (
            <>
              <InvitationLink url={state.data.invitationUrl} />
              <p className="mt-1 text-sm">
                {state.data.emailed === "sent" ? t("emailed") : t("notEmailed")}
              </p>
            </>
          )}
        </div>
      )}
      <input type="hidden" name="sessionId" value={sessionId} />
      <TextField name="email" type="email" label={t("email")} required errors={fieldErrors.email} />
      <TextField name="name" label={t("name")} hint={t("nameHint")} errors={fieldErrors.name} />
      <SelectField
        name="role"
        label={t("roleLabel")}
        options={[
          { value: "PARTICIPANT", label: t("role.PARTICIPANT") },
          { value: "CO_FACILITATOR", label: t("role.CO_FACILITATOR") },
        ]}
        errors={fieldErrors.role}
      />
      <CheckboxField name="canScore" label={t("canScoreLabel")} hint={t("canScoreHint")} />
      <SubmitButton pending={pending}>{t("add")}</SubmitButton>
    </form>
  );
}

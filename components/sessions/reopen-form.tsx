"use client";

import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { useFormAction } from "@/components/ui/use-form-action";
import { changeSessionStatusAction } from "@/lib/sessions/actions";

/** Reopening unlocks scores others relied on, so the facilitator says why, for the record. */
export function ReopenForm({ sessionId }: { sessionId: string }) {
  const t = useTranslations("Sessions");
  const { state, pending, formProps } = useFormAction(changeSessionStatusAction);
  const fieldErrors = state && !state.ok ? state.fieldErrors : {};
  return (
    <form
      {...formProps}
      noValidate
      className="w-full max-w-xl rounded-md border border-slate-300 bg-white p-3"
    >
      <FormAlert state={state} />
      <input type="hidden" name="sessionId" value={sessionId} />
      <input type="hidden" name="to" value="OPEN" />
      <TextAreaField
        name="reason"
        label={t("reopenReason")}
        hint={t("reopenHint")}
        rows={2}
        errors={fieldErrors.reason}
      />
      <SubmitButton pending={pending} variant="secondary">
        {t("moveTo.REOPEN")}
      </SubmitButton>
    </form>
  );
}

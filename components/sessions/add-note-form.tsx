"use client";

import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/ui/button";
import { CheckboxField, SelectField, TextAreaField } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { useClearingFormAction } from "@/components/ui/use-form-action";
import { addSessionNoteAction } from "@/lib/sessions/actions";

export function AddNoteForm({
  sessionId,
  subjects,
}: {
  sessionId: string;
  subjects: { value: string; label: string }[];
}) {
  const t = useTranslations("Sessions.notes");
  const { state, pending, fieldErrors, formProps } = useClearingFormAction(addSessionNoteAction);
  return (
    <form
      {...formProps}
      noValidate
      className="max-w-xl rounded-md border border-slate-300 bg-white p-3"
    >
      <h3 className="mb-2 font-semibold">{t("addHeading")}</h3>
      <FormAlert state={state} savedMessage={t("saved")} />
      <input type="hidden" name="sessionId" value={sessionId} />
      <SelectField
        name="subject"
        label={t("subject")}
        options={subjects}
        errors={fieldErrors.subject}
      />
      <TextAreaField name="body" label={t("body")} required errors={fieldErrors.body} />
      <CheckboxField name="isPublic" label={t("makePublic")} hint={t("makePublicHint")} />
      <SubmitButton pending={pending}>{t("add")}</SubmitButton>
    </form>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { useFormAction } from "@/components/ui/use-form-action";
import { proposeModelAction } from "@/lib/classification/actions";
import { ModelChoice } from "./model-choice";

/** A participant who scores may propose a model; the facilitator sees it beside the suggestion. */
export function ProposalForm({
  sessionId,
  agendaItemId,
}: {
  sessionId: string;
  agendaItemId: string;
}) {
  const t = useTranslations("Classification");
  const { state, pending, formProps } = useFormAction(proposeModelAction);
  const fieldErrors = state && !state.ok ? state.fieldErrors : {};
  return (
    <form
      {...formProps}
      noValidate
      className="mb-6 max-w-2xl rounded-lg border border-slate-300 bg-white p-4"
    >
      <h2 className="mb-2 text-xl font-semibold">{t("proposeHeading")}</h2>
      <FormAlert state={state} />
      {state?.ok && (
        <p role="status" className="mb-3 rounded-md border border-teal-700 bg-teal-50 p-3">
          {t("proposalSaved")}
        </p>
      )}
      <input type="hidden" name="sessionId" value={sessionId} />
      <input type="hidden" name="agendaItemId" value={agendaItemId} />
      <ModelChoice name="model" legend={t("proposeLabel")} errors={fieldErrors.model} />
      <TextAreaField name="comment" label={t("comment")} rows={2} errors={fieldErrors.comment} />
      <SubmitButton pending={pending}>{t("propose")}</SubmitButton>
    </form>
  );
}

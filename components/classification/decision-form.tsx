"use client";

import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { useFormAction } from "@/components/ui/use-form-action";
import { decideClassificationAction } from "@/lib/classification/actions";
import type { WiseModel } from "@/lib/generated/prisma/enums";
import { ModelChoice } from "./model-choice";

type Props = {
  sessionId: string;
  agendaItemId: string;
  /** Preselected when the rules suggest a model; nothing is preselected on a tie or without one. */
  suggested: WiseModel | null;
  current: { model: WiseModel | null; rationale: string } | null;
};

/** The facilitator records the model the group agreed on; it may differ from the suggestion. */
export function DecisionForm({ sessionId, agendaItemId, suggested, current }: Props) {
  const t = useTranslations("Classification");
  const { state, pending, formProps } = useFormAction(decideClassificationAction);
  const fieldErrors = state && !state.ok ? state.fieldErrors : {};
  return (
    <form
      {...formProps}
      noValidate
      className="mb-6 max-w-2xl rounded-lg border border-slate-300 bg-white p-4"
    >
      <h2 className="mb-2 text-xl font-semibold">
        {current?.model ? t("changeDecision") : t("recordDecision")}
      </h2>
      <FormAlert state={state} />
      {state?.ok && (
        <p role="status" className="mb-3 rounded-md border border-teal-700 bg-teal-50 p-3">
          {t("decisionSaved")}
        </p>
      )}
      <input type="hidden" name="sessionId" value={sessionId} />
      <input type="hidden" name="agendaItemId" value={agendaItemId} />
      <ModelChoice
        name="agreedModel"
        legend={t("agreedModelLabel")}
        defaultValue={current?.model ?? suggested}
        errors={fieldErrors.agreedModel}
      />
      <TextAreaField
        name="rationale"
        label={t("rationale")}
        hint={t("rationaleHint")}
        defaultValue={current?.rationale}
        required
        errors={fieldErrors.rationale}
      />
      <SubmitButton pending={pending}>{t("saveDecision")}</SubmitButton>
    </form>
  );
}

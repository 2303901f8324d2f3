"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { remindSurveyWiseAction } from "@/lib/skills/surveys/actions";

/** Records a reminder for one WISE and says whether it went out by e-mail. */
export function RemindButton({
  surveyWiseId,
  wiseName,
}: {
  surveyWiseId: string;
  wiseName: string;
}) {
  const t = useTranslations("Surveys.detail");
  const [state, formAction] = useActionState(remindSurveyWiseAction, null);
  const outcome =
    state?.ok && state.data.emailed === "sent" ? t("remindedSent") : t("remindedNotSent");
  return (
    <form action={formAction} className="inline-block">
      <FormAlert state={state} savedMessage={outcome} />
      <input type="hidden" name="surveyWiseId" value={surveyWiseId} />
      <SubmitButton
        variant="secondary"
        aria-label={t("remind", { wise: wiseName })}
        pendingLabel={t("reminding")}
      >
        {t("remindLabel")}
      </SubmitButton>
    </form>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/ui/button";
import { errorText } from "@/components/ui/error-text";
import { FormAlert } from "@/components/ui/form-alert";
import { useFormAction } from "@/components/ui/use-form-action";
import { startInterviewAction, startSurveyAction } from "@/lib/skills/answers/actions";
import { ReadAloudButton } from "./read-aloud-button";

/**
 * What the survey asks, who sees what, that it is voluntary: read (or, in an interview, read out)
 * before anything is stored. "Start" with the box ticked makes the response; works without
 * JavaScript too.
 */
export function ConsentForm({
  code,
  interview,
  easyRead,
}: {
  code: string;
  interview: boolean;
  easyRead: boolean;
}) {
  const t = useTranslations("SurveyAnswer");
  const tErrors = useTranslations("Errors");
  const { state, pending, formProps } = useFormAction(
    interview ? startInterviewAction : startSurveyAction,
  );
  const consentErrors = state && !state.ok ? (state.fieldErrors.consent ?? []) : [];
  const paragraphs = [t("consentWhat"), t("consentWho"), t("consentVoluntary"), t("consentTime")];
  return (
    <form {...formProps} noValidate className={easyRead ? "space-y-4 text-lg" : "space-y-4"}>
      <h2 className="text-2xl font-bold text-slate-900">{t("consentTitle")}</h2>
      {easyRead && <ReadAloudButton text={paragraphs.join(" ")} />}
      {paragraphs.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      {consentErrors.length === 0 && <FormAlert state={state} />}
      <input type="hidden" name="code" value={code} />
      <div>
        <label className="flex min-h-14 cursor-pointer items-center gap-3 rounded-md border border-slate-500 bg-white p-3 font-semibold has-checked:border-2 has-checked:border-teal-800 has-checked:bg-teal-50">
          <input
            type="checkbox"
            name="consent"
            value="yes"
            aria-invalid={consentErrors.length > 0 || undefined}
            aria-describedby={consentErrors.length > 0 ? "consent-error" : undefined}
            className="size-6 shrink-0 accent-teal-800"
          />
          <span>{t("consentAgree")}</span>
        </label>
        {consentErrors.length > 0 && (
          <p id="consent-error" className="mt-1 font-medium text-red-800">
            {errorText(tErrors, consentErrors[0] ?? "required")}
          </p>
        )}
      </div>
      <SubmitButton pending={pending} pendingLabel={t("starting")}>
        {t("start")}
      </SubmitButton>
    </form>
  );
}

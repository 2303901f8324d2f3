"use client";

import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/ui/button";
import { FormProblems } from "@/components/ui/error-summary";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { useClearingFormAction } from "@/components/ui/use-form-action";
import { addCaseStudyQuoteAction } from "@/lib/case-studies/actions";
import { ConsentMethod, QuoteSpeaker } from "@/lib/generated/prisma/enums";

/** A new quote: the words, the speaker's role (never a name) and the consent record. */
export function QuoteForm({ caseStudyId, today }: { caseStudyId: string; today: string }) {
  const t = useTranslations("CaseStudies.quotes");
  const { state, pending, fieldErrors, formProps } = useClearingFormAction(addCaseStudyQuoteAction);
  const choose = { value: "", label: t("choose") };
  return (
    <form
      {...formProps}
      noValidate
      aria-labelledby="quote-form-heading"
      className="mb-6 max-w-xl rounded-md border border-slate-300 bg-white p-3"
    >
      <h3 id="quote-form-heading" className="mb-2 text-lg font-semibold">
        {t("addHeading")}
      </h3>
      <FormProblems
        headingLevel={4}
        state={state}
        fields={[
          { name: "text", label: t("text"), targetId: "quote-text" },
          { name: "speaker", label: t("speaker"), targetId: "quote-speaker" },
          { name: "consentMethod", label: t("consentMethod"), targetId: "quote-consent-method" },
          { name: "consentGivenOn", label: t("consentGivenOn"), targetId: "quote-consent-day" },
        ]}
      />
      {state?.ok && (
        <p role="status" className="mb-2 text-teal-900">
          {t("added")}
        </p>
      )}
      <input type="hidden" name="caseStudyId" value={caseStudyId} />
      <TextAreaField
        id="quote-text"
        name="text"
        label={t("text")}
        hint={t("textHint")}
        errors={fieldErrors.text}
      />
      <SelectField
        id="quote-speaker"
        name="speaker"
        label={t("speaker")}
        errors={fieldErrors.speaker}
        defaultValue=""
        options={[
          choose,
          ...Object.values(QuoteSpeaker).map((value) => ({
            value,
            label: t(`speakers.${value}`),
          })),
        ]}
      />
      <SelectField
        id="quote-consent-method"
        name="consentMethod"
        label={t("consentMethod")}
        errors={fieldErrors.consentMethod}
        defaultValue=""
        options={[
          choose,
          ...Object.values(ConsentMethod).map((value) => ({
            value,
            label: t(`methods.${value}`),
          })),
        ]}
      />
      <TextField
        id="quote-consent-day"
        name="consentGivenOn"
        type="date"
        max={today}
        label={t("consentGivenOn")}
        hint={t("consentGivenOnHint")}
        errors={fieldErrors.consentGivenOn}
      />
      <SubmitButton pending={pending}>{t("add")}</SubmitButton>
    </form>
  );
}

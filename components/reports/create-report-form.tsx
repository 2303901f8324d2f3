"use client";

import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { useFormAction } from "@/components/ui/use-form-action";
import { createReportAction } from "@/lib/reports/actions";

type Option = { value: string; label: string };

/** Starts a report: its title, what it covers (a country, or Europe) and its language. */
export function CreateReportForm({
  coverages,
  languages,
  defaultLocale,
}: {
  coverages: Option[];
  languages: Option[];
  defaultLocale: string;
}) {
  const t = useTranslations("Reports.new");
  const { state, pending, formProps } = useFormAction(createReportAction);
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <form {...formProps} className="max-w-xl">
      <FormAlert state={state} />
      <TextField
        name="title"
        label={t("title")}
        hint={t("titleHint")}
        errors={errors.title}
        required
      />
      <SelectField
        name="coverage"
        label={t("scope")}
        options={coverages}
        errors={errors.coverage}
      />
      <SelectField
        name="locale"
        label={t("language")}
        hint={t("languageHint")}
        options={languages}
        defaultValue={defaultLocale}
        errors={errors.locale}
      />
      <SubmitButton variant="primary" pending={pending} pendingLabel={t("creating")}>
        {t("create")}
      </SubmitButton>
    </form>
  );
}

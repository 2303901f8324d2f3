"use client";

import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { useFormAction } from "@/components/ui/use-form-action";
import { createWiseAction, updateWiseAction } from "@/lib/wises/actions";
import {
  CategoriesSection,
  FunctionsSection,
  IdentitySection,
  RepresentativeSection,
  RevenueSection,
  WorkforceSection,
} from "./wise-form-sections";
import type { WiseFormValues } from "./wise-form-values";

type WiseFormProps = {
  countryOptions: { value: string; label: string }[];
  /** Absent: a new WISE. */
  wiseId?: string;
  values?: WiseFormValues;
};

/**
 * Registers a WISE, or edits one when `wiseId` is given. The server checks everything again;
 * on a refusal the boxes keep what was typed and each error sits under its field.
 */
export function WiseForm({ countryOptions, wiseId, values = {} }: WiseFormProps) {
  const t = useTranslations("WiseForm");
  const { state, pending, formProps } = useFormAction(wiseId ? updateWiseAction : createWiseAction);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const sectionProps = { values, errors };
  return (
    <form {...formProps} noValidate className="max-w-3xl">
      <FormAlert state={state} />
      {wiseId && <input type="hidden" name="wiseId" value={wiseId} />}
      <IdentitySection {...sectionProps} countryOptions={countryOptions} />
      <WorkforceSection {...sectionProps} />
      <CategoriesSection {...sectionProps} />
      <FunctionsSection {...sectionProps} />
      <RevenueSection {...sectionProps} />
      <RepresentativeSection {...sectionProps} />
      <SubmitButton pending={pending} pendingLabel={t("saving")}>
        {wiseId ? t("save") : t("create")}
      </SubmitButton>
    </form>
  );
}

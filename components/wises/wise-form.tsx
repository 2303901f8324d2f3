"use client";

import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/ui/button";
import { FormProblems, type SummaryField } from "@/components/ui/error-summary";
import { useFormAction } from "@/components/ui/use-form-action";
import { createWiseAction, updateWiseAction } from "@/lib/wises/actions";
import {
  FUNCTION_WEIGHT_FIELDS,
  GROUP_ERROR_FIELDS,
  NATIONAL_RULE_FIELD_NAMES,
  REVENUE_FIELDS,
  SUPPORT_NEED_CATEGORIES,
  supportNeedField,
} from "@/lib/wises/schemas";
import { NationalFactsSection } from "./national-facts-section";
import { type CheckNames, ThresholdNeedsSection, useThresholdNeeds } from "./threshold-needs";
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
  /** From `thresholdCheckNames()`. */
  checkNames: CheckNames;
  /** Absent: a new WISE. */
  wiseId?: string;
  values?: WiseFormValues;
};

/** The fields in the order the form shows them, so the error summary reads top to bottom. */
function useSummaryFields(): SummaryField[] {
  const t = useTranslations("WiseForm");
  const tRules = useTranslations("CountryRulesForm");
  const own = (names: readonly Exclude<Parameters<typeof t>[0], `categoryNames.${string}`>[]) =>
    names.map((name) => ({ name, label: t(name) }));
  return [
    ...own(["name", "legalForm", "countryCode", "region", "yearFounded", "website", "sectors"]),
    ...own(["description", "totalEmployees", "supportNeedWorkers", "supportNeedWorkingTimePct"]),
    ...NATIONAL_RULE_FIELD_NAMES.map((name) => ({ name, label: tRules(`fields.${name}`) })),
    { name: GROUP_ERROR_FIELDS.categories, label: t("categories") },
    ...SUPPORT_NEED_CATEGORIES.map((category) => ({
      name: supportNeedField(category),
      label: t(`categoryNames.${category}`),
    })),
    ...own(["integrationMode", ...FUNCTION_WEIGHT_FIELDS]),
    { name: GROUP_ERROR_FIELDS.revenue, label: t("revenue") },
    ...own([...REVENUE_FIELDS, "representativeName", "representativeRole", "representativeEmail"]),
  ];
}

/**
 * Registers a WISE, or edits one when `wiseId` is given. The server checks everything again;
 * on a refusal the boxes keep what was typed, each error sits under its field, and a summary of
 * them all at the top takes the focus.
 */
export function WiseForm({ countryOptions, checkNames, wiseId, values = {} }: WiseFormProps) {
  const t = useTranslations("WiseForm");
  const { state, pending, formProps } = useFormAction(wiseId ? updateWiseAction : createWiseAction);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const { checks, notes, onInput, input } = useThresholdNeeds(values, checkNames);
  const sectionProps = { values, errors, notes };
  const summaryFields = useSummaryFields();

  return (
    <form {...formProps} onInput={onInput} noValidate className="max-w-3xl">
      <FormProblems state={state} fields={summaryFields} />
      {wiseId && <input type="hidden" name="wiseId" value={wiseId} />}
      <IdentitySection {...sectionProps} countryOptions={countryOptions} />
      <WorkforceSection {...sectionProps} />
      <NationalFactsSection input={input} values={values} errors={errors} notes={notes} />
      <CategoriesSection {...sectionProps} />
      <FunctionsSection {...sectionProps} />
      <RevenueSection {...sectionProps} />
      <ThresholdNeedsSection checks={checks} names={checkNames} />
      <RepresentativeSection {...sectionProps} />
      <SubmitButton pending={pending} pendingLabel={t("saving")}>
        {wiseId ? t("save") : t("create")}
      </SubmitButton>
    </form>
  );
}

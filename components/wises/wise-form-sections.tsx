"use client";

import { useTranslations } from "next-intl";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import {
  FUNCTION_WEIGHT_FIELDS,
  GROUP_ERROR_FIELDS,
  type NATIONAL_RULE_FIELD_NAMES,
  REVENUE_FIELDS,
  SUPPORT_NEED_CATEGORIES,
  supportNeedField,
  type WiseField,
} from "@/lib/wises/schemas";
import { FormGroup } from "./form-group";
import type { FieldNotes } from "./threshold-needs";
import type { WiseFormValues } from "./wise-form-values";

type SectionProps = {
  values: WiseFormValues;
  errors: Record<string, string[]>;
  /** What the threshold checks still need from a field. */
  notes?: FieldNotes;
};
type Option = { value: string; label: string };

/** Fields whose label is the field's own key in the "WiseForm" catalogue. */
type LabelledField = Exclude<
  WiseField,
  `supportNeed_${string}` | (typeof NATIONAL_RULE_FIELD_NAMES)[number]
>;

// Numbers are typed as text: a decimal comma must get through, and tablets still show a keypad.
const WHOLE_NUMBER = { inputMode: "numeric", autoComplete: "off" } as const;
const PERCENT = { inputMode: "decimal", autoComplete: "off" } as const;

function useFieldProps({ values, errors, notes }: SectionProps) {
  const t = useTranslations("WiseForm");
  return (name: LabelledField) => ({
    name,
    label: t(name),
    defaultValue: values[name] ?? "",
    errors: errors[name],
    note: notes?.[name],
  });
}

export function IdentitySection({
  countryOptions,
  ...props
}: SectionProps & { countryOptions: Option[] }) {
  const t = useTranslations("WiseForm");
  const field = useFieldProps(props);
  return (
    <FormGroup id="identity" legend={t("identity")}>
      <TextField {...field("name")} required autoComplete="organization" />
      <TextField {...field("legalForm")} hint={t("legalFormHint")} />
      <SelectField
        {...field("countryCode")}
        options={[{ value: "", label: t("chooseCountry") }, ...countryOptions]}
        required
      />
      <TextField {...field("region")} />
      <TextField {...field("yearFounded")} {...WHOLE_NUMBER} maxLength={4} />
      <TextField {...field("website")} type="url" inputMode="url" autoComplete="url" />
      <TextField {...field("sectors")} hint={t("sectorsHint")} />
      <TextAreaField {...field("description")} maxLength={2000} />
    </FormGroup>
  );
}

export function WorkforceSection(props: SectionProps) {
  const t = useTranslations("WiseForm");
  const field = useFieldProps(props);
  return (
    <FormGroup id="workforce" legend={t("workforce")}>
      <TextField {...field("totalEmployees")} {...WHOLE_NUMBER} />
      <TextField
        {...field("supportNeedWorkers")}
        hint={t("supportNeedWorkersHint")}
        {...WHOLE_NUMBER}
      />
      <TextField
        {...field("supportNeedWorkingTimePct")}
        hint={t("supportNeedWorkingTimePctHint")}
        {...PERCENT}
      />
    </FormGroup>
  );
}

export function CategoriesSection({ values, errors }: SectionProps) {
  const t = useTranslations("WiseForm");
  return (
    <FormGroup
      id={GROUP_ERROR_FIELDS.categories}
      legend={t("categories")}
      hint={t("categoriesHint")}
      errors={errors[GROUP_ERROR_FIELDS.categories]}
    >
      {SUPPORT_NEED_CATEGORIES.map((category) => {
        const name = supportNeedField(category);
        return (
          <TextField
            key={category}
            name={name}
            label={t(`categoryNames.${category}`)}
            defaultValue={values[name] ?? ""}
            errors={errors[name]}
            {...WHOLE_NUMBER}
          />
        );
      })}
    </FormGroup>
  );
}

export function FunctionsSection(props: SectionProps) {
  const t = useTranslations("WiseForm");
  const field = useFieldProps(props);
  const modes = ["PERMANENT", "TRANSITIONAL", "MIXED"] as const;
  return (
    <FormGroup id="functions" legend={t("functions")} hint={t("functionsHint")}>
      <SelectField
        {...field("integrationMode")}
        options={[
          { value: "", label: t("integrationModeUnknown") },
          ...modes.map((mode) => ({ value: mode, label: t(`integrationModes.${mode}`) })),
        ]}
      />
      {FUNCTION_WEIGHT_FIELDS.map((name) => (
        <TextField key={name} {...field(name)} {...WHOLE_NUMBER} />
      ))}
    </FormGroup>
  );
}

export function RevenueSection(props: SectionProps) {
  const t = useTranslations("WiseForm");
  const field = useFieldProps(props);
  return (
    <FormGroup
      id={GROUP_ERROR_FIELDS.revenue}
      legend={t("revenue")}
      hint={t("revenueHint")}
      errors={props.errors[GROUP_ERROR_FIELDS.revenue]}
    >
      {REVENUE_FIELDS.map((name) => (
        <TextField key={name} {...field(name)} {...PERCENT} />
      ))}
    </FormGroup>
  );
}

export function RepresentativeSection(props: SectionProps) {
  const t = useTranslations("WiseForm");
  const field = useFieldProps(props);
  return (
    <FormGroup id="representative" legend={t("representative")}>
      <TextField {...field("representativeName")} autoComplete="off" />
      <TextField {...field("representativeRole")} autoComplete="off" />
      <TextField {...field("representativeEmail")} type="email" autoComplete="off" />
    </FormGroup>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { SelectField, TextField } from "@/components/ui/field";
import { rulesByFact } from "@/lib/wises/country-rules/facts";
import { LEGAL_FORM_OPTIONS, SUBDIVISION_OPTIONS } from "@/lib/wises/country-rules/options";
import { NATIONAL_RULE_FIELD_NAMES } from "@/lib/wises/schemas";
import type { ThresholdInput } from "@/lib/wises/threshold-rules";
import { FormGroup } from "./form-group";
import type { FieldNotes } from "./threshold-needs";
import type { WiseFormValues } from "./wise-form-values";

type NationalField = (typeof NATIONAL_RULE_FIELD_NAMES)[number];

const DECIMAL = { inputMode: "decimal", autoComplete: "off" } as const;
const WHOLE_NUMBER = { inputMode: "numeric", autoComplete: "off" } as const;
const FTE_OR_PERCENT = new Set<NationalField>([
  "totalFte",
  "supportNeedFte",
  "disabledFte",
  "disabledWorkingTimePct",
  "profitDistributedPct",
]);

/**
 * The facts only some countries' rules read, asked exactly where the WISE's country (and, in
 * Belgium, region) has a rule that reads them; each says which checks it serves (`notes`). It
 * follows the country chosen above as the person types. A fact no rule of the country reads is
 * not asked (and not kept: it would be checked by no one).
 */
export function NationalFactsSection({
  input,
  values,
  errors,
  notes,
}: {
  input: ThresholdInput;
  values: WiseFormValues;
  errors: Record<string, string[]>;
  notes: FieldNotes;
}) {
  const t = useTranslations("CountryRulesForm");
  const used = rulesByFact(input.countryCode, input.subdivisionCode);
  const subdivisions = SUBDIVISION_OPTIONS[input.countryCode];
  // The region decides which rules apply, so it is asked wherever a country has regional law.
  const asked = NATIONAL_RULE_FIELD_NAMES.filter(
    (field) => field in used || (field === "subdivisionCode" && subdivisions !== undefined),
  );
  if (asked.length === 0) return null;
  const common = (name: NationalField) => ({
    name,
    label: t(`fields.${name}`),
    defaultValue: values[name] ?? "",
    errors: errors[name],
    note: notes[name],
  });
  return (
    <FormGroup id="national-facts" legend={t("legend")} hint={t("hint")}>
      {asked.map((name) => {
        if (name === "legalFormCode" || name === "subdivisionCode") {
          const codes =
            (name === "legalFormCode" ? LEGAL_FORM_OPTIONS : SUBDIVISION_OPTIONS)[
              input.countryCode
            ] ?? [];
          const label = (code: string) =>
            name === "legalFormCode"
              ? t(`legalForms.${code}` as "legalForms.OTHER")
              : t(`subdivisions.${code}` as "subdivisions.BE-VLG");
          return (
            <SelectField
              key={name}
              {...common(name)}
              options={[
                { value: "", label: t("notGiven") },
                ...codes.map((code) => ({ value: code, label: label(code) })),
              ]}
            />
          );
        }
        return (
          <TextField
            key={name}
            {...common(name)}
            {...(FTE_OR_PERCENT.has(name) ? DECIMAL : WHOLE_NUMBER)}
          />
        );
      })}
    </FormGroup>
  );
}

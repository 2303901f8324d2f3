"use client";

import { useFormatter, useTranslations } from "next-intl";
import { type FormEvent, useMemo, useState } from "react";
import { focusTarget } from "@/components/ui/error-summary";
import { formDataToObject } from "@/lib/actions/form-data";
import { rulesByFact } from "@/lib/wises/country-rules/facts";
import { thresholdInputOf, type WiseField } from "@/lib/wises/schemas";
import {
  checksWaitingFor,
  checkThresholds,
  type MissingFact,
  type ThresholdCheck,
  type ThresholdRuleId,
} from "@/lib/wises/threshold-rules";
import type { WiseFormValues } from "./wise-form-values";

/** Each check's names in the reader's language, from the "Wises" catalogue (see threshold-labels.ts). */
export type CheckNames = Record<ThresholdRuleId, { name: string; short: string }>;

/** The box in which each missing fact is typed; a share of a total of 0 needs a total above 0. */
const FIELD_OF_FACT = {
  noEmployees: "totalEmployees",
  noFte: "totalFte",
  noFounders: "foundersTotal",
} as const satisfies Partial<Record<MissingFact, WiseField>>;
const fieldOfFact = (fact: MissingFact): WiseField =>
  fact in FIELD_OF_FACT ? FIELD_OF_FACT[fact as keyof typeof FIELD_OF_FACT] : (fact as WiseField);

/** Notes for the fields that a check is still waiting for, keyed by field. */
export type FieldNotes = Partial<Record<WiseField, string>>;

/**
 * The threshold checks on what is typed so far, updated as the person types (`onInput` goes on
 * the form), and under each field the checks still waiting for it. What a check needs comes
 * from the checks themselves (`checkThresholds`), the same ones the WISE's page shows.
 */
export function useThresholdNeeds(values: WiseFormValues, names: CheckNames) {
  const t = useTranslations("WiseForm");
  const tRules = useTranslations("CountryRulesForm");
  const format = useFormatter();
  const [input, setInput] = useState(() => thresholdInputOf(values));
  const checks = useMemo(() => checkThresholds(input), [input]);
  const notes: FieldNotes = {};
  // Every fact the country's rules read says which checks it serves...
  for (const [fact, rules] of Object.entries(
    rulesByFact(input.countryCode, input.subdivisionCode),
  )) {
    const list = format.list(rules.map((rule) => names[rule].short));
    notes[fact as WiseField] = tRules("serves", { checks: list });
  }
  // ...and, while a check cannot tell yet, that the check waits for it.
  for (const [fact, rules] of Object.entries(checksWaitingFor(checks)) as [
    MissingFact,
    ThresholdRuleId[],
  ][]) {
    const list = format.list(rules.map((rule) => names[rule].short));
    notes[fieldOfFact(fact)] = fact.startsWith("no")
      ? t("neededAboveZeroFor", { checks: list })
      : t("neededFor", { checks: list });
  }
  const onInput = (event: FormEvent<HTMLFormElement>) =>
    setInput(thresholdInputOf(formDataToObject(new FormData(event.currentTarget))));
  return { checks, notes, onInput, input };
}

/** The list of checks, each with the facts it still needs as links to their boxes. */
export function ThresholdNeedsSection({
  checks,
  names,
}: {
  checks: ThresholdCheck[];
  names: CheckNames;
}) {
  const t = useTranslations("WiseForm");
  const tRules = useTranslations("CountryRulesForm");
  const format = useFormatter();
  return (
    <section
      aria-labelledby="threshold-needs-heading"
      aria-describedby="threshold-needs-hint"
      className="mb-6 rounded-lg border border-slate-300 bg-white p-4"
    >
      <h2 id="threshold-needs-heading" className="text-lg font-semibold text-slate-900">
        {t("checks")}
      </h2>
      <p id="threshold-needs-hint" className="mb-3 text-sm text-slate-600">
        {t("checksHint")}
      </p>
      <ul className="space-y-1" data-testid="threshold-needs">
        {checks.map((check) => {
          const check_ = names[check.rule].name;
          if (check.outcome !== "unknown") {
            return <li key={check.rule}>{t("checkReady", { check: check_ })}</li>;
          }
          const links = check.missing.map((fact) => (
            <a
              key={fact}
              href={`#${fieldOfFact(fact)}`}
              onClick={(event) => focusTarget(event, fieldOfFact(fact))}
              className="text-teal-800 underline underline-offset-2"
            >
              {tRules(`facts.${fact}`)}
            </a>
          ));
          return (
            <li key={check.rule}>
              {t("checkNeeds", { check: check_ })} {format.list(links)}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

import { getTranslations } from "next-intl/server";
import { THRESHOLD_OUTCOMES, THRESHOLD_RULE_IDS } from "@/lib/wises/threshold-rules";
import { FilterSelect } from "./filter-form";

/** The pair of selects "which threshold check" and "with which outcome", named check and outcome. */
export async function ThresholdFilters(props: {
  check?: string;
  outcome?: string;
  labels: { check: string; anyCheck: string; outcome: string };
}) {
  const [t, tRules] = await Promise.all([
    getTranslations("Wises"),
    getTranslations("CountryRules"),
  ]);
  return (
    <>
      <FilterSelect
        id="check"
        label={props.labels.check}
        value={props.check}
        options={[
          { value: "", label: props.labels.anyCheck },
          ...THRESHOLD_RULE_IDS.map((rule) => ({
            value: rule,
            label: tRules(`rules.${rule}.name`),
          })),
        ]}
      />
      <FilterSelect
        id="outcome"
        label={props.labels.outcome}
        value={props.outcome}
        options={THRESHOLD_OUTCOMES.map((outcome) => ({
          value: outcome,
          label: t(`outcome.${outcome}`),
        }))}
      />
    </>
  );
}

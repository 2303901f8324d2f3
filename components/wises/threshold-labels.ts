import "server-only";
import { getTranslations } from "next-intl/server";
import { THRESHOLD_RULE_IDS } from "@/lib/wises/threshold-rules";
import type { CheckNames } from "./threshold-needs";

/** The checks' names for the WISE form, which gets them as props (the "CountryRules" catalogue stays on the server). */
export async function thresholdCheckNames(): Promise<CheckNames> {
  const t = await getTranslations("CountryRules");
  return Object.fromEntries(
    THRESHOLD_RULE_IDS.map((rule) => [
      rule,
      { name: t(`rules.${rule}.name`), short: t(`rules.${rule}.short`) },
    ]),
  ) as CheckNames;
}

import "server-only";
import { getTranslations } from "next-intl/server";
import { THRESHOLD_RULE_IDS } from "@/lib/wises/threshold-rules";
import type { CheckNames } from "./threshold-needs";

/** The checks' names for the WISE form, which gets them as props (the "Wises" catalogue stays on the server). */
export async function thresholdCheckNames(): Promise<CheckNames> {
  const t = await getTranslations("Wises");
  return Object.fromEntries(
    THRESHOLD_RULE_IDS.map((rule) => [
      rule,
      { name: t(`thresholds.${rule}.name`), short: t(`thresholds.${rule}.short`) },
    ]),
  ) as CheckNames;
}

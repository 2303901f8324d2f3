import type { WiseRecord } from "@/lib/wises/queries";
import { NATIONAL_RULE_FIELD_NAMES, supportNeedField, type WiseField } from "@/lib/wises/schemas";

/** What the form's boxes start with: every stored value as the text a person would type. */
export type WiseFormValues = Partial<Record<WiseField, string>>;

export function wiseFormValues(wise: WiseRecord): WiseFormValues {
  const text = (value: string | number | null) => (value === null ? "" : String(value));
  const values: WiseFormValues = {
    name: wise.name,
    legalForm: text(wise.legalForm),
    countryCode: wise.countryCode,
    region: text(wise.region),
    yearFounded: text(wise.yearFounded),
    sectors: wise.sectors.join(", "),
    website: text(wise.website),
    description: text(wise.description),
    totalEmployees: text(wise.totalEmployees),
    supportNeedWorkers: text(wise.supportNeedWorkers),
    supportNeedWorkingTimePct: text(wise.supportNeedWorkingTimePct),
    ...Object.fromEntries(NATIONAL_RULE_FIELD_NAMES.map((field) => [field, text(wise[field])])),
    integrationMode: text(wise.integrationMode),
    productionWeight: text(wise.productionWeight),
    trainingWeight: text(wise.trainingWeight),
    socialSupportWeight: text(wise.socialSupportWeight),
    placementWeight: text(wise.placementWeight),
    salesRevenuePct: text(wise.salesRevenuePct),
    publicContractsRevenuePct: text(wise.publicContractsRevenuePct),
    subsidiesRevenuePct: text(wise.subsidiesRevenuePct),
    donationsRevenuePct: text(wise.donationsRevenuePct),
    representativeName: text(wise.representativeName),
    representativeRole: text(wise.representativeRole),
    representativeEmail: text(wise.representativeEmail),
  };
  for (const { category, count } of wise.supportNeedCounts) {
    values[supportNeedField(category)] = String(count);
  }
  return values;
}

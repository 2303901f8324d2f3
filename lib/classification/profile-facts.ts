import { IntegrationMode } from "@/lib/generated/prisma/enums";

/** The facts of a profile the classification reads, named as the WISE form names them. */
export const FUNCTION_WEIGHT_FACTS = [
  "productionWeight",
  "trainingWeight",
  "socialSupportWeight",
  "placementWeight",
] as const;
export const REVENUE_FACTS = [
  "salesRevenuePct",
  "publicContractsRevenuePct",
  "subsidiesRevenuePct",
  "donationsRevenuePct",
] as const;
export const PROFILE_FACTS = [
  ...FUNCTION_WEIGHT_FACTS,
  "integrationMode",
  ...REVENUE_FACTS,
] as const;
export type ProfileFact = (typeof PROFILE_FACTS)[number];

export const INTEGRATION_MODES: readonly IntegrationMode[] = Object.values(IntegrationMode);

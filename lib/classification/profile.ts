import type { ClassificationProfile } from "./rules";

type DecimalLike = { toNumber(): number } | number | null;

type WiseProfileRow = {
  productionWeight: number | null;
  trainingWeight: number | null;
  socialSupportWeight: number | null;
  placementWeight: number | null;
  integrationMode: ClassificationProfile["integrationMode"];
  salesRevenuePct: DecimalLike;
  publicContractsRevenuePct: DecimalLike;
  subsidiesRevenuePct: DecimalLike;
  donationsRevenuePct: DecimalLike;
};

const toNumber = (value: DecimalLike) =>
  value === null ? null : typeof value === "number" ? value : value.toNumber();

/** The facts of a stored WISE that the classification rules read. */
export function classificationProfileOf(wise: WiseProfileRow): ClassificationProfile {
  return {
    productionWeight: wise.productionWeight,
    trainingWeight: wise.trainingWeight,
    socialSupportWeight: wise.socialSupportWeight,
    placementWeight: wise.placementWeight,
    integrationMode: wise.integrationMode,
    salesRevenuePct: toNumber(wise.salesRevenuePct),
    publicContractsRevenuePct: toNumber(wise.publicContractsRevenuePct),
    subsidiesRevenuePct: toNumber(wise.subsidiesRevenuePct),
    donationsRevenuePct: toNumber(wise.donationsRevenuePct),
  };
}

import type { CountryModule } from "./types";

/**
 * Social Firms UK's definition of a social firm (a network's criteria, not an act): at least 25%
 * of staff facing barriers (the workers with support needs) and at least 50% of income from
 * trade. Income from trade is sales plus public contracts (both earned by selling goods and
 * services; grants, subsidies and donations are not); both shares must be known, a missing one
 * is not counted as 0.
 */
export const GB = {
  country: "GB",
  rules: {
    UK_SOCIAL_FIRM: {
      countries: ["GB"],
      act: { name: "Social Firms UK, definition of a social firm", article: null },
      confidence: "medium",
      unverified: false,
      conditions: [
        {
          kind: "share",
          measure: "supportNeedShare",
          part: "supportNeedWorkers",
          whole: "totalEmployees",
          base: "totalEmployees",
          op: ">=",
          percent: 25,
        },
        {
          kind: "value",
          measure: "tradeShare",
          quantity: { sum: ["salesRevenuePct", "publicContractsRevenuePct"] },
          op: ">=",
          value: 50,
          unit: "percent",
        },
      ],
    },
  },
} as const satisfies CountryModule;

import { EU_MEMBER_CODES } from "@/lib/countries/catalogue";
import type { CountryModule } from "./types";

/**
 * The EU rule every member state applies: a contract may be reserved for economic operators whose
 * aim is the integration of disabled or disadvantaged persons, provided at least 30% of their
 * employees are disabled or disadvantaged. The directive says neither headcount nor FTE, nor who
 * is "disadvantaged": the registry's workers with support needs, by headcount, stand for them.
 * The same threshold is in Directive 2014/23/EU art. 24 and 2014/25/EU art. 38; the Netherlands
 * transposes it as Aanbestedingswet 2012 art. 2.82.
 */
export const EU = {
  country: "EU",
  rules: {
    EU_RESERVED_CONTRACTS: {
      countries: EU_MEMBER_CODES,
      act: { name: "Directive 2014/24/EU", article: "art. 20(1)" },
      confidence: "high",
      unverified: false,
      conditions: [
        {
          kind: "share",
          measure: "supportNeedShare",
          part: "supportNeedWorkers",
          whole: "totalEmployees",
          base: "totalEmployees",
          op: ">=",
          percent: 30,
        },
      ],
    },
  },
} as const satisfies CountryModule;

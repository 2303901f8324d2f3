import type { CountryModule } from "./types";

/**
 * Austria has no legal form for WISEs: socio-economic enterprises (SÖB) and non-profit employment
 * projects (GBP) are schemes of the public employment service with time-limited transit jobs, and
 * integrative enterprises under the Disability Employment Act (BEinstG) §11 have no quota in law.
 * Only the EU rule applies.
 */
export const AT = {
  country: "AT",
  rules: {},
  noQuantitativeRule: [{ key: "AT_NO_LEGAL_FORM" }],
} as const satisfies CountryModule;

import type { CountryModule } from "./types";

/**
 * The Netherlands has no legal form for WISEs. Reserved contracts follow the EU rule (30%), as
 * transposed by the Procurement Act 2012 art. 2.82; social-return clauses and the PSO benchmark
 * are practice, not law.
 */
export const NL = {
  country: "NL",
  rules: {},
  noQuantitativeRule: [{ key: "NL_NO_LEGAL_FORM" }],
} as const satisfies CountryModule;

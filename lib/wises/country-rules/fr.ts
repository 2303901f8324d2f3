import { fteShare } from "./build";
import type { CountryModule } from "./types";

/**
 * France.
 * - Adapted enterprise (EA), Labour Code art. L5213-13 (Law 2018-771; decree of January 2019):
 *   recognised disabled workers at least 55% of the workforce, counted in full-time equivalents.
 *   (State aid covers at most 75%: a funding ceiling, not a condition of the status.)
 * - Integration structures (SIAE, art. L5132-1 ff.) have no share: each insertion post is for an
 *   eligible person under a State agreement.
 */
export const FR = {
  country: "FR",
  rules: {
    FR_ADAPTED_ENTERPRISE: {
      countries: ["FR"],
      act: { name: "Code du travail (loi n° 2018-771)", article: "art. L5213-13" },
      confidence: "high",
      unverified: false,
      conditions: [fteShare("disabledFteShare", "disabledFte", 55)],
    },
  },
  noQuantitativeRule: [{ key: "FR_SIAE" }],
} as const satisfies CountryModule;

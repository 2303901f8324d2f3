import { headcountShare } from "./build";
import type { CountryModule } from "./types";

/**
 * Slovenia.
 * - Disability company, Act on Vocational Rehabilitation and Employment of Disabled Persons
 *   (ZZRZI, 2004): at least 40% of the employees disabled (article not checked).
 * - Social enterprise, Social Entrepreneurship Act (2011, amended 2018): the amendment abolished
 *   types A and B and with them type B's third of vulnerable workers; no current share was found.
 */
export const SI = {
  country: "SI",
  rules: {
    SI_DISABILITY_COMPANY: {
      countries: ["SI"],
      act: {
        name: "Zakon o zaposlitveni rehabilitaciji in zaposlovanju invalidov (ZZRZI)",
        article: null,
      },
      confidence: "medium",
      unverified: false,
      conditions: [headcountShare("disabledShare", "disabledWorkers", 40)],
    },
  },
  noQuantitativeRule: [{ key: "SI_SOCIAL_ENTERPRISE" }],
} as const satisfies CountryModule;

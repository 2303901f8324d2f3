import { headcountShare, oneOf, value } from "./build";
import type { CountryModule } from "./types";

/**
 * Poland.
 * - Social enterprise, Act of 5 August 2022 on the social economy, art. 5: at least 3 employees on
 *   employment contracts (or cooperative employment contracts) at least half-time, and at least
 *   30% of the employees at risk of social exclusion, each of them counted only if employed at
 *   least half-time. The registry asks for the at-risk workers at ≥ ½ FTE directly, so a worker
 *   below half-time never counts towards the 30%.
 * - Social cooperative, Act of 27 April 2006, art. 4: at least 50% of the founders at risk of
 *   exclusion (checked for social cooperatives only).
 * - Vocational activity establishment (ZAZ), Act of 27 August 1997, art. 29: at least 70% of the
 *   employees disabled.
 */
export const PL = {
  country: "PL",
  rules: {
    PL_SOCIAL_ENTERPRISE: {
      countries: ["PL"],
      act: { name: "Ustawa z dnia 5 sierpnia 2022 r. o ekonomii społecznej", article: "art. 5" },
      confidence: "medium",
      unverified: false,
      conditions: [
        value("halfTimeContractEmployees", "halfTimeContractEmployees", ">=", 3, "count"),
        headcountShare("halfTimeSupportNeedShare", "halfTimeSupportNeedWorkers", 30),
      ],
    },
    PL_SOCIAL_COOPERATIVE: {
      countries: ["PL"],
      act: {
        name: "Ustawa z dnia 27 kwietnia 2006 r. o spółdzielniach socjalnych",
        article: "art. 4",
      },
      confidence: "medium",
      unverified: false,
      conditions: [
        oneOf("legalForm", "legalFormCode", ["PL_SOCIAL_COOPERATIVE"]),
        {
          kind: "share",
          measure: "foundersAtRiskShare",
          part: "foundersAtRisk",
          whole: "foundersTotal",
          base: "foundersTotal",
          op: ">=",
          percent: 50,
        },
      ],
    },
    PL_VOCATIONAL_ACTIVITY_ESTABLISHMENT: {
      countries: ["PL"],
      act: {
        name: "Ustawa z dnia 27 sierpnia 1997 r. o rehabilitacji zawodowej i społecznej oraz zatrudnianiu osób niepełnosprawnych",
        article: "art. 29",
      },
      confidence: "medium",
      unverified: false,
      conditions: [headcountShare("disabledShare", "disabledWorkers", 70)],
    },
  },
} as const satisfies CountryModule;

import { headcountShare, value } from "./build";
import type { CountryModule } from "./types";

/**
 * Romania.
 * - Social insertion enterprise, Law 219/2015 art. 10(1)(a): at all times at least 30% of the
 *   staff from vulnerable groups, and their cumulated working time at least 30% of all staff's.
 *   Vulnerable groups are counted as the registry's workers with support needs. (The enterprise
 *   also needs the social-enterprise certificate, ≥ 90% of profit to the social aim; not checked
 *   here because the certificate, not the insertion status, carries it.)
 * - Authorised protected unit (UPA), Law 448/2006: at least 3 disabled employees, at least 30% of
 *   the staff disabled, and their working time at least 50% of all staff's (anpd.gov.ro; the
 *   article number was not checked against the consolidated text, so it is not cited).
 */
export const RO = {
  country: "RO",
  rules: {
    RO_INSERTION: {
      countries: ["RO"],
      act: {
        name: "Legea nr. 219/2015 privind economia socială",
        article: "art. 10 alin. (1) lit. a)",
      },
      confidence: "high",
      unverified: false,
      conditions: [
        headcountShare("supportNeedShare", "supportNeedWorkers", 30),
        value("workingTimeShare", "supportNeedWorkingTimePct", ">=", 30, "percent"),
      ],
    },
    RO_PROTECTED_UNIT: {
      countries: ["RO"],
      act: {
        name: "Legea nr. 448/2006 privind protecția și promovarea drepturilor persoanelor cu handicap",
        article: null,
      },
      confidence: "high",
      unverified: false,
      conditions: [
        value("disabledCount", "disabledWorkers", ">=", 3, "count"),
        headcountShare("disabledShare", "disabledWorkers", 30),
        value("disabledWorkingTimeShare", "disabledWorkingTimePct", ">=", 50, "percent"),
      ],
    },
  },
} as const satisfies CountryModule;

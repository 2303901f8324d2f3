import { headcountShare, value } from "./build";
import type { CountryModule } from "./types";

/**
 * Bulgaria, social enterprise class A, Act on Enterprises of the Social and Solidarity Economy
 * (2018) art. 7: at least 30% of the staff, and at least 3 persons, from vulnerable groups.
 * Unverified: the sources disagree on whether this employment condition is required together
 * with the profit condition (> 50% of after-tax profit to social aims, at least BGN 7,500) or is
 * an alternative to it. Searched the stored pages for art. 7 ("клас А 30 на сто", "чл. 7 ЗПССИ"):
 * a consultancy's summary lists both as required, the ministry's deputy (bnr.bg) says "or", and
 * the registry's guidance (buletin.nfri.bg) speaks of registration "variants"; the act's text
 * itself did not come up. So only the employment condition is checked, shown as unverified.
 * Class A+ (30% employed for 6 months without a break) needs dates the registry does not keep.
 */
export const BG = {
  country: "BG",
  rules: {
    BG_SOCIAL_ENTERPRISE_A: {
      countries: ["BG"],
      act: { name: "Закон за предприятията на социалната и солидарна икономика", article: "чл. 7" },
      confidence: "medium",
      unverified: true,
      conditions: [
        headcountShare("supportNeedShare", "supportNeedWorkers", 30),
        value("supportNeedCount", "supportNeedWorkers", ">=", 3, "count"),
      ],
    },
  },
} as const satisfies CountryModule;

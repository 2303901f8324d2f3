import { headcountShare, value } from "./build";
import type { CountryModule } from "./types";

/**
 * Italy.
 * - Type-B social cooperative, Law 381/1991 art. 4(2): disadvantaged persons are at least 30% of
 *   the workers, the disadvantaged left out of the denominator: disadvantaged / (workers −
 *   disadvantaged) ≥ 30%, by headcount. A cooperative whose workers are all disadvantaged meets it.
 * - Social enterprise by work integration, Legislative Decree 112/2017 art. 2(4-5): at least 30%
 *   of all workers (headcount, "per teste", as commercialistatelematico.com reports the ministry's
 *   reading); very disadvantaged workers may count for at most a third of it for 24 months after
 *   hiring (not checked: the registry does not record hiring dates).
 *   Profit: art. 3(3) allows distributing less than 50%. Searched the stored pages for the decree's
 *   art. 3 ("utili ... inferiore al cinquanta per cento", "D.Lgs 112/2017 distribuzione utili"):
 *   the decree's text came up without its art. 3, and no page stated the figure, so it stays
 *   unverified.
 */
export const IT = {
  country: "IT",
  rules: {
    IT_SOCIAL_COOP_B: {
      countries: ["IT"],
      act: { name: "Legge 8 novembre 1991, n. 381", article: "art. 4, comma 2" },
      confidence: "high",
      unverified: false,
      conditions: [
        {
          kind: "share",
          measure: "supportNeedShareOfOthers",
          part: "supportNeedWorkers",
          whole: { minus: ["totalEmployees", "supportNeedWorkers"] },
          base: "totalEmployees",
          op: ">=",
          percent: 30,
        },
      ],
    },
    IT_SOCIAL_ENTERPRISE: {
      countries: ["IT"],
      act: {
        name: "Decreto legislativo 3 luglio 2017, n. 112",
        article: "art. 2, commi 4-5; art. 3, comma 3",
      },
      confidence: "medium",
      unverified: true,
      conditions: [
        headcountShare("supportNeedShare", "supportNeedWorkers", 30),
        value("profitDistributed", "profitDistributedPct", "<", 50, "percent"),
      ],
    },
  },
} as const satisfies CountryModule;

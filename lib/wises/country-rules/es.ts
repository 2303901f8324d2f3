import { headcountShare, profitDistributedAtMost, value } from "./build";
import type { CountryModule } from "./types";

/**
 * Spain.
 * - Insertion company, Law 44/2007 art. 5(c): insertion workers at least 30% of the staff
 *   (headcount, "del total de la plantilla") in the first three years of activity and at least
 *   50% from the fourth, never fewer than 2. The year of activity is the calendar year counted
 *   from the founding year (founded this year = year 1). Art. 5(f): at least 80% of the results
 *   reinvested, so at most 20% distributed.
 * - Special employment centre (CEE), Royal Legislative Decree 1/2013 art. 43(2): at least 70% of
 *   the staff disabled.
 */
export const ES = {
  country: "ES",
  rules: {
    ES_INSERTION: {
      countries: ["ES"],
      act: {
        name: "Ley 44/2007, de 13 de diciembre, para la regulación del régimen de las empresas de inserción",
        article: "art. 5 c) y f)",
      },
      confidence: "high",
      unverified: false,
      conditions: [
        {
          kind: "cases",
          cases: [
            {
              when: { kind: "yearOfActivity", measure: "yearOfActivity", op: "<=", value: 3 },
              require: [headcountShare("supportNeedShare", "supportNeedWorkers", 30)],
            },
            {
              when: { kind: "yearOfActivity", measure: "yearOfActivity", op: ">=", value: 4 },
              require: [headcountShare("supportNeedShare", "supportNeedWorkers", 50)],
            },
          ],
        },
        value("supportNeedCount", "supportNeedWorkers", ">=", 2, "count"),
        profitDistributedAtMost(20),
      ],
    },
    ES_SPECIAL_EMPLOYMENT_CENTRE: {
      countries: ["ES"],
      act: { name: "Real Decreto Legislativo 1/2013, de 29 de noviembre", article: "art. 43.2" },
      confidence: "high",
      unverified: false,
      conditions: [headcountShare("disabledShare", "disabledWorkers", 70)],
    },
  },
} as const satisfies CountryModule;

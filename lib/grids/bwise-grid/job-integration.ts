import type { CategoryDefinition } from "../grid-definition";

/**
 * Job integration of people with support needs: the mission that makes a WISE a WISE.
 * The share of workers with support needs weighs double because the legal tests turn on it
 * (Romania's Law 219/2015, EU Directive 2014/24/EU art. 20 and Italy's B-type cooperatives all
 * ask for 30%), and social and professional integration weighs double because it is the
 * support itself. The type of support needs weighs half: it says who is employed more than how
 * well, and mostly informs the classification. Levels 4-5 of the share use the 30% threshold.
 * Percentage bands are half-open, "from 25% to under 30%" (lib/grids/percent-bands.ts).
 */
export const JOB_INTEGRATION: CategoryDefinition = {
  code: "JOB_INTEGRATION",
  criteria: [
    {
      code: "WSN_EMPLOYEE_STATUS",
      unit: "TEXT",
      weight: 1,
    },
    {
      code: "WSN_REMUNERATION",
      unit: "EUR",
      weight: 1,
    },
    {
      code: "WSN_SHARE",
      unit: "PERCENT",
      weight: 2,
    },
    {
      code: "CONTRACT_TYPE",
      unit: "PERCENT",
      weight: 1,
    },
    {
      code: "SOCIAL_PROFESSIONAL_INTEGRATION",
      unit: "TEXT",
      weight: 2,
    },
    {
      code: "LABOUR_MARKET_PLACEMENT",
      unit: "PERCENT",
      weight: 1,
    },
    {
      code: "SUPPORT_NEED_TYPES",
      unit: "TEXT",
      weight: 0.5,
    },
    {
      code: "INTEGRATION_COUNSELLORS",
      unit: "HEADCOUNT",
      weight: 1,
    },
  ],
};

import type { CategoryDefinition } from "../grid-definition";

/**
 * Supporting public policies: how much the state's instruments reach the WISE. A high level
 * means strong, stable support, not dependence; dependence shows in the entrepreneurial
 * category instead. All four weigh the same: none of them defines a WISE on its own.
 */
export const PUBLIC_POLICIES: CategoryDefinition = {
  code: "PUBLIC_POLICIES",
  criteria: [
    {
      code: "DIRECT_PUBLIC_SUPPORT",
      unit: "EUR",
      weight: 1,
    },
    {
      code: "INDIRECT_PUBLIC_SUPPORT",
      unit: "TEXT",
      weight: 1,
    },
    {
      code: "DISADVANTAGED_WORKER_SUBSIDIES",
      unit: "EUR",
      weight: 1,
    },
    {
      code: "PUBLIC_CONTRACTS_TURNOVER",
      unit: "PERCENT",
      weight: 1,
    },
  ],
};

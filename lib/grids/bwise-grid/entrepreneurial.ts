import type { CategoryDefinition } from "../grid-definition";

/**
 * Entrepreneurial characteristics: how far the WISE lives from trading like any firm.
 * Turnover weighs double because income from the market is what tells a WISE apart from a
 * sheltered workshop or a charity (Social Firms UK asks for at least 50% of income from trade).
 */
export const ENTREPRENEURIAL: CategoryDefinition = {
  code: "ENTREPRENEURIAL",
  criteria: [
    {
      code: "REVENUES",
      unit: "EUR",
      weight: 1,
    },
    {
      code: "TURNOVER",
      unit: "EUR",
      weight: 2,
    },
    {
      code: "PROFIT",
      unit: "EUR",
      weight: 1,
    },
    {
      code: "INVESTMENTS",
      unit: "EUR",
      weight: 1,
    },
    {
      code: "TECHNOLOGY",
      unit: "TEXT",
      weight: 1,
    },
    {
      code: "COMPETITORS",
      unit: "TEXT",
      weight: 1,
    },
  ],
};

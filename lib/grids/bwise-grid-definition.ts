import { ENTREPRENEURIAL } from "./bwise-grid/entrepreneurial";
import { JOB_INTEGRATION } from "./bwise-grid/job-integration";
import { PUBLIC_POLICIES } from "./bwise-grid/public-policies";
import { loadGridTexts } from "./bwise-grid/texts";
import type { GridDefinition } from "./grid-definition";

export type {
  CategoryDefinition,
  CriterionDefinition,
  GridDefinition,
  GridTexts,
  LevelDescriptors,
} from "./grid-definition";

/**
 * The default evaluation grid of the B-WISE focus groups, as plain data: three categories,
 * eighteen criteria, each anchored by five level descriptors. The wording comes from
 * bwise-grid/texts/<locale>.json, one file per language (English required); the files here
 * hold what does not depend on language: codes, units and weights.
 *
 * Weights are 1 unless a category's own file says why (turnover, share of workers with support
 * needs and social and professional integration weigh 2; type of support needs weighs 0.5).
 * Units say what a measured value is in; TEXT marks a criterion where a short fact helps
 * (e.g. "CNC machines, e-commerce") but no number would be comparable across WISEs.
 *
 * Seeded by prisma/seed-grid.ts as the version below. Any change to this content bumps the
 * version: the seed then adds the new version beside the old one, and sessions keep the version
 * they were made with (decision 0006). Version 2 made the percentage bands half-open ("from 25%
 * to under 30%", lib/grids/percent-bands.ts) and names both conditions of Romania's Law
 * 219/2015 (share of staff and share of working time). A new translation is not a change of
 * content: the seed adds its rows to the existing version (prisma/seed-grid.ts).
 */
export const BWISE_GRID: GridDefinition = {
  name: "B-WISE grid",
  version: 2,
  categories: [ENTREPRENEURIAL, PUBLIC_POLICIES, JOB_INTEGRATION],
  texts: loadGridTexts(),
};

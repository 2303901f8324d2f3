import { ENTREPRENEURIAL } from "./bwise-grid/entrepreneurial";
import { JOB_INTEGRATION } from "./bwise-grid/job-integration";
import { PUBLIC_POLICIES } from "./bwise-grid/public-policies";
import type { GridDefinition } from "./grid-definition";

export type {
  CategoryDefinition,
  CriterionDefinition,
  GridDefinition,
  LevelDescriptors,
} from "./grid-definition";

/**
 * The default evaluation grid of the B-WISE focus groups, as plain data: three categories,
 * eighteen criteria, each anchored by five level descriptors in English and Romanian.
 *
 * Weights are 1 unless a category's own file says why (turnover, share of workers with support
 * needs and social and professional integration weigh 2; type of support needs weighs 0.5).
 * Units say what a measured value is in; TEXT marks a criterion where a short fact helps
 * (e.g. "CNC machines, e-commerce") but no number would be comparable across WISEs.
 *
 * Seeded as version 1 by prisma/seed-grid.ts. Changing this file changes only new
 * installations: a grid in the database is edited through new versions, never in place.
 */
export const BWISE_GRID: GridDefinition = {
  name: "B-WISE grid",
  version: 1,
  categories: [ENTREPRENEURIAL, PUBLIC_POLICIES, JOB_INTEGRATION],
};

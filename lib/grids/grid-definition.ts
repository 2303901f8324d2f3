import type { ValueUnit } from "../generated/prisma/enums";

/** Descriptors of levels 1 to 5, weakest first. Exactly five, so that every scale is anchored. */
export type LevelDescriptors = readonly [string, string, string, string, string];

/** What a criterion is, in every language: its wording lives in GridTexts, one per language. */
export type CriterionDefinition = {
  /** Stable across grid versions, so results of different versions can be lined up. */
  code: string;
  /** The unit of the optional measured value; null where a number would mean nothing. */
  unit: ValueUnit | null;
  weight: number;
};

export type CategoryDefinition = {
  code: string;
  criteria: readonly CriterionDefinition[];
};

/** A grid's wording in one language, keyed by category and criterion code (texts/<locale>.json). */
export type GridTexts = {
  categories: Readonly<Record<string, string>>;
  criteria: Readonly<Record<string, { name: string; levels: readonly string[] }>>;
};

export type GridDefinition = {
  name: string;
  version: number;
  categories: readonly CategoryDefinition[];
  /** Wording per locale; English always, the reference and every reader's fallback. */
  texts: Readonly<Record<string, GridTexts>> & { en: GridTexts };
};

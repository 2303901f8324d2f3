import type { ValueUnit } from "../generated/prisma/enums";

/** Descriptors of levels 1 to 5, weakest first. Exactly five, so that every scale is anchored. */
export type LevelDescriptors = readonly [string, string, string, string, string];

export type CriterionDefinition = {
  /** Stable across grid versions, so results of different versions can be lined up. */
  code: string;
  nameEn: string;
  nameRo: string;
  /** The unit of the optional measured value; null where a number would mean nothing. */
  unit: ValueUnit | null;
  weight: number;
  levelsEn: LevelDescriptors;
  levelsRo: LevelDescriptors;
};

export type CategoryDefinition = {
  code: string;
  nameEn: string;
  nameRo: string;
  criteria: readonly CriterionDefinition[];
};

export type GridDefinition = {
  name: string;
  version: number;
  categories: readonly CategoryDefinition[];
};

/**
 * The content of a grid version, ordered as shown: what copying a version and exporting it in a
 * session bundle both read, so the two can never disagree on what a grid is.
 */
/** A criterion's content: its wording in every language, its unit, weight and level texts. */
export const GRID_CRITERION_CONTENT = {
  code: true,
  nameEn: true,
  nameRo: true,
  unit: true,
  weight: true,
  levelsEn: true,
  levelsRo: true,
} as const;

export const GRID_CATEGORIES_SELECT = {
  orderBy: { position: "asc" },
  select: {
    code: true,
    position: true,
    nameEn: true,
    nameRo: true,
    criteria: {
      orderBy: { position: "asc" },
      select: { position: true, ...GRID_CRITERION_CONTENT },
    },
  },
} as const;

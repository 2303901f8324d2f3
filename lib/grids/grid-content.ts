/**
 * The content of a grid version, ordered as shown: what copying a version and exporting it in a
 * session bundle both read, so the two can never disagree on what a grid is.
 */

/** A category's or criterion's name in every language it has (see localName in rules.ts). */
export const CATEGORY_TEXTS = {
  texts: { select: { locale: true, name: true }, orderBy: { locale: "asc" } },
} as const;

export const CRITERION_TEXTS = {
  texts: { select: { locale: true, name: true, levels: true }, orderBy: { locale: "asc" } },
} as const;

/** A criterion's content: its wording in every language, its unit and weight. */
export const GRID_CRITERION_CONTENT = {
  code: true,
  unit: true,
  weight: true,
  ...CRITERION_TEXTS,
} as const;

export const GRID_CATEGORIES_SELECT = {
  orderBy: { position: "asc" },
  select: {
    code: true,
    position: true,
    ...CATEGORY_TEXTS,
    criteria: {
      orderBy: { position: "asc" },
      select: { position: true, ...GRID_CRITERION_CONTENT },
    },
  },
} as const;

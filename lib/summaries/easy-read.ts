import { localName, type Worded } from "@/lib/grids/rules";
/**
 * Easy-read names the default grid's three categories in everyday words ("How the business is
 * doing") instead of the grid's terms ("Entrepreneurial characteristics"). Categories of other
 * grids, whose meaning we cannot guess, keep the grid's own name.
 */
export const PLAIN_CATEGORY_CODES = [
  "ENTREPRENEURIAL",
  "PUBLIC_POLICIES",
  "JOB_INTEGRATION",
] as const;

export type PlainCategoryCode = (typeof PLAIN_CATEGORY_CODES)[number];

export function plainCategoryCode(code: string): PlainCategoryCode | null {
  return (PLAIN_CATEGORY_CODES as readonly string[]).includes(code)
    ? (code as PlainCategoryCode)
    : null;
}

/** The category's easy-read name: the plain words for a known code, else the grid's name. */
export function easyCategoryName(
  category: Worded & { code: string },
  locale: string,
  plainName: (code: PlainCategoryCode) => string,
): string {
  const plain = plainCategoryCode(category.code);
  if (plain) return plainName(plain);
  return localName(locale, category);
}

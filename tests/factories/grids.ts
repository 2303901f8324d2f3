import { db } from "@/lib/db";

/** Five distinct descriptors, for edits that must pass validation. */
export const LEVELS = ["one", "two", "three", "four", "five"];
export const LEVELS_RO = ["unu", "doi", "trei", "patru", "cinci"];

/**
 * A grid's content without ids, to compare a copy with its source. Its own list of fields, not
 * lib/grids/grid-content's: the copy is made with that one, and a field it forgot must show here.
 */
export async function contentOf(gridId: string) {
  const categories = await db.gridCategory.findMany({
    where: { gridId },
    orderBy: { position: "asc" },
    select: {
      code: true,
      position: true,
      texts: { orderBy: { locale: "asc" }, select: { locale: true, name: true } },
      criteria: {
        orderBy: { position: "asc" },
        select: {
          code: true,
          position: true,
          unit: true,
          weight: true,
          texts: {
            orderBy: { locale: "asc" },
            select: { locale: true, name: true, levels: true },
          },
        },
      },
    },
  });
  return categories.map((c) => ({
    ...c,
    criteria: c.criteria.map((cr) => ({ ...cr, weight: cr.weight.toString() })),
  }));
}

/** Rows of the grid tables, to prove that a refusal wrote nothing. */
export async function gridCounts() {
  const [grids, categories, criteria, texts] = await Promise.all([
    db.grid.count(),
    db.gridCategory.count(),
    db.gridCriterion.count(),
    db.gridCriterionText.count(),
  ]);
  return { grids, categories, criteria, texts };
}

/** A criterion's wording in one language, or null. */
export function criterionText(criterionId: string, locale: string) {
  return db.gridCriterionText.findUnique({
    where: { criterionId_locale: { criterionId, locale } },
    select: { name: true, levels: true },
  });
}

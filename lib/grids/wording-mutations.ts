import "server-only";
import { defineCommand } from "@/lib/actions/command";
import { gridCategorySubject, gridCriterionSubject } from "@/lib/audit/subjects";
import { assertCan } from "@/lib/auth/permissions";
import { gridOfCategory, gridOfCriterion } from "./mutations";
import { SetCategoryWordingSchema, SetCriterionWordingSchema } from "./schemas";

/**
 * Translations of a grid's wording, by an admin or a partner of the language. Unlike edits of
 * the English reference text, unit or weight, a translation may be corrected on a grid that is
 * already in use: it fixes how the same level reads, not what it means, and fixing a draft
 * translation is exactly what partners are asked to do (docs/decisions/0015).
 * A field left empty falls back to English; all fields empty removes the language's row.
 */
export const setCategoryWording = defineCommand({
  schema: SetCategoryWordingSchema,
  authorize: (actor, input) => assertCan(actor, "content.correct", { locale: input.locale }),
  run: async (_actor, { categoryId, locale, name }, tx) => {
    const gridId = await gridOfCategory(tx, categoryId);
    const key = { categoryId_locale: { categoryId, locale } };
    if (name === "") {
      await tx.gridCategoryText.deleteMany({ where: { categoryId, locale } });
    } else {
      await tx.gridCategoryText.upsert({
        where: key,
        create: { categoryId, locale, name },
        update: { name },
      });
    }
    return { gridId, categoryId };
  },
  audit: {
    action: "grid.translateCategory",
    subject: gridCategorySubject,
    id: (input) => input.categoryId,
  },
});

export const setCriterionWording = defineCommand({
  schema: SetCriterionWordingSchema,
  authorize: (actor, input) => assertCan(actor, "content.correct", { locale: input.locale }),
  run: async (_actor, { criterionId, locale, name, levels }, tx) => {
    const { gridId } = await gridOfCriterion(tx, criterionId);
    if (name === "" && levels.every((level) => level === "")) {
      await tx.gridCriterionText.deleteMany({ where: { criterionId, locale } });
    } else {
      await tx.gridCriterionText.upsert({
        where: { criterionId_locale: { criterionId, locale } },
        create: { criterionId, locale, name, levels },
        update: { name, levels },
      });
    }
    return { gridId, criterionId };
  },
  audit: {
    action: "grid.translateCriterion",
    subject: gridCriterionSubject,
    id: (input) => input.criterionId,
  },
});

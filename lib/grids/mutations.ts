import "server-only";
import { defineCommand } from "@/lib/actions/command";
import { DomainError } from "@/lib/actions/result";
import { gridCategorySubject, gridCriterionSubject, gridSubject } from "@/lib/audit/subjects";
import { assertCan } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/db";
import { GRID_CATEGORIES_SELECT } from "./grid-content";
import { FALLBACK_LOCALE, gridLockReason, nextGridVersion } from "./rules";
import {
  AddCriterionSchema,
  CreateGridVersionSchema,
  RemoveCriterionSchema,
  UpdateCategorySchema,
  UpdateCriterionSchema,
} from "./schemas";

type Tx = Prisma.TransactionClient;

/**
 * Refuses an edit of a grid that is history (see rules.ts). The grid row is locked so that two
 * edits of one grid run one after the other; the sessions using it are share-locked so that a
 * session cannot open (and scores cannot arrive) between this check and the edit.
 */
async function assertGridEditable(tx: Tx, gridId: string) {
  const locked = await tx.$queryRaw<
    { id: string }[]
  >`SELECT id FROM "Grid" WHERE id = ${gridId} FOR UPDATE`;
  if (locked.length === 0) throw new DomainError(404, "gridVersionNotFound");
  const sessions = await tx.$queryRaw<{ status: string }[]>`
    SELECT status::text AS status FROM "FocusGroupSession" WHERE "gridId" = ${gridId} FOR SHARE`;
  const scoreCount = await tx.score.count({ where: { criterion: { category: { gridId } } } });
  const reason = gridLockReason({
    scoreCount,
    nonDraftSessionCount: sessions.filter((s) => s.status !== "DRAFT").length,
  });
  if (reason) throw new DomainError(409, reason);
}

export async function gridOfCriterion(tx: Tx, criterionId: string) {
  const criterion = await tx.gridCriterion.findUnique({
    where: { id: criterionId },
    select: { categoryId: true, code: true, category: { select: { gridId: true } } },
  });
  if (!criterion) throw new DomainError(404, "gridCriterionNotFound");
  return {
    gridId: criterion.category.gridId,
    categoryId: criterion.categoryId,
    code: criterion.code,
  };
}

export async function gridOfCategory(tx: Tx, categoryId: string) {
  const category = await tx.gridCategory.findUnique({
    where: { id: categoryId },
    select: { gridId: true },
  });
  if (!category) throw new DomainError(404, "gridCategoryNotFound");
  return category.gridId;
}

const authorize = (actor: Parameters<typeof assertCan>[0]) => assertCan(actor, "grid.manage");

/**
 * Copies a grid into version N+1 of the same name, N being the highest version so far (so
 * copying an old version never collides with a newer one). The copy is unused, so editable.
 */
export const createGridVersion = defineCommand({
  schema: CreateGridVersionSchema,
  authorize,
  run: async (actor, input, tx) => {
    const source = await tx.grid.findUnique({
      where: { id: input.gridId },
      select: {
        name: true,
        categories: GRID_CATEGORIES_SELECT,
      },
    });
    if (!source) throw new DomainError(404, "gridVersionNotFound");
    // Locking every version of the name makes two simultaneous copies take turns.
    const versions = await tx.$queryRaw<{ version: number }[]>`
        SELECT version FROM "Grid" WHERE name = ${source.name} FOR UPDATE`;
    const version = nextGridVersion(versions.map((row) => row.version));
    const grid = await tx.grid.create({
      data: {
        name: source.name,
        version,
        basedOnId: input.gridId,
        createdById: actor.id,
        categories: {
          create: source.categories.map(({ criteria, texts, ...category }) => ({
            ...category,
            texts: { create: texts },
            criteria: {
              create: criteria.map(({ texts: wording, ...criterion }) => ({
                ...criterion,
                texts: { create: wording },
              })),
            },
          })),
        },
      },
      select: { id: true },
    });
    return { gridId: grid.id, version };
  },
  audit: {
    action: "grid.createVersion",
    subject: gridSubject,
    createdId: (_, result) => result.gridId,
  },
});

export const updateCriterion = defineCommand({
  schema: UpdateCriterionSchema,
  authorize,
  run: async (_actor, { criterionId, name, levels, ...fields }, tx) => {
    const { gridId } = await gridOfCriterion(tx, criterionId);
    await assertGridEditable(tx, gridId);
    await tx.gridCriterion.update({ where: { id: criterionId }, data: fields });
    await tx.gridCriterionText.upsert({
      where: { criterionId_locale: { criterionId, locale: FALLBACK_LOCALE } },
      create: { criterionId, locale: FALLBACK_LOCALE, name, levels },
      update: { name, levels },
    });
    return { gridId, criterionId };
  },
  audit: {
    action: "grid.updateCriterion",
    subject: gridCriterionSubject,
    id: (input) => input.criterionId,
  },
});

export const addCriterion = defineCommand({
  schema: AddCriterionSchema,
  authorize,
  run: async (_actor, { categoryId, name, levels, ...fields }, tx) => {
    const gridId = await gridOfCategory(tx, categoryId);
    await assertGridEditable(tx, gridId);
    // Codes line results up across versions, so they are unique in the whole grid.
    const taken = await tx.gridCriterion.count({
      where: { code: fields.code, category: { gridId } },
    });
    if (taken > 0) throw new DomainError(409, "gridCriterionCodeTaken", "code");
    const last = await tx.gridCriterion.aggregate({
      where: { categoryId },
      _max: { position: true },
    });
    const criterion = await tx.gridCriterion.create({
      data: {
        ...fields,
        categoryId,
        position: (last._max.position ?? 0) + 1,
        texts: { create: { locale: FALLBACK_LOCALE, name, levels } },
      },
      select: { id: true },
    });
    return { gridId, criterionId: criterion.id };
  },
  audit: {
    action: "grid.addCriterion",
    subject: gridCriterionSubject,
    createdId: (_, result) => result.criterionId,
  },
});

/** A category keeps at least one criterion: an empty one could never be scored. */
export const removeCriterion = defineCommand({
  schema: RemoveCriterionSchema,
  authorize,
  run: async (_actor, input, tx) => {
    const { gridId, categoryId } = await gridOfCriterion(tx, input.criterionId);
    await assertGridEditable(tx, gridId);
    if ((await tx.gridCriterion.count({ where: { categoryId } })) <= 1) {
      throw new DomainError(409, "gridLastCriterion");
    }
    await tx.gridCriterion.delete({ where: { id: input.criterionId } });
    return { gridId };
  },
  // The criterion as it was, read before the deletion: the entry keeps its code and names.
  audit: {
    action: "grid.removeCriterion",
    subject: gridCriterionSubject,
    id: (input) => input.criterionId,
  },
});

export const updateCategory = defineCommand({
  schema: UpdateCategorySchema,
  authorize,
  run: async (_actor, { categoryId, name }, tx) => {
    const gridId = await gridOfCategory(tx, categoryId);
    await assertGridEditable(tx, gridId);
    await tx.gridCategoryText.upsert({
      where: { categoryId_locale: { categoryId, locale: FALLBACK_LOCALE } },
      create: { categoryId, locale: FALLBACK_LOCALE, name },
      update: { name },
    });
    return { gridId, categoryId };
  },
  audit: {
    action: "grid.updateCategory",
    subject: gridCategorySubject,
    id: (input) => input.categoryId,
  },
});

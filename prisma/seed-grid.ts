/**
 * The default evaluation grid for a fresh installation. Kept apart from seed.ts so that the
 * demo accounts and the grid can be seeded (and tested) independently.
 */
import type { PrismaClient } from "../lib/generated/prisma/client";
import { BWISE_GRID, type GridDefinition } from "../lib/grids/bwise-grid-definition";

/** One wording row per language the definition has, for a category and for a criterion. */
function categoryTexts(definition: GridDefinition, code: string) {
  return Object.entries(definition.texts).flatMap(([locale, texts]) =>
    texts.categories[code] ? [{ locale, name: texts.categories[code] }] : [],
  );
}

function criterionTexts(definition: GridDefinition, code: string) {
  return Object.entries(definition.texts).flatMap(([locale, texts]) => {
    const wording = texts.criteria[code];
    return wording ? [{ locale, name: wording.name, levels: [...wording.levels] }] : [];
  });
}

function createData(definition: GridDefinition) {
  return {
    name: definition.name,
    version: definition.version,
    categories: {
      create: definition.categories.map((category, categoryIndex) => ({
        code: category.code,
        position: categoryIndex + 1,
        texts: { create: categoryTexts(definition, category.code) },
        criteria: {
          create: category.criteria.map((criterion, criterionIndex) => ({
            code: criterion.code,
            position: criterionIndex + 1,
            unit: criterion.unit,
            weight: criterion.weight,
            texts: { create: criterionTexts(definition, criterion.code) },
          })),
        },
      })),
    },
  };
}

/**
 * Adds the languages translated since the version was seeded. Existing rows are left alone:
 * they may hold a partner's corrections, which the files do not know about.
 */
async function addNewTranslations(prisma: PrismaClient, gridId: string) {
  const categories = await prisma.gridCategory.findMany({
    where: { gridId },
    select: { id: true, code: true, criteria: { select: { id: true, code: true } } },
  });
  await prisma.gridCategoryText.createMany({
    data: categories.flatMap((category) =>
      categoryTexts(BWISE_GRID, category.code).map((text) => ({
        ...text,
        categoryId: category.id,
      })),
    ),
    skipDuplicates: true,
  });
  await prisma.gridCriterionText.createMany({
    data: categories.flatMap((category) =>
      category.criteria.flatMap((criterion) =>
        criterionTexts(BWISE_GRID, criterion.code).map((text) => ({
          ...text,
          criterionId: criterion.id,
        })),
      ),
    ),
    skipDuplicates: true,
  });
}

function isUniqueViolation(error: unknown): boolean {
  return (
    typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002"
  );
}

/**
 * Creates "B-WISE grid" at its current version (BWISE_GRID.version) unless it exists, and returns
 * its id. An existing grid keeps its content: once scored it is history. New wording is a new
 * version: older versions stay in the database for the sessions that use them. Only languages
 * it lacks are added to it, as a translation changes no meaning.
 */
export async function ensureDefaultGrid(prisma: PrismaClient): Promise<string> {
  const where = { name_version: { name: BWISE_GRID.name, version: BWISE_GRID.version } };
  const existing = await prisma.grid.findUnique({ where, select: { id: true, basedOnId: true } });
  if (existing?.basedOnId) {
    // An admin's copy already took this number: say so rather than pass it off as the default.
    console.warn(
      `${BWISE_GRID.name} version ${BWISE_GRID.version} is an admin's copy, not the default wording; the default was not seeded.`,
    );
    return existing.id;
  }
  if (existing) {
    await addNewTranslations(prisma, existing.id);
    return existing.id;
  }
  try {
    const created = await prisma.grid.create({
      data: createData(BWISE_GRID),
      select: { id: true },
    });
    return created.id;
  } catch (error) {
    // Two seeders at once (dev server and tests): the other one won, which is just as good.
    if (!isUniqueViolation(error)) throw error;
    return (await prisma.grid.findUniqueOrThrow({ where, select: { id: true } })).id;
  }
}

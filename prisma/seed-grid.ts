/**
 * The default evaluation grid for a fresh installation. Kept apart from seed.ts so that the
 * demo accounts and the grid can be seeded (and tested) independently.
 */
import type { PrismaClient } from "../lib/generated/prisma/client";
import { BWISE_GRID, type GridDefinition } from "../lib/grids/bwise-grid-definition";

function createData(definition: GridDefinition) {
  return {
    name: definition.name,
    version: definition.version,
    categories: {
      create: definition.categories.map((category, categoryIndex) => ({
        code: category.code,
        position: categoryIndex + 1,
        nameEn: category.nameEn,
        nameRo: category.nameRo,
        criteria: {
          create: category.criteria.map((criterion, criterionIndex) => ({
            code: criterion.code,
            position: criterionIndex + 1,
            nameEn: criterion.nameEn,
            nameRo: criterion.nameRo,
            unit: criterion.unit,
            weight: criterion.weight,
            levelsEn: [...criterion.levelsEn],
            levelsRo: [...criterion.levelsRo],
          })),
        },
      })),
    },
  };
}

function isUniqueViolation(error: unknown): boolean {
  return (
    typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002"
  );
}

/**
 * Creates "B-WISE grid" at its current version (BWISE_GRID.version) unless it exists, and returns
 * its id. An existing grid is returned as it is, never updated: once scored it is history. New
 * wording is a new version: older versions stay in the database for the sessions that use them.
 */
export async function ensureDefaultGrid(prisma: PrismaClient): Promise<string> {
  const where = { name_version: { name: BWISE_GRID.name, version: BWISE_GRID.version } };
  const existing = await prisma.grid.findUnique({ where, select: { id: true, basedOnId: true } });
  if (existing?.basedOnId) {
    // An admin's copy already took this number: say so rather than pass it off as the default.
    console.warn(
      `${BWISE_GRID.name} version ${BWISE_GRID.version} is an admin's copy, not the default wording; the default was not seeded.`,
    );
  }
  if (existing) return existing.id;
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

import "server-only";
import { type Actor, assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { CATEGORY_TEXTS, GRID_CRITERION_CONTENT } from "./grid-content";
import { gridLockReason } from "./rules";

/** How much a grid is used; decides whether it may still be edited in place. */
export async function getGridUsage(gridId: string) {
  const [scoreCount, nonDraftSessionCount, sessionCount] = await Promise.all([
    db.score.count({ where: { criterion: { category: { gridId } } } }),
    db.focusGroupSession.count({ where: { gridId, status: { not: "DRAFT" } } }),
    db.focusGroupSession.count({ where: { gridId } }),
  ]);
  return {
    scoreCount,
    nonDraftSessionCount,
    sessionCount,
    lockReason: gridLockReason({ scoreCount, nonDraftSessionCount }),
  };
}

/** Every grid version, newest first within each name, with what uses it. */
export async function listGrids(actor: Actor) {
  assertCan(actor, "grid.read");
  const grids = await db.grid.findMany({
    orderBy: [{ name: "asc" }, { version: "desc" }],
    select: {
      id: true,
      name: true,
      version: true,
      createdAt: true,
      basedOn: { select: { version: true } },
      categories: { select: { _count: { select: { criteria: true } } } },
    },
  });
  return Promise.all(
    grids.map(async ({ categories, ...grid }) => ({
      ...grid,
      criterionCount: categories.reduce((sum, category) => sum + category._count.criteria, 0),
      usage: await getGridUsage(grid.id),
    })),
  );
}

/** One grid in full (weights as plain numbers, ready for client components), or null. */
export async function getGrid(actor: Actor, gridId: string) {
  assertCan(actor, "grid.read");
  const grid = await db.grid.findUnique({
    where: { id: gridId },
    select: {
      id: true,
      name: true,
      version: true,
      createdAt: true,
      basedOn: { select: { id: true, version: true } },
      categories: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          code: true,
          ...CATEGORY_TEXTS,
          criteria: {
            orderBy: { position: "asc" },
            select: { id: true, ...GRID_CRITERION_CONTENT },
          },
        },
      },
    },
  });
  if (!grid) return null;
  const [usage, versions] = await Promise.all([
    getGridUsage(gridId),
    db.grid.findMany({
      where: { name: grid.name },
      orderBy: { version: "desc" },
      select: { id: true, version: true },
    }),
  ]);
  return {
    ...grid,
    categories: grid.categories.map((category) => ({
      ...category,
      criteria: category.criteria.map((criterion) => ({
        ...criterion,
        weight: criterion.weight.toNumber(),
      })),
    })),
    usage,
    versions,
  };
}

export type GridDetail = NonNullable<Awaited<ReturnType<typeof getGrid>>>;
export type GridCriterionDetail = GridDetail["categories"][number]["criteria"][number];

/** The newest version of each grid name, e.g. to preselect a grid for a new session. */
export async function getLatestGridId(name: string): Promise<string | null> {
  const grid = await db.grid.findFirst({
    where: { name },
    orderBy: { version: "desc" },
    select: { id: true },
  });
  return grid?.id ?? null;
}

/** The most recently made grid version, the one a partner's corrections are most likely for. */
export async function getNewestGridId(): Promise<string | null> {
  const grid = await db.grid.findFirst({ orderBy: { createdAt: "desc" }, select: { id: true } });
  return grid?.id ?? null;
}

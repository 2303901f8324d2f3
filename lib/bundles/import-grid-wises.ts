import "server-only";
import { DomainError } from "@/lib/actions/result";
import type { Prisma } from "@/lib/db";
import { GRID_CATEGORIES_SELECT } from "@/lib/grids/grid-content";
import { gridFingerprint, placeholderRaterEmail } from "./rules";
import type { Bundle, BundleGrid } from "./schemas";

/**
 * Steps of a bundle import that find or create what a session stands on: its grid, its WISEs,
 * its raters. Each runs inside the import's transaction (the `tx` passed in).
 */
type Tx = Prisma.TransactionClient;

/** The grid's content as a bundle carries it (lib/grids/grid-content), plus criterion ids. */
const GRID_CONTENT = {
  categories: {
    ...GRID_CATEGORIES_SELECT,
    select: {
      ...GRID_CATEGORIES_SELECT.select,
      criteria: {
        ...GRID_CATEGORIES_SELECT.select.criteria,
        select: { id: true, ...GRID_CATEGORIES_SELECT.select.criteria.select },
      },
    },
  },
} as const satisfies Prisma.GridSelect;

type StoredGrid = Prisma.GridGetPayload<{ select: typeof GRID_CONTENT & { id: true } }>;

function asBundleGrid(name: string, version: number, grid: StoredGrid): BundleGrid {
  return {
    name,
    version,
    categories: grid.categories.map((category) => ({
      ...category,
      criteria: category.criteria.map(({ id: _id, ...c }) => ({
        ...c,
        weight: c.weight.toNumber(),
      })),
    })),
  };
}

/**
 * The grid version the bundle was scored on, matched by name and version. A grid of that name
 * and version with other content is refused: scores would silently change meaning.
 * Returns criterion ids keyed by `categoryCode/criterionCode`, and whether the version is new here.
 */
export async function findOrCreateGrid(tx: Tx, actorId: string, grid: BundleGrid) {
  const select = { id: true, ...GRID_CONTENT };
  let stored: StoredGrid | null = await tx.grid.findUnique({
    where: { name_version: { name: grid.name, version: grid.version } },
    select,
  });
  const created = stored === null;
  if (stored) {
    const local = asBundleGrid(grid.name, grid.version, stored);
    if (gridFingerprint(local) !== gridFingerprint(grid)) {
      throw new DomainError(409, "bundleGridConflict");
    }
  } else {
    stored = await tx.grid.create({
      data: {
        name: grid.name,
        version: grid.version,
        createdById: actorId,
        categories: {
          create: grid.categories.map(({ criteria, texts, ...category }) => ({
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
      select,
    });
  }
  return {
    gridId: stored.id,
    created,
    criterionIds: new Map(
      stored.categories.flatMap((category) =>
        category.criteria.map((c) => [`${category.code}/${c.code}`, c.id] as const),
      ),
    ),
  };
}

/** Countries are reference data here: a bundle naming an unknown one is refused. */
export async function assertCountriesKnown(tx: Tx, bundle: Bundle) {
  const codes = [
    ...new Set([bundle.session.countryCode, ...bundle.wises.map((w) => w.countryCode)]),
  ];
  const known = await tx.country.count({ where: { code: { in: codes } } });
  if (known !== codes.length) throw new DomainError(400, "bundleCountryUnknown");
}

/**
 * WISEs matched by name and country (unique in the registry). A WISE already here keeps its
 * profile: this installation's registry is the one its own users maintain. A new one gets the
 * bundle's profile; counts given as "fewer than 5" stay unknown, never a guessed number.
 * Returns WISE ids keyed by the bundle's refs.
 */
export async function findOrCreateWises(tx: Tx, actorId: string, bundle: Bundle) {
  const ids = new Map<string, string>();
  for (const { ref, position: _position, supportNeedCounts, ...profile } of bundle.wises) {
    const existing = await tx.wise.findUnique({
      where: { name_countryCode: { name: profile.name, countryCode: profile.countryCode } },
      select: { id: true },
    });
    const wise =
      existing ??
      (await tx.wise.create({
        data: {
          ...profile,
          createdById: actorId,
          supportNeedCounts: {
            create: supportNeedCounts.flatMap((entry) =>
              "count" in entry ? [{ category: entry.category, count: entry.count }] : [],
            ),
          },
        },
        select: { id: true },
      }));
    ids.set(ref, wise.id);
  }
  return ids;
}

/**
 * One inactive PARTICIPANT account per pseudonym, found again by its deterministic e-mail. They
 * cannot sign in (no password, inactive): they exist because each score needs a rater.
 * Returns user ids keyed by pseudonym.
 */
export async function findOrCreateRaters(tx: Tx, bundle: Bundle) {
  const emailOf = new Map(
    bundle.raters.map((pseudonym) => [
      pseudonym,
      placeholderRaterEmail(bundle.bundleKey, pseudonym),
    ]),
  );
  const emails = [...emailOf.values()];
  await tx.user.createMany({
    data: bundle.raters.map((pseudonym) => ({
      email: emailOf.get(pseudonym) as string,
      name: `${pseudonym} · ${bundle.session.title}`.slice(0, 200),
      role: "PARTICIPANT" as const,
      active: false,
      deactivatedAt: new Date(),
      countryCode: bundle.session.countryCode,
    })),
    skipDuplicates: true,
  });
  const users = await tx.user.findMany({
    where: { email: { in: emails } },
    select: { id: true, email: true },
  });
  const idOfEmail = new Map(users.map((user) => [user.email, user.id]));
  return new Map(
    bundle.raters.map((pseudonym) => [
      pseudonym,
      idOfEmail.get(emailOf.get(pseudonym) as string) as string,
    ]),
  );
}

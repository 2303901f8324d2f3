import { cp, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { applyPendingMigrations } from "@/scripts/db/apply";
import { DEFAULT_MIGRATIONS_DIR } from "@/scripts/db/paths";
import { dropDatabase, freshDatabase, query } from "../fixtures/migrations-before-rewrite/chains";

/**
 * The migration that moved grid wording from columns (nameEn, nameRo, levelsEn, levelsRo) to
 * rows per language must not lose a word: a database is built at the migration before it, filled
 * with grids whose texts use diacritics, quotes and other scripts, then migrated; every text is
 * read back from the new tables and compared with what was written.
 */
const MIGRATION = "20261206223821_grid_texts_per_language";
const DATABASE = "grid_texts_migration";
const serverUrl = inject("databaseUrl");
const folders: string[] = [];
let url = "";

/** prisma/migrations up to (not including) `before`, or all of them. */
async function migrationsUpTo(before?: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "wise-focus-grid-texts-"));
  folders.push(dir);
  for (const name of await readdir(DEFAULT_MIGRATIONS_DIR)) {
    if (before && /^\d{14}_/.test(name) && name >= before) continue;
    await cp(join(DEFAULT_MIGRATIONS_DIR, name), join(dir, name), { recursive: true });
  }
  return dir;
}

type Category = { id: string; nameEn: string; nameRo: string };
type Criterion = Category & { levelsEn: string[]; levelsRo: string[] };

const tricky = [
  "Întreprinderi sociale: ș ț ă â î, Ș Ț Ă Â Î",
  "Quotes \" and ' and a backslash \\ kept",
  "Ελληνικά και български, emoji 🙂",
  "  leading and trailing spaces kept  ",
];

/** Three grids, several categories and criteria each, every text different. */
function gridTexts() {
  const categories: (Category & { gridId: string; position: number })[] = [];
  const criteria: (Criterion & { categoryId: string; position: number })[] = [];
  for (const g of [1, 2, 3]) {
    for (const c of [1, 2, 3]) {
      const id = `g${g}-c${c}`;
      categories.push({
        id,
        gridId: `g${g}`,
        position: c,
        nameEn: `Category ${g}.${c}`,
        nameRo: `Categoria ${g}.${c}: ${tricky[(g + c) % tricky.length]}`,
      });
      for (const k of [1, 2, 3, 4]) {
        const levels = (language: string) =>
          [1, 2, 3, 4, 5].map((l) => `${language} ${id}-k${k} level ${l} ${tricky[(k + l) % 4]}`);
        criteria.push({
          id: `${id}-k${k}`,
          categoryId: id,
          position: k,
          nameEn: `Criterion ${id}-k${k}`,
          nameRo: `Criteriul ${id}-k${k} — „ghilimele” și țară`,
          levelsEn: levels("en"),
          levelsRo: levels("ro"),
        });
      }
    }
  }
  return { categories, criteria };
}

const { categories, criteria } = gridTexts();

beforeAll(async () => {
  url = await freshDatabase(serverUrl, DATABASE);
  await applyPendingMigrations(url, { migrationsDir: await migrationsUpTo(MIGRATION) });
  await query(
    url,
    `INSERT INTO "Grid" ("id", "name", "version") VALUES
    ('g1', 'Grid', 1), ('g2', 'Grid', 2), ('g3', 'Other grid', 1)`,
  );
  for (const c of categories) {
    await query(
      url,
      `INSERT INTO "GridCategory" ("id", "gridId", "code", "position", "nameEn", "nameRo")
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [c.id, c.gridId, `C${c.position}`, c.position, c.nameEn, c.nameRo],
    );
  }
  for (const k of criteria) {
    await query(
      url,
      `INSERT INTO "GridCriterion"
         ("id", "categoryId", "code", "position", "nameEn", "nameRo", "levelsEn", "levelsRo")
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        k.id,
        k.categoryId,
        `K${k.position}`,
        k.position,
        k.nameEn,
        k.nameRo,
        k.levelsEn,
        k.levelsRo,
      ],
    );
  }
  const applied = await applyPendingMigrations(url, { migrationsDir: await migrationsUpTo() });
  expect(applied).toContain(MIGRATION);
});

afterAll(async () => {
  await dropDatabase(serverUrl, DATABASE);
  await Promise.all(folders.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe("the grid texts migration", () => {
  it("keeps every category name, in English and Romanian, byte for byte", async () => {
    const rows = await query<{ categoryId: string; locale: string; name: string }>(
      url,
      `SELECT "categoryId", locale, name FROM "GridCategoryText" ORDER BY 1, 2`,
    );
    const expected = categories
      .flatMap((c) => [
        { categoryId: c.id, locale: "en", name: c.nameEn },
        { categoryId: c.id, locale: "ro", name: c.nameRo },
      ])
      .sort((a, b) => a.categoryId.localeCompare(b.categoryId) || a.locale.localeCompare(b.locale));
    expect(rows).toHaveLength(categories.length * 2);
    expect(rows).toEqual(expected);
  });

  it("keeps every criterion name and all five levels in order, in both languages", async () => {
    const rows = await query<{
      criterionId: string;
      locale: string;
      name: string;
      levels: string[];
    }>(url, `SELECT "criterionId", locale, name, levels FROM "GridCriterionText"`);
    expect(rows).toHaveLength(criteria.length * 2);
    const byKey = new Map(rows.map((row) => [`${row.criterionId}/${row.locale}`, row]));
    for (const k of criteria) {
      expect(byKey.get(`${k.id}/en`), k.id).toMatchObject({ name: k.nameEn, levels: k.levelsEn });
      expect(byKey.get(`${k.id}/ro`), k.id).toMatchObject({ name: k.nameRo, levels: k.levelsRo });
    }
  });

  it("drops the old columns, so no reader can use them by mistake", async () => {
    const columns = await query<{ column_name: string }>(
      url,
      `SELECT column_name FROM information_schema.columns
       WHERE table_name IN ('GridCategory', 'GridCriterion') AND column_name ~ '(En|Ro)$'`,
    );
    expect(columns).toEqual([]);
  });
});

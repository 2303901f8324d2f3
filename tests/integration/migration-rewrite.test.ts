import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { applyPendingMigrations } from "@/scripts/db/apply";
import {
  copyMigrations,
  dropDatabase,
  freshDatabase,
  type MigrationsChain,
  query,
  REWRITTEN_MIGRATION,
} from "../fixtures/migrations-before-rewrite/chains";

/**
 * The results rollups migration was rewritten to its final definitions after development
 * databases had applied the text it replaced (tests/fixtures/migrations-before-rewrite/). The
 * rewrite is only safe if both texts build the same database: same functions (bodies and
 * settings included), triggers, indexes, tables, columns and constraints, and the same rollups
 * backfilled from scores that existed before the migration ran.
 */

const serverUrl = inject("databaseUrl");
const chains: MigrationsChain[] = [];
let oldUrl = "";
let newUrl = "";

/** Scores on the schema as it was before the rollups: two sessions on two grids, 36 raters'
 * evaluations, every kind of answer, weights with decimals and of zero, some evaluations
 * incomplete, and a few scores on a criterion of another grid than the session's. */
const SCORES_BEFORE_ROLLUPS = `
  INSERT INTO "User" ("id", "email", "name", "role", "updatedAt")
  SELECT 'u' || i, 'u' || i || '@example.org', 'Rater ' || i, 'FACILITATOR', now()
  FROM generate_series(1, 6) i;
  INSERT INTO "Grid" ("id", "name", "version") VALUES ('g1', 'Grid', 1), ('g2', 'Grid', 2);
  INSERT INTO "GridCategory" ("id", "gridId", "code", "position", "nameEn", "nameRo")
  SELECT g || '-c' || c, g, 'C' || c, c, 'Category', 'Categorie'
  FROM unnest(ARRAY['g1', 'g2']) g, generate_series(1, 3) c;
  INSERT INTO "GridCriterion" ("id", "categoryId", "code", "position", "nameEn", "nameRo", "weight")
  SELECT gc."id" || '-k' || k, gc."id", 'K' || k, k, 'Criterion', 'Criteriu',
    (ARRAY[0, 1, 1.5, 2.25])[k]
  FROM "GridCategory" gc, generate_series(1, 4) k;
  INSERT INTO "Wise" ("id", "name", "countryCode", "updatedAt")
  SELECT 'w' || i, 'WISE ' || i, 'RO', now() FROM generate_series(1, 3) i;
  INSERT INTO "FocusGroupSession"
    ("id", "title", "startsAt", "countryCode", "gridId", "facilitatorId", "updatedAt")
  VALUES ('s1', 'One', now(), 'RO', 'g1', 'u1', now()), ('s2', 'Two', now(), 'RO', 'g2', 'u1', now());
  INSERT INTO "AgendaItem" ("id", "sessionId", "wiseId", "position")
  SELECT s || '-w' || w, s, 'w' || w, w FROM unnest(ARRAY['s1', 's2']) s, generate_series(1, 3) w;
  INSERT INTO "Evaluation" ("id", "agendaItemId", "raterId", "updatedAt")
  SELECT ai."id" || '-u' || u, ai."id", 'u' || u, now()
  FROM "AgendaItem" ai, generate_series(1, 6) u;
  INSERT INTO "Score" ("id", "evaluationId", "criterionId", "answer", "level", "updatedAt")
  SELECT e."id" || '-' || cr."id", e."id", cr."id",
    (CASE WHEN h % 7 = 0 THEN 'NOT_APPLICABLE' WHEN h % 11 = 0 THEN 'UNKNOWN' ELSE 'LEVEL' END)
      ::"ScoreAnswer",
    CASE WHEN h % 7 = 0 OR h % 11 = 0 THEN NULL ELSE 1 + h % 5 END, now()
  FROM "Evaluation" e
  JOIN "AgendaItem" ai ON ai."id" = e."agendaItemId"
  JOIN "FocusGroupSession" s ON s."id" = ai."sessionId"
  JOIN "GridCriterion" cr ON cr."categoryId" LIKE s."gridId" || '-%'
    OR (s."gridId" = 'g1' AND cr."id" = 'g2-c1-k2')
  CROSS JOIN LATERAL (SELECT abs(hashtext(e."id" || cr."id")::bigint) AS h) x
  WHERE h % 5 <> 0;
`;

/** What a database is made of, in comparable rows (object ids and owners left out). */
async function catalogue(url: string) {
  const read = (sql: string) => query(url, sql);
  return {
    functions: await read(`
      SELECT p.proname AS name, pg_get_function_identity_arguments(p.oid) AS args,
        pg_get_function_result(p.oid) AS result, l.lanname AS language,
        p.provolatile AS volatility, p.proconfig AS settings,
        CASE WHEN p.prokind IN ('f', 'p') THEN pg_get_functiondef(p.oid) END AS definition
      FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang
      WHERE p.pronamespace = 'public'::regnamespace ORDER BY 1, 2`),
    triggers: await read(`
      SELECT c.relname AS "table", t.tgname AS name, pg_get_triggerdef(t.oid) AS definition
      FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
      WHERE NOT t.tgisinternal AND c.relnamespace = 'public'::regnamespace ORDER BY 1, 2`),
    indexes: await read(`
      SELECT tablename, indexname, indexdef FROM pg_indexes
      WHERE schemaname = 'public' ORDER BY 1, 2`),
    relations: await read(`
      SELECT relname, relkind FROM pg_class
      WHERE relnamespace = 'public'::regnamespace ORDER BY 1`),
    columns: await read(`
      SELECT table_name, column_name, ordinal_position, data_type, udt_name, column_default,
        is_nullable, character_maximum_length, numeric_precision, numeric_scale
      FROM information_schema.columns WHERE table_schema = 'public' ORDER BY 1, 3`),
    constraints: await read(`
      SELECT conrelid::regclass::text AS "table", conname, contype,
        pg_get_constraintdef(oid) AS definition
      FROM pg_constraint WHERE connamespace = 'public'::regnamespace ORDER BY 1, 2`),
    enums: await read(`
      SELECT t.typname, array_agg(e.enumlabel ORDER BY e.enumsortorder) AS labels
      FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
      WHERE t.typnamespace = 'public'::regnamespace GROUP BY 1 ORDER BY 1`),
  };
}

/** The rollup tables' rows (means rounded: the same average may differ in its last bits). */
async function rollups(url: string) {
  const read = (sql: string) => query(url, sql);
  return {
    totals: await read(`SELECT * FROM "EvaluationCategoryTotal" ORDER BY 1, 2`),
    units: await read(`SELECT * FROM "UnitAnswerCount" ORDER BY 1, 2`),
    agreement: await read(`SELECT * FROM "AgreementSum" ORDER BY 1, 2, 3`),
    items: await read(`SELECT "agendaItemId", "category", round("mean"::numeric, 9) AS "mean",
      "raters" FROM "ItemScore" ORDER BY 1, 2`),
    raters: await read(`SELECT * FROM "LevelRater" ORDER BY 1, 2`),
  };
}

/** Migrates to just before the rewritten migration, adds scores, then applies the rest. */
async function migrateWithScores(name: string, rewritten: "old" | "new"): Promise<string> {
  const url = await freshDatabase(serverUrl, name);
  const before = await copyMigrations({ rewritten, before: REWRITTEN_MIGRATION });
  const all = await copyMigrations({ rewritten });
  chains.push(before, all);
  await applyPendingMigrations(url, { migrationsDir: before.dir });
  await query(url, SCORES_BEFORE_ROLLUPS);
  const applied = await applyPendingMigrations(url, { migrationsDir: all.dir });
  expect(applied).toContain(REWRITTEN_MIGRATION);
  return url;
}

beforeAll(async () => {
  oldUrl = await migrateWithScores("rewrite_old_chain", "old");
  newUrl = await migrateWithScores("rewrite_new_chain", "new");
});

afterAll(async () => {
  await dropDatabase(serverUrl, "rewrite_old_chain");
  await dropDatabase(serverUrl, "rewrite_new_chain");
  await Promise.all(chains.map((chain) => chain.remove()));
});

describe("the rewritten results rollups migration", () => {
  it("builds the same catalogue as the text it replaced", async () => {
    const [before, after] = await Promise.all([catalogue(oldUrl), catalogue(newUrl)]);
    // Each part on its own, so that a failure names what differs.
    expect(after.functions).toEqual(before.functions);
    expect(after.triggers).toEqual(before.triggers);
    expect(after.indexes).toEqual(before.indexes);
    expect(after.relations).toEqual(before.relations);
    expect(after.columns).toEqual(before.columns);
    expect(after.constraints).toEqual(before.constraints);
    expect(after.enums).toEqual(before.enums);

    // Not two empty lists that agree: what the rollups consist of is there.
    const rollupFunctions = after.functions.filter((f) => f.name.startsWith("results_rollup_"));
    expect(rollupFunctions).toHaveLength(16);
    expect(after.functions).toContainEqual(
      expect.objectContaining({
        name: "results_rollup_apply_small",
        settings: ["plan_cache_mode=force_generic_plan"],
      }),
    );
    expect(after.functions).toContainEqual(
      expect.objectContaining({
        name: "results_rollup_item_scores_bulk",
        settings: ["plan_cache_mode=force_custom_plan"],
      }),
    );
    expect(after.triggers.filter((t) => t.name.includes("results_rollup"))).toHaveLength(10);
    expect(after.columns.filter((c) => c.table_name === "AgreementSum")).toHaveLength(19);
  });

  it("backfills the same rollups from the scores that existed before it", async () => {
    const [before, after] = await Promise.all([rollups(oldUrl), rollups(newUrl)]);
    expect(after).toEqual(before);
    for (const rows of Object.values(after)) expect(rows.length).toBeGreaterThan(0);
    // Some WISEs have complete evaluations, so that their means were compared too.
    expect(after.items.some((row) => row.mean !== null)).toBe(true);
  });
});

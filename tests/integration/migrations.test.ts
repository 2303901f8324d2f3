import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { COUNTRY_CODES, EU_MEMBER_CODES } from "@/lib/countries/catalogue";
import {
  applyPendingMigrations,
  getMigrationStatus,
  MigrationFailedError,
} from "@/scripts/db/apply";
import { DEFAULT_SCHEMA_PATH } from "@/scripts/db/paths";

const databaseUrl = inject("databaseUrl");

async function query<T extends pg.QueryResultRow>(
  url: string,
  sql: string,
  params: unknown[] = [],
) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** Table names that schema.prisma declares (model names, or their @@map). */
async function schemaTables(): Promise<string[]> {
  const schema = await readFile(DEFAULT_SCHEMA_PATH, "utf8");
  return [...schema.matchAll(/^model\s+(\w+)\s*\{([\s\S]*?)^\}/gm)].map(
    ([, name, body]) => /@@map\("([^"]+)"\)/.exec(body ?? "")?.[1] ?? (name as string),
  );
}

describe("the migrated test database", () => {
  it("is the database the app code reads from its environment", async () => {
    const { serverEnv } = await import("@/lib/env");
    expect(serverEnv().databaseUrl).toBe(databaseUrl);
    expect(databaseUrl).toMatch(/^postgresql:\/\/.+@127\.0\.0\.1:\d+\/wise_focus_test$/);
  });

  it("has a table for every model in schema.prisma and no pending migration", async () => {
    const tables = await query<{ tablename: string }>(
      databaseUrl,
      "SELECT tablename FROM pg_tables WHERE schemaname = 'public'",
    );
    const names = tables.map((table) => table.tablename);
    const expected = await schemaTables();
    expect(expected.length).toBeGreaterThan(0);
    expect(names).toEqual(expect.arrayContaining([...expected, "_prisma_migrations"]));

    const status = await getMigrationStatus(databaseUrl);
    expect(status.pending).toEqual([]);
    expect(status.applied.length).toBeGreaterThan(0);
    expect(status).toMatchObject({ unknown: [], edited: [], failed: [] });
  });

  it("holds the country catalogue, with EU members flagged", async () => {
    const rows = await query<{ code: string; isEuMember: boolean }>(
      databaseUrl,
      `SELECT code, "isEuMember" FROM "Country" ORDER BY code`,
    );
    expect(rows.map((row) => row.code)).toEqual([...COUNTRY_CODES].sort());
    expect(rows.filter((row) => row.isEuMember).map((row) => row.code)).toEqual(
      [...EU_MEMBER_CODES].sort(),
    );
  });

  it("applies nothing when deployed again", async () => {
    expect(await applyPendingMigrations(databaseUrl)).toEqual([]);
  });
});

describe("a migration that fails", () => {
  const scratchUrl = databaseUrl.replace(/\/[^/]+$/, "/migrations_scratch");
  let migrationsDir = "";

  afterAll(async () => {
    await query(databaseUrl, "DROP DATABASE IF EXISTS migrations_scratch");
    if (migrationsDir) await rm(migrationsDir, { recursive: true, force: true });
  });

  it("is rolled back whole, names itself, and stops the run", async () => {
    await query(databaseUrl, "DROP DATABASE IF EXISTS migrations_scratch");
    await query(databaseUrl, "CREATE DATABASE migrations_scratch");
    migrationsDir = await mkdtemp(join(tmpdir(), "wise-focus-migrations-"));
    const write = async (name: string, sql: string) => {
      await mkdir(join(migrationsDir, name));
      await writeFile(join(migrationsDir, name, "migration.sql"), sql);
    };
    // A function body full of semicolons: the file must reach PostgreSQL as one query.
    await write(
      "20000101000000_function",
      `CREATE FUNCTION answer() RETURNS int AS $$ BEGIN RETURN 42; END; $$ LANGUAGE plpgsql;`,
    );
    await write(
      "20000101000001_breaks",
      `CREATE TABLE "Half" ("id" INTEGER PRIMARY KEY);
       INSERT INTO "Half" VALUES (1);
       INSERT INTO "Half" VALUES (1);`,
    );
    await write("20000101000002_after", `CREATE TABLE "After" ("id" INTEGER);`);

    const run = applyPendingMigrations(scratchUrl, { migrationsDir });
    await expect(run).rejects.toBeInstanceOf(MigrationFailedError);
    await expect(run).rejects.toThrow(/20000101000001_breaks[\s\S]*duplicate key value/);

    const [state] = await query<{ answer: number; half: string | null; after: string | null }>(
      scratchUrl,
      `SELECT answer() AS answer, to_regclass('"Half"')::text AS half, to_regclass('"After"')::text AS after`,
    );
    expect(state).toEqual({ answer: 42, half: null, after: null });
    const status = await getMigrationStatus(scratchUrl, migrationsDir);
    expect(status.applied).toEqual(["20000101000000_function"]);
    expect(status.pending).toEqual(["20000101000001_breaks", "20000101000002_after"]);
    expect(status.failed).toEqual([]);
  });
});

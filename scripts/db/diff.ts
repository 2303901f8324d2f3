import { readFile } from "node:fs/promises";
import { dirname } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { migrationDirectoryName } from "./migration-names";
import { type LocalMigration, readMigrations, writeMigration } from "./migrations-dir";
import { DEFAULT_MIGRATIONS_DIR, DEFAULT_SCHEMA_PATH, displayPath } from "./paths";
import { NO_FILTERS, openSchemaEngine } from "./schema-engine";

export type MigrationPaths = { schemaPath?: string; migrationsDir?: string };

export type SchemaDiff = {
  /** The SQL that would bring the migrated database to schema.prisma, or null when they agree. */
  sql: string | null;
  migrations: LocalMigration[];
};

/**
 * Replays every migration into a throwaway in-memory PostgreSQL (PGlite) and asks Prisma's schema
 * engine what SQL would take that database to schema.prisma. No real database is involved.
 */
export async function diffMigrationsAgainstSchema(paths: MigrationPaths = {}): Promise<SchemaDiff> {
  const schemaPath = paths.schemaPath ?? DEFAULT_SCHEMA_PATH;
  const migrations = await readMigrations(paths.migrationsDir ?? DEFAULT_MIGRATIONS_DIR);
  const schema = { path: schemaPath, content: await readFile(schemaPath, "utf8") };
  // The extensions our migrations create (PostgreSQL ships them as contrib modules).
  const shadow = new PGlite({ extensions: { unaccent } });
  try {
    for (const migration of migrations) {
      try {
        await shadow.exec(migration.sql);
      } catch (error) {
        throw new Error(
          `Migration ${migration.name} fails on an empty database: ${(error as Error).message}`,
        );
      }
    }
    const engine = await openSchemaEngine(schema, new PrismaPGlite(shadow));
    try {
      const result = await engine.diff({
        from: { tag: "schemaDatasource", files: [schema], configDir: dirname(schemaPath) },
        to: { tag: "schemaDatamodel", files: [schema] },
        script: true,
        exitCode: true,
        filters: NO_FILTERS,
      });
      // exitCode 2 means "the diff is not empty"; 0 means the two sides agree.
      return { sql: result.exitCode === 2 ? (result.stdout ?? "") : null, migrations };
    } finally {
      engine.free();
    }
  } finally {
    await shadow.close();
  }
}

/**
 * Writes `prisma/migrations/<timestamp>_<name>/migration.sql` with the SQL that schema.prisma
 * needs on top of the existing migrations. Returns the new folder, or null when nothing changed.
 */
export async function createMigration(
  name: string,
  paths: MigrationPaths = {},
  now: Date = new Date(),
): Promise<string | null> {
  const directoryName = migrationDirectoryName(name, now);
  const { sql } = await diffMigrationsAgainstSchema(paths);
  if (sql === null) return null;
  return writeMigration(paths.migrationsDir ?? DEFAULT_MIGRATIONS_DIR, directoryName, sql);
}

/** Throws, with the missing SQL in the message, when schema.prisma and the migrations disagree. */
export async function checkMigrations(paths: MigrationPaths = {}): Promise<number> {
  const { sql, migrations } = await diffMigrationsAgainstSchema(paths);
  if (sql !== null) {
    const schemaPath = displayPath(paths.schemaPath ?? DEFAULT_SCHEMA_PATH);
    throw new Error(
      [
        `${schemaPath} and the migrations disagree. A new migration would need:`,
        "",
        sql.trim(),
        "",
        "Run `npm run db:migrate:create -- <name>` and commit the new folder.",
      ].join("\n"),
    );
  }
  return migrations.length;
}

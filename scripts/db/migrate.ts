/**
 * Migrations without Prisma's native schema engine (it cannot be downloaded here):
 *
 *   tsx scripts/db/migrate.ts create <name>   new migration from the schema.prisma diff
 *   tsx scripts/db/migrate.ts check           fail if schema.prisma and migrations disagree
 *   tsx scripts/db/migrate.ts deploy          apply pending migrations to the database
 *   tsx scripts/db/migrate.ts status          list applied and pending migrations
 *
 * Options: --schema <file> and --migrations <dir> (defaults: prisma/schema.prisma and
 * prisma/migrations). deploy and status use DIRECT_DATABASE_URL, else DATABASE_URL, else the
 * embedded dev database in .data/postgres.
 */
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { applyPendingMigrations, getMigrationStatus } from "./apply";
import { checkMigrations, createMigration } from "./diff";
import { ensureDatabase } from "./embedded-postgres";
import { DEFAULT_MIGRATIONS_DIR, displayPath as display, ROOT_DIR } from "./paths";
import { assertPinnedPrismaVersions } from "./versions";

export {
  applyPendingMigrations,
  getMigrationStatus,
  MigrationFailedError,
  type MigrationStatus,
} from "./apply";
export { checkMigrations, createMigration, diffMigrationsAgainstSchema } from "./diff";

const USAGE =
  "Usage: migrate.ts <create <name> | check | deploy | status> [--schema file] [--migrations dir]";

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { schema: { type: "string" }, migrations: { type: "string" } },
  });
  const [command, ...rest] = positionals;
  const paths = {
    schemaPath: values.schema ? resolve(values.schema) : undefined,
    migrationsDir: values.migrations ? resolve(values.migrations) : undefined,
  };
  const migrationsDir = paths.migrationsDir ?? DEFAULT_MIGRATIONS_DIR;
  // Every command: a client out of step with the engine breaks the app, not only migrations.
  assertPinnedPrismaVersions();
  switch (command) {
    case "create": {
      if (rest.length !== 1)
        throw new Error(`${USAGE}\ncreate needs one name, e.g. \`create add_scores\`.`);
      const created = await createMigration(rest[0] as string, paths);
      console.log(
        created
          ? `Created ${display(created)}/migration.sql. Review it, then commit it.`
          : "No changes: the migrations already match schema.prisma.",
      );
      return 0;
    }
    case "check": {
      const count = await checkMigrations(paths);
      console.log(`schema.prisma matches the ${count} migration(s).`);
      return 0;
    }
    case "deploy":
      return withDatabase(async (url) => {
        const applied = await applyPendingMigrations(url, { migrationsDir, log: console.log });
        console.log(
          applied.length === 0
            ? "No pending migrations."
            : `Applied ${applied.length} migration(s).`,
        );
        return 0;
      });
    case "status":
      return withDatabase(async (url) => {
        const status = await getMigrationStatus(url, migrationsDir);
        for (const name of status.applied) console.log(`applied  ${name}`);
        for (const name of status.pending) console.log(`pending  ${name}`);
        for (const name of status.unknown)
          console.log(`unknown  ${name} (in the database, not in ${display(migrationsDir)})`);
        for (const name of status.edited)
          console.log(`edited   ${name} (changed after it was applied)`);
        for (const name of status.failed)
          console.log(`failed   ${name} (recorded as failed by Prisma)`);
        const upToDate =
          status.pending.length === 0 && status.failed.length === 0 && status.unknown.length === 0;
        console.log(
          upToDate
            ? "Database is up to date."
            : `${status.pending.length} pending, ${status.unknown.length} unknown, ${status.failed.length} failed.`,
        );
        // Like `prisma migrate status`: non-zero when the database needs attention.
        return upToDate ? 0 : 1;
      });
    default:
      throw new Error(USAGE);
  }
}

async function withDatabase(work: (url: string) => Promise<number>): Promise<number> {
  // Migrations take a session-level advisory lock, which a transaction-mode pooler (PgBouncer)
  // cannot hold: behind one, DIRECT_DATABASE_URL reaches PostgreSQL itself.
  const direct = process.env.DIRECT_DATABASE_URL;
  if (direct) return work(direct);
  const database = await ensureDatabase();
  if (database.embedded)
    console.log("DATABASE_URL is not set: using the embedded database in .data/postgres.");
  try {
    return await work(database.url);
  } finally {
    await database.stop();
  }
}

const isCli =
  process.argv[1] && resolve(process.argv[1]) === resolve(ROOT_DIR, "scripts/db/migrate.ts");
if (isCli) {
  // Exit explicitly: the wasm schema engine leaves a timer running that would keep Node alive.
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}

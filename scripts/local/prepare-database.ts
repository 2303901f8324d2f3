import { seedIfEmpty } from "../../prisma/seed";
import { applyPendingMigrations } from "../db/apply";
import { acceptRewrittenMigrations } from "../db/rewritten-migrations";

/**
 * What `npm run dev` (and `npm run start:local`) do to their database before serving the app: takes note of migrations
 * rewritten since the database applied them (and stops, saying what to do, on any other
 * change), applies pending migrations, and seeds demo data into an empty database.
 */
export async function prepareDevDatabase(
  database: { url: string; embedded: boolean },
  log: (line: string) => void,
): Promise<void> {
  await acceptRewrittenMigrations(database.url, { embedded: database.embedded, log });
  const applied = await applyPendingMigrations(database.url, { log });
  if (applied.length === 0) log("migrations: up to date");
  if (await seedIfEmpty(database.url)) log("demo data seeded");
}

/**
 * Vitest global setup for the integration project: a throwaway PostgreSQL 15 in a temporary
 * folder on a free port, migrated, for the whole run; removed again at the end.
 */
import type { TestProject } from "vitest/node";
import { applyPendingMigrations } from "../../scripts/db/apply";
import { startThrowawayPostgres } from "../../scripts/db/embedded-postgres";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const database = await startThrowawayPostgres();
  try {
    await applyPendingMigrations(database.url);
  } catch (error) {
    await database.stop();
    throw error;
  }
  // Workers read it through lib/env.ts; tests/setup/integration-env.ts copies it into their env.
  project.provide("databaseUrl", database.url);
  return () => database.stop();
}

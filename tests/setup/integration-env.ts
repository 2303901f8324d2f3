// Runs in each integration worker before the test file is imported: lib/env.ts reads
// DATABASE_URL from process.env, so the throwaway database's URL is put there.
import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");

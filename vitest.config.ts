import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL("./", import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      // "@/lib/db" → <root>/lib/db, as in tsconfig.json's paths.
      "@": root,
      // `server-only` throws outside React Server Components; under test it has nothing to guard.
      "server-only": fileURLToPath(new URL("./tests/setup/server-only.ts", import.meta.url)),
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "scripts/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          // One throwaway PostgreSQL for the whole run, migrated once.
          globalSetup: ["tests/setup/integration-db.ts"],
          setupFiles: ["tests/setup/integration-env.ts"],
          // The files share that database and reset it before each test: one file at a time.
          fileParallelism: false,
          testTimeout: 20_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});

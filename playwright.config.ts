import { defineConfig, devices } from "@playwright/test";
import { cspReportFile } from "./tests/e2e/csp-violations";

/** Fixed so that it never meets `npm run dev` (3000); E2E_PORT moves it, server included. */
const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${PORT}`;

/**
 * Playwright cannot download its browsers here: Debian's Chromium (`apt-get install chromium`) is
 * the default, and CHROMIUM_PATH points elsewhere (e.g. a Playwright-installed Chromium).
 */
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export default defineConfig({
  testDir: "tests/e2e",
  testMatch: "**/*.spec.ts",
  outputDir: "test-results",
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: "list",
  // A page that breaks the Content-Security-Policy fails the run (tests/e2e/csp-violations.ts).
  globalSetup: "./tests/e2e/global-setup.ts",
  globalTeardown: "./tests/e2e/global-teardown.ts",
  // Two cores serve the app, its database and the browsers at once: allow for a slow moment
  // (an argon2 sign-in, an axe scan) without letting a stuck page hang the run.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath,
          args: [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
          ],
        },
      },
    },
  ],
  webServer: {
    // Throwaway PostgreSQL + `next start` on the build from `npm run build` (see the script).
    command: "node_modules/.bin/tsx scripts/e2e-server.ts",
    url: baseURL,
    timeout: 120_000,
    reuseExistingServer: false,
    env: { CSP_REPORT_FILE: cspReportFile() },
    stdout: "pipe",
    stderr: "pipe",
    // SIGTERM lets the script stop next and delete its database; SIGKILL after 15 s.
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
  },
});

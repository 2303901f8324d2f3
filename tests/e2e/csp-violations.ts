import { existsSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Content-Security-Policy violations of an end-to-end run. The app under test appends every
 * report the browser sends to this file (CSP_REPORT_FILE, set in playwright.config.ts); the
 * global teardown fails the run when any page logged one. A test that provokes a violation on
 * purpose marks its script with PROBE_MARKER, and only those are let through.
 */
export const PROBE_MARKER = "csp-probe";

export function cspReportFile(): string {
  return join(tmpdir(), `wise-focus-e2e-csp-${process.env.E2E_PORT ?? 3100}.jsonl`);
}

export type ReportedViolation = {
  documentUri: string;
  directive: string;
  blockedUri: string;
  sample: string;
};

export function reportedViolations(): ReportedViolation[] {
  const file = cspReportFile();
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as ReportedViolation);
}

export function clearReportedViolations(): void {
  rmSync(cspReportFile(), { force: true });
}

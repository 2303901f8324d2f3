import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Where the end-to-end server leaves the URL of its throwaway database, so that specs can make
 * their data with the test factories (tests/e2e/factories.ts). One file per port, as the port
 * tells one run from another on a shared machine.
 */
export function e2eDatabaseUrlFile(port: number): string {
  return join(tmpdir(), `wise-focus-e2e-${port}.database-url`);
}

import { existsSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { ROOT_DIR } from "./db/paths";

/**
 * What the production build is made from. A file here newer than the build means the build
 * serves older code: a benchmark would measure code that is no longer there (bench:abuse once
 * did, and reported a fix as not working), and `start:local` would serve it.
 */
const SOURCES = [
  "app",
  "components",
  "lib",
  "public",
  "proxy.ts",
  "next.config.ts",
  "package-lock.json",
  "postcss.config.mjs",
  "tsconfig.json",
];

function newestFile(path: string): { path: string; mtimeMs: number } | null {
  if (!existsSync(path)) return null;
  const stat = statSync(path);
  if (!stat.isDirectory()) return { path, mtimeMs: stat.mtimeMs };
  let newest: { path: string; mtimeMs: number } | null = null;
  for (const entry of readdirSync(path)) {
    const found = newestFile(join(path, entry));
    if (found && (!newest || found.mtimeMs > newest.mtimeMs)) newest = found;
  }
  return newest;
}

/**
 * Why the build in `distDir` must be made (again), or null when it is newer than every source:
 * "no build yet", or the source file changed since, e.g. "lib/auth/password.ts changed after it".
 */
export function whyBuild(distDir: string, root = ROOT_DIR): string | null {
  const buildId = join(root, distDir, "BUILD_ID");
  if (!existsSync(buildId)) return "no production build yet";
  const builtAt = statSync(buildId).mtimeMs;
  for (const source of SOURCES) {
    const newest = newestFile(join(root, source));
    if (newest && newest.mtimeMs > builtAt) {
      return `${relative(root, newest.path)} changed after the last build`;
    }
  }
  return null;
}

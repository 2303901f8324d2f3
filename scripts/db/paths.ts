import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root, derived from this file so that scripts work from any working directory. */
export const ROOT_DIR = fileURLToPath(new URL("../../", import.meta.url));
export const DEFAULT_SCHEMA_PATH = join(ROOT_DIR, "prisma", "schema.prisma");
export const DEFAULT_MIGRATIONS_DIR = join(ROOT_DIR, "prisma", "migrations");

/** A path for messages: relative inside the repository, absolute outside it. */
export function displayPath(path: string): string {
  const inside = relative(ROOT_DIR, path);
  return inside.startsWith("..") ? path : inside;
}

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** A catalogue as the check sees it: "Namespace.key.sub" → the message (or a non-string leaf). */
export type FlatMessages = Record<string, unknown>;

/** One file of messages: a feature file of the interface or a language's grid wording. */
export type CatalogueFile = { name: string; messages: FlatMessages };

export const MESSAGES_DIR = "lib/i18n/messages";
export const GRID_TEXTS_DIR = "lib/grids/bwise-grid/texts";

/** Nested objects and arrays (a criterion's five level texts) as dotted paths: "a.levels.0". */
export function flatten(value: unknown, prefix = "", out: FlatMessages = {}): FlatMessages {
  if (value && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      flatten(child, prefix ? `${prefix}.${key}` : key, out);
    }
  } else {
    out[prefix] = value;
  }
  return out;
}

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, "utf8"));

/** The feature files of one language folder, by file name; none when the folder is missing. */
export function readInterfaceFiles(root: string, locale: string): Map<string, FlatMessages> {
  const folder = join(root, MESSAGES_DIR, locale);
  if (!existsSync(folder)) return new Map();
  return new Map(
    readdirSync(folder)
      .filter((name) => name.endsWith(".json"))
      .sort()
      .map((name) => [name, flatten(readJson(join(folder, name)))]),
  );
}

/**
 * A language's grid wording, or null: a grid file not yet translated falls back to English in
 * the app, so its absence is a draft to report, not a broken catalogue.
 */
export function readGridTexts(root: string, locale: string): FlatMessages | null {
  const path = join(root, GRID_TEXTS_DIR, `${locale}.json`);
  return existsSync(path) ? flatten(readJson(path)) : null;
}

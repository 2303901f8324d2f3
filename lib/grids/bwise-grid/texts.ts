import { existsSync, readFileSync } from "node:fs";
import { LOCALES } from "../../i18n/locales";
import type { GridTexts } from "../grid-definition";

const TEXTS_DIR = new URL("./texts/", import.meta.url);

/** The wording file of one language, or null when no one has translated the grid into it yet. */
export function readGridTexts(locale: string): GridTexts | null {
  const file = new URL(`${locale}.json`, TEXTS_DIR);
  if (!existsSync(file)) return null;
  return JSON.parse(readFileSync(file, "utf8")) as GridTexts;
}

/**
 * The grid's wording in every language of the app whose texts/<locale>.json exists, so a
 * translator's file is picked up as soon as it is merged. English must exist: it is the
 * reference text and every reader's fallback.
 */
export function loadGridTexts(): Record<string, GridTexts> & { en: GridTexts } {
  const texts: Record<string, GridTexts> = {};
  for (const locale of LOCALES) {
    const found = readGridTexts(locale);
    if (found) texts[locale] = found;
  }
  const en = texts.en;
  if (!en) throw new Error("lib/grids/bwise-grid/texts/en.json is missing: English is required.");
  return { ...texts, en };
}

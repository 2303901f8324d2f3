import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createTranslator } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";
import { FEATURES, type Messages, mergeCatalogues } from "@/lib/i18n/messages";

/**
 * A language's messages read from the catalogues, as the app merges them: a spec expects the
 * words the catalogue holds, so it holds for today's copies of English and tomorrow's
 * translations alike.
 */
export function translator(locale: Locale) {
  const folder = join(process.cwd(), "lib/i18n/messages", locale);
  const messages = mergeCatalogues(
    FEATURES.map((feature) => JSON.parse(readFileSync(join(folder, `${feature}.json`), "utf8"))),
  ) as Messages;
  return createTranslator({ locale, messages });
}

/** A catalogue string as the start of an accessible name ("Level 3" of "Level 3: medium"). */
export const startingWith = (text: string) =>
  new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`);

import "server-only";
import compile from "icu-minify/compile";
import { listTextCorrections } from "@/lib/languages/queries";
import { withCorrections } from "@/lib/languages/rules";
import { DEFAULT_LOCALE } from "./locales";

/**
 * The catalogue of `locale` with its partners' corrections (lib/languages) in place: readers of
 * that language see the corrected texts, readers of any other language the catalogue's. English
 * is the reference and has none. A database that cannot be reached leaves the catalogue as it
 * is: a page in the catalogue's words beats no page (the live phones must keep working).
 */
export async function applyMessageOverrides<M extends Record<string, unknown>>(
  messages: M,
  locale: string,
): Promise<M> {
  if (locale === DEFAULT_LOCALE) return messages;
  try {
    // A compiled catalogue (production build) gets the correction compiled alike; a catalogue
    // of ICU text (tests, scripts) gets the text.
    return withCorrections(messages, await listTextCorrections(locale), (text, original) =>
      Array.isArray(original) ? compile(text) : text,
    );
  } catch (error) {
    console.error("Could not read the text corrections; showing the catalogue:", error);
    return messages;
  }
}

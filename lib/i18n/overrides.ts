import "server-only";
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
    return withCorrections(messages, await listTextCorrections(locale));
  } catch (error) {
    console.error("Could not read the text corrections; showing the catalogue:", error);
    return messages;
  }
}

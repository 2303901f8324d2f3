import type { FlatMessages } from "./catalogue-files";
import { parseMessage, requiredPluralCategories } from "./icu";
import type { Problem } from "./problems";

/**
 * One language's file against English's: the same keys, every message parses as ICU, asks for
 * the same arguments and tags, and writes out every plural category the language needs.
 *
 * A message identical to English is untranslated (the draft report counts it): it keeps
 * English's plural forms, which read correctly in English, so only translated messages are held
 * to the language's categories. English itself is held to English's.
 */
export function compareWithEnglish(
  locale: string,
  file: string,
  english: FlatMessages,
  translated: FlatMessages,
): Problem[] {
  const problems: Problem[] = [];
  const where = (key: string) => `${locale}/${file} ${key}`;
  for (const key of Object.keys(english)) {
    if (!(key in translated)) problems.push({ kind: "missing key", where: where(key) });
  }
  for (const key of Object.keys(translated)) {
    if (!(key in english)) problems.push({ kind: "extra key", where: where(key) });
  }
  const needed = requiredPluralCategories(locale);
  for (const [key, source] of Object.entries(english)) {
    const message = translated[key];
    if (!(key in translated)) continue;
    if (typeof message !== "string" || typeof source !== "string") {
      if (typeof message !== typeof source) {
        problems.push({ kind: "not a message", where: where(key) });
      }
      continue;
    }
    const parsed = parseMessage(message);
    if (!parsed.ok) {
      problems.push({ kind: "does not parse", where: where(key), detail: parsed.error });
      continue;
    }
    const sourceParsed = parseMessage(source);
    if (!sourceParsed.ok) continue; // reported once, as English's own problem
    const expected = sourceParsed.shape.arguments.join(", ");
    const actual = parsed.shape.arguments.join(", ");
    if (expected !== actual) {
      problems.push({
        kind: "arguments differ",
        where: where(key),
        detail: `en [${expected}], ${locale} [${actual}]`,
      });
    }
    if (message === source && locale !== "en") continue;
    for (const plural of parsed.shape.plurals) {
      const lacking = needed.filter((category) => !plural.categories.includes(category));
      if (lacking.length > 0) {
        problems.push({
          kind: "plural category missing",
          where: where(key),
          detail: `{${plural.argument}} lacks ${lacking.join(", ")}`,
        });
      }
    }
  }
  return problems;
}

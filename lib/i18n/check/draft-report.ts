import type { TranslationStatus } from "../locales";
import type { FlatMessages } from "./catalogue-files";
import { visibleText } from "./icu";

/** How far one language is from done, for the report (never a failure by itself). */
export type DraftReport = {
  locale: string;
  status: TranslationStatus;
  messages: number;
  /** Messages still word for word English: most likely not translated yet. */
  identicalToEnglish: number;
  /** The grid wording: null when the language has no grid file (English is shown). */
  gridIdenticalToEnglish: number | null;
};

/** Keys that read the same in every language by design (a product name). */
export const SAME_IN_EVERY_LANGUAGE = new Set(["App.name"]);

/**
 * A message with no words outside its placeholders and tags ("{count}", "{name} · {role}") is
 * the same in every language, so it says nothing about whether the language is translated.
 */
export function hasWords(message: string): boolean {
  return /\p{L}{2,}/u.test(visibleText(message));
}

function countIdentical(english: FlatMessages, translated: FlatMessages): number {
  return Object.entries(english).filter(
    ([key, message]) =>
      typeof message === "string" &&
      translated[key] === message &&
      hasWords(message) &&
      !SAME_IN_EVERY_LANGUAGE.has(key),
  ).length;
}

export function draftReport(
  locale: string,
  status: TranslationStatus,
  english: Map<string, FlatMessages>,
  files: Map<string, FlatMessages>,
  englishGrid: FlatMessages | null,
  grid: FlatMessages | null,
): DraftReport {
  let messages = 0;
  let identicalToEnglish = 0;
  for (const [file, source] of english) {
    messages += Object.keys(source).length;
    if (locale !== "en") identicalToEnglish += countIdentical(source, files.get(file) ?? {});
  }
  const gridIdenticalToEnglish =
    locale === "en" ? 0 : grid && englishGrid ? countIdentical(englishGrid, grid) : null;
  return { locale, status, messages, identicalToEnglish, gridIdenticalToEnglish };
}

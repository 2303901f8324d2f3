import { createTranslator } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";
import type { TableWords } from "./tables";

/**
 * The catalogues for a file made outside a page render: route handlers pass the reader's
 * locale, tests pass theirs, and the same keys serve both.
 */
export async function exportTranslator(locale: Locale) {
  return createTranslator({ locale, messages: await loadMessages(locale) });
}

export type ExportTranslator = Awaited<ReturnType<typeof exportTranslator>>;

/** Column headers, answers and the overall row of the session tables, in the reader's words. */
export function tableWords(t: ExportTranslator): TableWords {
  return {
    header: (column) => t(`Exports.columns.${column}`),
    answer: (answer) => t(`Exports.answers.${answer}`),
    overall: t("Exports.overall"),
  };
}

/** "Rater 1" in the reader's language ("Evaluator 1"), for files meant for people. */
export function raterName(t: ExportTranslator) {
  return (index: number) => t("Exports.rater", { number: index + 1 });
}

/** Numbers as the reader writes them (3,5 in Romanian), with at most `digits` decimals. */
export function numberFormat(locale: Locale, digits = 2) {
  const format = new Intl.NumberFormat(locale, { maximumFractionDigits: digits });
  return (value: number | null, fallback = "—") =>
    value === null ? fallback : format.format(value);
}

import { createTranslator } from "next-intl";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { MESSAGES } from "@/lib/i18n/messages";
import { IMPORT_COLUMNS, type ImportColumn } from "./import-columns";
import type { ThresholdOutcome, ThresholdRuleId } from "./threshold-rules";

/**
 * The registry file's column headers in the reader's language ("Legal form", "Forma juridică";
 * the WISE form's own labels lean on their section, "Name" under "Representative", so the file
 * has its own). An import accepts these labels in either language as well as the column codes
 * (`legal_form`), so a Romanian export can be edited and imported back by anyone.
 */

const translator = (locale: Locale) =>
  createTranslator({ locale, messages: MESSAGES[locale] as (typeof MESSAGES)["en"] });

export function columnLabel(column: ImportColumn, locale: Locale): string {
  const t = translator(locale);
  if (column.category) {
    return t("Wises.categoryColumn", {
      category: t(`WiseForm.categoryNames.${column.category}`),
    });
  }
  if (column.national) {
    return t(
      `CountryRules.columnHeaders.${column.header}` as "CountryRules.columnHeaders.total_fte",
    );
  }
  return t(`Wises.columnHeaders.${column.header}` as "Wises.columnHeaders.name");
}

export function checkLabel(rule: ThresholdRuleId, locale: Locale): string {
  const t = translator(locale);
  return t("Wises.checkColumn", { check: t(`CountryRules.rules.${rule}.name`) });
}

/** An outcome in words; an unverified rule's result says so, as on the WISE's page. */
export function outcomeLabel(
  outcome: ThresholdOutcome,
  locale: Locale,
  unverified = false,
): string {
  const t = translator(locale);
  const label = t(`Wises.outcome.${outcome}`);
  return unverified ? t("CountryRules.exportUnverified", { outcome: label }) : label;
}

/** A header as matching sees it: no accents, case or punctuation ("Forma juridică" = "forma juridica"). */
export function labelKey(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

let aliases: Map<string, string> | undefined;

/** Label key → column code, for every import column in every language. */
export function importHeaderAliases(): ReadonlyMap<string, string> {
  aliases ??= new Map(
    LOCALES.flatMap((locale) =>
      IMPORT_COLUMNS.map((column) => [labelKey(columnLabel(column, locale)), column.header]),
    ),
  );
  return aliases;
}

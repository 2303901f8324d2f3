import { createTranslator } from "next-intl";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";
import { IMPORT_COLUMNS, type ImportColumn } from "./import-columns";
import type { ThresholdOutcome, ThresholdRuleId } from "./threshold-rules";

/**
 * The registry file's column headers in the reader's language ("Legal form", "Forma juridică";
 * the WISE form's own labels lean on their section, "Name" under "Representative", so the file
 * has its own). An import accepts these labels in either language as well as the column codes
 * (`legal_form`), so a Romanian export can be edited and imported back by anyone.
 */

export type RegistryLabels = {
  column: (column: ImportColumn) => string;
  check: (rule: ThresholdRuleId) => string;
  outcome: (outcome: ThresholdOutcome, unverified?: boolean) => string;
};

/** The registry file's words in one language (its catalogue is loaded on first use). */
export async function registryLabels(locale: Locale): Promise<RegistryLabels> {
  const t = createTranslator({ locale, messages: await loadMessages(locale) });
  return {
    column: (column) => {
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
    },
    check: (rule) => t("Wises.checkColumn", { check: t(`CountryRules.rules.${rule}.name`) }),
    // An unverified rule's result says so, as on the WISE's page.
    outcome: (outcome, unverified = false) => {
      const label = t(`Wises.outcome.${outcome}`);
      return unverified ? t("CountryRules.exportUnverified", { outcome: label }) : label;
    },
  };
}

/**
 * A header as matching sees it: no accents, case or punctuation ("Forma juridică" = "forma
 * juridica"), letters of every script kept (a Bulgarian or Greek export reads back too).
 */
export function labelKey(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

let aliases: Promise<ReadonlyMap<string, string>> | undefined;

/** Label key → column code, for every import column in every language. */
export function importHeaderAliases(): Promise<ReadonlyMap<string, string>> {
  aliases ??= Promise.all(LOCALES.map(registryLabels)).then(
    (languages) =>
      new Map(
        languages.flatMap((labels) =>
          IMPORT_COLUMNS.map((column) => [labelKey(labels.column(column)), column.header]),
        ),
      ),
  );
  return aliases;
}

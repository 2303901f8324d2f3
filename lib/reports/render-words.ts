import { createTranslator } from "next-intl";
import { countryName } from "@/lib/countries/catalogue";
import { dateLocale, formatDate } from "@/lib/dates/format";
import { DEFAULT_LOCALE, isLocale, LOCALE_INFO, type Locale } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";
import type { ReportBlock, ReportSnapshot, TableCell } from "./snapshot";

/**
 * The renderers' own words (Contents, Table 3, Page 2 of 9…) in the report's language, which is
 * the snapshot's, not the reader's: a Romanian report stays Romanian for a Belgian reader. The
 * same words and numbering in the web version, the PDF and the DOCX.
 */
export async function reportWords(snapshot: ReportSnapshot, options: { timeZone: string }) {
  const locale: Locale = isLocale(snapshot.locale) ? snapshot.locale : DEFAULT_LOCALE;
  const t = createTranslator({
    locale,
    messages: await loadMessages(locale),
  });
  const numbers = new Intl.NumberFormat(LOCALE_INFO[locale].intlTag, { maximumFractionDigits: 2 });
  const number = (value: number) => numbers.format(value);
  const value = (amount: number, unit: string) =>
    unit ? t("ReportDocuments.value", { value: number(amount), unit }) : number(amount);
  return {
    locale,
    t,
    number,
    /** A bar's value with its unit: "42 %". */
    value,
    /** The line under the title: which report, and when its data was read. */
    subtitle: [
      snapshot.scope === "EUROPE" || !snapshot.countryCode
        ? t("ReportDocuments.europeanReport")
        : t("ReportDocuments.countryReport", {
            country: countryName(snapshot.countryCode, locale),
          }),
      t("ReportDocuments.dataAsOf", {
        date: formatDate(new Date(snapshot.generatedAt), {
          dateLocale: dateLocale(locale),
          timeZone: options.timeZone,
        }),
      }),
    ],
    cell: (cell: TableCell) =>
      cell === null ? "—" : typeof cell === "number" ? number(cell) : cell,
    /** The chart's numbers as one sentence: its alternative text where it is drawn. */
    chartAlt: (chart: Extract<ReportBlock, { kind: "barChart" }>) =>
      t("ReportDocuments.figureAlt", {
        caption: chart.caption,
        values: chart.bars
          .map((bar) =>
            t("ReportDocuments.valueOf", { label: bar.label, value: value(bar.value, chart.unit) }),
          )
          .join("; "),
      }),
  };
}

export type ReportWords = Awaited<ReturnType<typeof reportWords>>;

/** Tables and figures numbered through the whole report, in the order they appear. */
export function captionCounter(words: ReportWords) {
  let tables = 0;
  let figures = 0;
  return {
    table: (caption: string) => words.t("ReportDocuments.table", { number: ++tables, caption }),
    figure: (caption: string) => words.t("ReportDocuments.figure", { number: ++figures, caption }),
  };
}

/** The anchor of a chapter in the web version (its table of contents links to it). */
export const chapterAnchor = (key: string) => `chapter-${key}`;

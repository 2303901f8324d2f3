import "server-only";
import { countryName } from "@/lib/countries/catalogue";
import { formatDateTime } from "@/lib/dates/format";
import type { SupportNeedCategory } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locales";
import type { SuppressedCount } from "@/lib/summaries/suppression";
import type { ExportTranslator } from "../translator";
import { contentWidth, heading, type Pdf, paragraph } from "./document";
import { dataTable, type PdfTable, tableHeight } from "./table";

/** Parts that the results report and the summary share. */

export type PdfContext = {
  t: ExportTranslator;
  locale: Locale;
  timeZone: string;
  /** The Intl locale of dates (lib/dates/format: en-GB unless the reader's browser asks for en-US). */
  dateLocale: string;
  /** When the file is made, printed on it. */
  now: Date;
};

/** When and where the session took place, and when the file was made. */
export function sessionLines(
  context: PdfContext,
  session: { startsAt: Date; countryCode: string; place?: string | null; online?: boolean },
): string[] {
  const { t, locale } = context;
  const dates = { dateLocale: context.dateLocale, timeZone: context.timeZone };
  const where = session.online ? t("Exports.pdf.online") : (session.place ?? null);
  return [
    [formatDateTime(session.startsAt, dates), countryName(session.countryCode, locale), where]
      .filter(Boolean)
      .join(" · "),
    t("Exports.pdf.madeOn", { date: formatDateTime(context.now, dates) }),
  ];
}

export function countText(context: PdfContext, count: SuppressedCount): string {
  if (count.kind === "count") return new Intl.NumberFormat(context.locale).format(count.value);
  if (count.kind === "fewerThan") return context.t("Exports.pdf.fewerThan", { limit: count.limit });
  if (count.kind === "withheld") return context.t("Exports.pdf.withheld");
  return "—";
}

/**
 * Workers with support needs per category over the session's WISEs, each total already
 * suppressed (lib/summaries/suppression): special-category data, in aggregate only.
 */
export function supportNeedsSection(
  doc: Pdf,
  context: PdfContext,
  supportNeeds: readonly { category: SupportNeedCategory; count: SuppressedCount }[],
) {
  const { t } = context;
  const note = t("Exports.pdf.supportNeedsNote");
  const table: PdfTable = {
    headers: [t("Exports.pdf.table.supportNeed"), t("Exports.pdf.table.workers")],
    rows: supportNeeds.map((entry) => [
      t(`WiseForm.categoryNames.${entry.category}`),
      countText(context, entry.count),
    ]),
    widths: [1, 1],
  };
  // The heading, its note and the whole table on one page: never the last rows alone.
  const keepWith =
    paragraphHeight(doc, note) + (supportNeeds.length > 0 ? tableHeight(doc, table) : 20);
  heading(doc, t("Exports.pdf.supportNeedsHeading"), { keepWith });
  paragraph(doc, note, { muted: true });
  doc.moveDown(0.3);
  if (supportNeeds.length === 0) {
    paragraph(doc, t("Exports.pdf.noSupportNeeds"));
    return;
  }
  dataTable(doc, table);
}

/** The height `paragraph` will give this text. */
export function paragraphHeight(doc: Pdf, text: string): number {
  doc.font("regular").fontSize(10);
  return doc.heightOfString(text, { width: contentWidth(doc) }) + 6;
}

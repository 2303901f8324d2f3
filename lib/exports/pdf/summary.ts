import "server-only";
import { localName } from "@/lib/grids/rules";
import type { SessionSummary } from "@/lib/summaries/assemble";
import type { CategoryResult } from "@/lib/summaries/rules";
import { numberFormat } from "../translator";
import { drawBarChart } from "./bar-chart";
import {
  bullets,
  createPdf,
  ensureSpace,
  heading,
  numberPages,
  paragraph,
  pdfBytes,
  subheading,
  title,
} from "./document";
import {
  countText,
  type PdfContext,
  paragraphHeight,
  sessionLines,
  supportNeedsSection,
} from "./sections";
import { dataTable, type PdfTable, tableHeight } from "./table";

/**
 * The participants' summary as PDF. It prints what lib/summaries/assemble decided a summary may
 * show (no names, no individual scores, suppressed worker figures, category results only where
 * at least three people rated) and nothing else.
 */
export async function summaryPdf(
  context: PdfContext,
  summary: SessionSummary,
): Promise<Uint8Array<ArrayBuffer>> {
  const { t, locale } = context;
  const number = numberFormat(locale, 1);
  const resultText = (result: CategoryResult) => {
    if (result.kind === "score") {
      return t("Exports.pdf.score", {
        score: number(result.score),
        band: t(`Exports.pdf.bands.${result.band}`),
      });
    }
    return result.kind === "tooFewRaters"
      ? t("Exports.pdf.tooFewRaters")
      : t("Exports.pdf.notRated");
  };
  const categoryName = new Map(summary.categories.map((c) => [c.id, localName(locale, c)]));

  const doc = createPdf({
    title: `${t("Exports.pdf.summaryTitle")}: ${summary.title}`,
    lang: locale,
  });
  title(doc, summary.title, [t("Exports.pdf.summaryTitle"), ...sessionLines(context, summary)]);
  paragraph(
    doc,
    t("Exports.pdf.summaryIntro", { wises: summary.wiseCount, raters: summary.raterCount }),
  );

  heading(doc, t("Exports.pdf.chartHeading"));
  paragraph(doc, t("Exports.pdf.chartNote"), { muted: true });
  doc.moveDown(0.5);
  drawBarChart(doc, {
    min: 1,
    max: 5,
    alt: `${t("Exports.pdf.chartHeading")}. ${t("Exports.pdf.chartNote")}`,
    series: summary.categories.map((category) => ({ label: localName(locale, category) })),
    groups: summary.wises.map((wise) => ({
      label: wise.name,
      bars: wise.results.map(({ result }) => ({
        value: result.kind === "score" ? result.score : null,
        text: result.kind === "score" ? number(result.score) : resultText(result),
      })),
    })),
  });

  heading(doc, t("Exports.pdf.wisesHeading"));
  for (const wise of summary.wises) {
    subheading(doc, wise.name);
    const profile = [wise.region, wise.sectors.join(", ")].filter(Boolean).join(" · ");
    if (profile) paragraph(doc, profile, { muted: true });
    if (wise.totalEmployees !== null) {
      paragraph(
        doc,
        t("Exports.pdf.employees", {
          employees: wise.totalEmployees,
          workers: countText(context, wise.supportNeedWorkers),
        }),
      );
    }
    if (wise.agreedModel) {
      paragraph(doc, t("Exports.pdf.modelAgreed", { model: t(`Models.${wise.agreedModel}.name`) }));
      if (wise.reasons.length > 0) {
        const reasons = wise.reasons.map((reason) =>
          // Reason keys come from lib/classification/rules, whose catalogue lists every one.
          t(
            `Classification.reasons.${reason.key}` as "Classification.reasons.mode.MIXED",
            reason.values as Record<string, number>,
          ),
        );
        paragraph(doc, t("Exports.pdf.reasons", { reasons: reasons.join("; ") }));
      }
    } else {
      paragraph(doc, t("Exports.pdf.noModel"));
    }
    const resultsTable: PdfTable = {
      headers: [t("Exports.pdf.table.category"), t("Exports.pdf.table.result")],
      rows: wise.results.map(({ categoryId, result }) => [
        categoryName.get(categoryId) ?? "",
        resultText(result),
      ]),
      widths: [3, 2],
    };
    const resultsOf = t("Exports.pdf.resultsOf");
    ensureSpace(doc, paragraphHeight(doc, resultsOf) + tableHeight(doc, resultsTable));
    paragraph(doc, resultsOf);
    dataTable(doc, resultsTable);
    if (wise.notes.length > 0) bullets(doc, wise.notes);
  }

  if (summary.themes.length > 0) {
    heading(doc, t("Exports.pdf.themesHeading"));
    for (const theme of summary.themes) {
      subheading(doc, t(`Sessions.notes.themes.${theme.theme}`));
      bullets(doc, theme.notes);
    }
  }
  if (summary.generalNotes.length > 0) {
    heading(doc, t("Exports.pdf.notesHeading"));
    bullets(doc, summary.generalNotes);
  }

  supportNeedsSection(doc, context, summary.supportNeeds);
  numberPages(doc, (page, pages) => t("Exports.pdf.page", { page, pages }));
  return pdfBytes(doc);
}

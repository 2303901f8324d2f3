import "server-only";
import type { SupportNeedCategory } from "@/lib/generated/prisma/enums";
import { localName } from "@/lib/grids/rules";
import type { AlphaResult } from "@/lib/results/krippendorff";
import type { SessionResults } from "@/lib/results/session-results";
import type { SuppressedCount } from "@/lib/summaries/suppression";
import { numberFormat } from "../translator";
import { drawBarChart } from "./bar-chart";
import {
  bullets,
  bulletsHeight,
  createPdf,
  heading,
  numberPages,
  paragraph,
  pdfBytes,
  subheading,
  title,
} from "./document";
import { type PdfContext, paragraphHeight, sessionLines, supportNeedsSection } from "./sections";
import { dataTable, type PdfTable, tableHeight } from "./table";

/**
 * The results report of a session as PDF, for the results' readers: what the results page
 * shows (lib/results), on paper. Raters are not named anywhere in it; comments come without
 * their authors; worker figures only as suppressed totals.
 */
export async function resultsReportPdf(
  context: PdfContext,
  results: SessionResults,
  supportNeeds: readonly { category: SupportNeedCategory; count: SuppressedCount }[],
): Promise<Uint8Array<ArrayBuffer>> {
  const { t, locale } = context;
  const number = numberFormat(locale);
  const { session, categories } = results;
  const doc = createPdf({
    title: `${t("Exports.pdf.reportTitle")}: ${session.title}`,
    lang: locale,
  });
  title(doc, session.title, [
    t("Exports.pdf.reportTitle"),
    ...sessionLines(context, session),
    t("Exports.pdf.grid", { grid: session.grid.name, version: session.grid.version }),
  ]);

  heading(doc, t("Exports.pdf.chartHeading"));
  paragraph(doc, t("Exports.pdf.chartNote"), { muted: true });
  doc.moveDown(0.5);
  drawBarChart(doc, {
    min: 1,
    max: 5,
    alt: `${t("Exports.pdf.chartHeading")}. ${t("Exports.pdf.chartNote")}`,
    series: categories.map((category) => ({ label: localName(locale, category) })),
    groups: results.wises.map((wise) => ({
      label: wise.wise.name,
      bars: categories.map((category) => {
        const mean = wise.scores[category.code]?.mean ?? null;
        return { value: mean, text: mean === null ? t("Exports.pdf.notRated") : number(mean) };
      }),
    })),
  });

  heading(doc, t("Exports.pdf.wisesHeading"));
  const figureHeaders = [
    t("Exports.pdf.table.category"),
    t("Exports.pdf.table.mean"),
    t("Exports.pdf.table.median"),
    t("Exports.pdf.table.sd"),
    t("Exports.pdf.table.raters"),
    t("Exports.pdf.table.answers"),
  ];
  const rowsOfWise = [
    ...categories.map((category) => ({ label: localName(locale, category), key: category.code })),
    { label: t("Exports.overall"), key: "overall" },
  ];
  for (const wise of results.wises) {
    const table: PdfTable = {
      headers: figureHeaders,
      widths: [2.4, 1, 1, 1.2, 1.2, 1.2],
      rows: rowsOfWise.map(({ label, key }) => {
        const figures = wise.scores[key];
        if (!figures || figures.raters === 0) {
          return [label, t("Exports.pdf.noFigures"), "—", "—", "0", String(figures?.answered ?? 0)];
        }
        return [
          label,
          number(figures.mean),
          number(figures.median),
          number(figures.sd),
          String(figures.raters),
          String(figures.answered),
        ];
      }),
    };
    subheading(doc, wise.wise.name, { keepWith: tableHeight(doc, table) });
    dataTable(doc, table);
    paragraph(
      doc,
      wise.agreedModel
        ? t("Exports.pdf.modelAgreed", { model: t(`Models.${wise.agreedModel}.name`) })
        : wise.suggestedModel
          ? t("Exports.pdf.modelSuggested", { model: t(`Models.${wise.suggestedModel}.name`) })
          : t(
              `Results.details.noSuggestion.${wise.suggestionOutcome === "tie" ? "tie" : "notEnoughInformation"}`,
            ),
    );
    paragraph(
      doc,
      t("Exports.pdf.checks", {
        checks: wise.checks
          .map(
            (check) =>
              `${t(`CountryRules.rules.${check.rule}.short`)}: ${
                check.unverified
                  ? t("CountryRules.exportUnverified", {
                      outcome: t(`Wises.outcome.${check.outcome}`),
                    })
                  : t(`Wises.outcome.${check.outcome}`)
              }`,
          )
          .join("; "),
      }),
    );
  }

  const categoryLabel = new Map(categories.map((c) => [c.code, localName(locale, c)]));
  const alphaRow = (scope: string, result: AlphaResult) =>
    result.alpha === null
      ? [scope, t("Exports.pdf.notEnoughData"), String(result.units), String(result.raters)]
      : [scope, number(result.alpha), String(result.units), String(result.raters)];
  const agreement: PdfTable = {
    headers: [
      t("Exports.pdf.table.scope"),
      t("Exports.pdf.table.alpha"),
      t("Exports.pdf.table.criteria"),
      t("Exports.pdf.table.raters"),
    ],
    widths: [3, 1.2, 1, 1],
    rows: [
      alphaRow(t("Exports.pdf.wholeSession"), results.agreement.session),
      ...results.agreement.byCategory.map((entry) =>
        alphaRow(categoryLabel.get(entry.category) ?? entry.category, entry.result),
      ),
    ],
  };
  const agreementNote = t("Exports.pdf.agreementNote");
  heading(doc, t("Exports.pdf.agreementHeading"), {
    keepWith: paragraphHeight(doc, agreementNote) + tableHeight(doc, agreement),
  });
  paragraph(doc, agreementNote, { muted: true });
  doc.moveDown(0.3);
  dataTable(doc, agreement);

  // Kept with the first WISE's name and comment, never alone at the foot of a page.
  heading(doc, t("Exports.pdf.commentsHeading"), { keepWith: 60 });
  const criterionName = new Map(
    categories.flatMap((category) => category.criteria.map((c) => [c.id, localName(locale, c)])),
  );
  const commented = results.wises.filter((wise) => wise.comments.length > 0);
  if (commented.length === 0) paragraph(doc, t("Exports.pdf.noComments"));
  for (const wise of commented) {
    const comments = wise.comments.map(
      (c) => `${criterionName.get(c.criterionId) ?? ""}: ${c.text}`,
    );
    subheading(doc, wise.wise.name, { keepWith: Math.min(bulletsHeight(doc, comments), 60) });
    bullets(doc, comments);
  }

  supportNeedsSection(doc, context, supportNeeds);
  numberPages(doc, (page, pages) => t("Exports.pdf.page", { page, pages }));
  return pdfBytes(doc);
}

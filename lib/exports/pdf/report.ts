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
  createPdf,
  heading,
  numberPages,
  paragraph,
  pdfBytes,
  subheading,
  title,
} from "./document";
import { type PdfContext, sessionLines, supportNeedsSection } from "./sections";

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
  for (const wise of results.wises) {
    subheading(doc, wise.wise.name);
    const rows = [
      ...categories.map((category) => ({ label: localName(locale, category), key: category.code })),
      { label: t("Exports.overall"), key: "overall" },
    ];
    bullets(
      doc,
      rows.map(({ label, key }) => {
        const figures = wise.scores[key];
        if (!figures || figures.raters === 0) return `${label}: ${t("Exports.pdf.noFigures")}`;
        return `${label}: ${t("Exports.pdf.figures", {
          mean: number(figures.mean),
          median: number(figures.median),
          sd: number(figures.sd),
          raters: figures.raters,
          answered: figures.answered,
        })}`;
      }),
    );
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
              `${t(`Wises.thresholds.${check.rule}.short`)}: ${t(`Wises.outcome.${check.outcome}`)}`,
          )
          .join("; "),
      }),
    );
  }

  heading(doc, t("Exports.pdf.agreementHeading"));
  paragraph(doc, t("Exports.pdf.agreementNote"), { muted: true });
  const alphaLine = (scope: string, result: AlphaResult) =>
    result.alpha === null
      ? t("Exports.pdf.alphaMissing", { scope })
      : t("Exports.pdf.alpha", {
          scope,
          alpha: number(result.alpha),
          units: result.units,
          raters: result.raters,
        });
  const categoryLabel = new Map(categories.map((c) => [c.code, localName(locale, c)]));
  bullets(doc, [
    alphaLine(t("Exports.pdf.wholeSession"), results.agreement.session),
    ...results.agreement.byCategory.map((entry) =>
      alphaLine(categoryLabel.get(entry.category) ?? entry.category, entry.result),
    ),
  ]);

  heading(doc, t("Exports.pdf.commentsHeading"));
  const criterionName = new Map(
    categories.flatMap((category) => category.criteria.map((c) => [c.id, localName(locale, c)])),
  );
  const commented = results.wises.filter((wise) => wise.comments.length > 0);
  if (commented.length === 0) paragraph(doc, t("Exports.pdf.noComments"));
  for (const wise of commented) {
    subheading(doc, wise.wise.name);
    bullets(
      doc,
      wise.comments.map((c) => `${criterionName.get(c.criterionId) ?? ""}: ${c.text}`),
    );
  }

  supportNeedsSection(doc, context, supportNeeds);
  numberPages(doc, (page, pages) => t("Exports.pdf.page", { page, pages }));
  return pdfBytes(doc);
}

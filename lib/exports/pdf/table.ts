import "server-only";
import {
  COLORS,
  contentWidth,
  ensureSpace,
  type Pdf,
  pageContentHeight,
  structureRoot,
} from "./document";

/**
 * Results as tagged tables (pdfkit's `doc.table` with a structure parent): a Table of TRs whose
 * first row holds the column headers (TH, scope Column) and whose first column names the row
 * (TH, scope Row), so a screen reader announces "Mean, Job integration: 3,5" instead of a run
 * of bullet text. A table that fits on one page is never split: it moves whole to the next
 * page rather than leave its last rows alone there.
 */

export type PdfTable = {
  headers: readonly string[];
  rows: readonly (readonly string[])[];
  /** Shares of the width per column (default: the first column twice as wide as the others). */
  widths?: readonly number[];
};

const FONT_SIZE = 9;
const PADDING = 4;

function columnWidths(doc: Pdf, table: PdfTable): number[] {
  const shares = table.widths ?? table.headers.map((_, index) => (index === 0 ? 2 : 1));
  const total = shares.reduce((sum, share) => sum + share, 0);
  return shares.map((share) => (contentWidth(doc) * share) / total);
}

/** The height the table will take, measured with the fonts it is drawn in. */
export function tableHeight(doc: Pdf, table: PdfTable, widths = columnWidths(doc, table)): number {
  const rowHeight = (cells: readonly string[], header: boolean) => {
    return (
      Math.max(
        ...cells.map((text, index) => {
          doc.font(header || index === 0 ? "bold" : "regular").fontSize(FONT_SIZE);
          return doc.heightOfString(text, { width: widths[index] - 2 * PADDING });
        }),
      ) +
      2 * PADDING
    );
  };
  return (
    rowHeight(table.headers, true) + table.rows.reduce((sum, row) => sum + rowHeight(row, false), 0)
  );
}

export function dataTable(doc: Pdf, table: PdfTable, options: { keepWith?: number } = {}) {
  const widths = columnWidths(doc, table);
  // Whole on one page when it can be; `keepWith` is the height of what must stay above it.
  const height = tableHeight(doc, table, widths) + (options.keepWith ?? 0);
  ensureSpace(doc, Math.min(height, pageContentHeight(doc)));
  const cell = (text: string, type: "TH" | "TD", scope?: "Column" | "Row") => ({
    text,
    type,
    scope,
    font: { src: type === "TH" ? "bold" : "regular", size: FONT_SIZE },
  });
  doc.table({
    structParent: structureRoot(doc),
    position: { x: doc.page.margins.left, y: doc.y },
    columnStyles: widths,
    defaultStyle: {
      border: 0.5,
      borderColor: COLORS.rule,
      padding: PADDING,
      textColor: COLORS.text,
    },
    data: [
      table.headers.map((text) => cell(text, "TH", "Column")),
      ...table.rows.map((row) =>
        row.map((text, index) => (index === 0 ? cell(text, "TH", "Row") : cell(text, "TD"))),
      ),
    ],
  } as PDFKit.Mixins.TableOptionsWithData);
  doc.x = doc.page.margins.left;
  doc.font("regular").fontSize(10).fillColor(COLORS.text).moveDown(0.5);
}

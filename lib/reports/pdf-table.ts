import "server-only";
import {
  COLORS,
  contentWidth,
  ensureSpace,
  type Pdf,
  pageContentHeight,
  structureRoot,
} from "@/lib/exports/pdf/document";

/**
 * A report's tables in the PDF, drawn cell by cell rather than with pdfkit's `doc.table`, which
 * the app's session PDFs use for a dozen rows but which took seconds per 50-row table (a
 * European report has a thousand rows). The same tagging as lib/exports/pdf/table.ts: a Table of
 * TRs, header cells TH with scope Column, each row's first cell a TH with scope Row. A table
 * longer than a page flows on, its header row drawn again on each page as an artifact (a screen
 * reader reads it once), and borders are artifacts too.
 */

export type ReportPdfTable = {
  headers: readonly string[];
  rows: readonly (readonly string[])[];
  align: readonly ("start" | "end" | undefined)[];
};

const FONT_SIZE = 9;
const PADDING = 4;

function columnWidths(doc: Pdf, count: number): number[] {
  const shares = Array.from({ length: count }, (_, index) => (index === 0 ? 2 : 1));
  const total = shares.reduce((sum, share) => sum + share, 0);
  return shares.map((share) => (contentWidth(doc) * share) / total);
}

function rowHeight(doc: Pdf, cells: readonly string[], widths: number[], header: boolean) {
  let height = 0;
  cells.forEach((text, index) => {
    doc.font(header || index === 0 ? "bold" : "regular").fontSize(FONT_SIZE);
    const width = (widths[index] ?? 0) - 2 * PADDING;
    height = Math.max(height, doc.heightOfString(text || " ", { width }));
  });
  return height + 2 * PADDING;
}

export function drawReportTable(doc: Pdf, table: ReportPdfTable) {
  const widths = columnWidths(doc, table.headers.length);
  const left = doc.page.margins.left;
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  const headerHeight = rowHeight(doc, table.headers, widths, true);
  const element = doc.struct("Table");
  structureRoot(doc).add(element);

  const drawCells = (cells: readonly string[], height: number, header: boolean) => {
    const y = doc.y;
    let x = left;
    const drawn = cells.map((text, index) => {
      const width = widths[index] ?? 0;
      const at = x;
      x += width;
      return () => {
        doc
          .font(header || index === 0 ? "bold" : "regular")
          .fontSize(FONT_SIZE)
          .fillColor(COLORS.text)
          .text(text, at + PADDING, y + PADDING, {
            width: width - 2 * PADDING,
            align: !header && table.align[index] === "end" ? "right" : "left",
          });
      };
    });
    doc.markContent("Artifact", { type: "Layout" });
    x = left;
    for (const width of widths) {
      doc.rect(x, y, width, height).lineWidth(0.5).stroke(COLORS.rule);
      x += width;
    }
    doc.endMarkedContent();
    return { drawn, y };
  };

  const tagRow = (cells: readonly string[], header: boolean) => {
    const height = header ? headerHeight : rowHeight(doc, cells, widths, false);
    if (doc.y + height > bottom()) {
      doc.addPage();
      if (!header) repeatHeader();
    }
    const { drawn, y } = drawCells(cells, height, header);
    const row = doc.struct("TR");
    element.add(row);
    drawn.forEach((draw, index) => {
      const type = header || index === 0 ? "TH" : "TD";
      const scope = header ? "Column" : index === 0 ? "Row" : undefined;
      // pdfkit reads `scope` (it writes the Table attribute) but its types do not list it.
      const options = (scope ? { scope } : {}) as PDFKit.Mixins.StructureElementOptions;
      row.add(doc.struct(type, options, draw));
    });
    row.end();
    doc.y = y + height;
  };

  const repeatHeader = () => {
    const { drawn, y } = drawCells(table.headers, headerHeight, true);
    doc.markContent("Artifact", { type: "Pagination" });
    for (const draw of drawn) draw();
    doc.endMarkedContent();
    doc.y = y + headerHeight;
  };

  ensureSpace(doc, Math.min(headerHeight * 3, pageContentHeight(doc)));
  tagRow(table.headers, true);
  for (const row of table.rows) tagRow(row, false);
  element.end();
  doc.x = left;
  doc.font("regular").fontSize(10).fillColor(COLORS.text).moveDown(0.5);
}

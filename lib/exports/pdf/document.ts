import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import PDFDocument from "pdfkit";

/**
 * A4 documents in DejaVu Sans: pdfkit's built-in Helvetica has no ș or ț, and Romanian text is
 * the point. The TTF files ship in the `dejavu-fonts-ttf` package and are read from
 * node_modules at run time (relative to the working directory, which is the app's root under
 * `next start` and in tests), because bundlers rewrite require.resolve into module ids.
 */

export type Pdf = PDFKit.PDFDocument;

export const MARGIN = 50;
export const COLORS = { text: "#0f172a", muted: "#475569", rule: "#cbd5e1" } as const;

export const FONT_DIR = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");
let fonts: { regular: Buffer; bold: Buffer } | undefined;

function loadFonts() {
  fonts ??= {
    regular: readFileSync(path.join(FONT_DIR, "DejaVuSans.ttf")),
    bold: readFileSync(path.join(FONT_DIR, "DejaVuSans-Bold.ttf")),
  };
  return fonts;
}

/**
 * Each document's structure tree root. The PDFs are tagged (PDF/UA's structure: headings,
 * paragraphs, lists, tables with header cells, a figure with its alternative text, page
 * numbers as artifacts), so that a screen reader reads them in order and by heading; every
 * helper below adds its element here.
 */
const structureRoots = new WeakMap<Pdf, PDFKit.PDFStructureElement>();

export function structureRoot(doc: Pdf): PDFKit.PDFStructureElement {
  const root = structureRoots.get(doc);
  if (!root) throw new Error("Not a document made by createPdf");
  return root;
}

/** Draws `draw` as one structure element of the given type (H1, P, Figure…). */
export function tagged(doc: Pdf, type: string, draw: () => void, options: { alt?: string } = {}) {
  structureRoot(doc).add(doc.struct(type, options, draw));
}

/**
 * A PDF/UA-1 document (ISO 14289): tagged throughout, every font embedded, nothing drawn outside
 * the structure but artifacts, and the metadata PDF/UA asks for: a title (in the document
 * information and XMP `dc:title`) that viewers show instead of the file name, the language of
 * the text, and the PDF/UA identifier in XMP, which pdfkit writes for `subset: "PDF/UA"`.
 */
export function createPdf(meta: { title: string; lang: string }): Pdf {
  const { regular, bold } = loadFonts();
  const doc = new PDFDocument({
    size: "A4",
    // Tagging needs PDF 1.7's structure tree and marked content.
    pdfVersion: "1.7",
    // pdfkit supports "PDF/UA" since 0.15; its type definitions list only the PDF/A subsets.
    subset: "PDF/UA" as PDFKit.Mixins.PDFSubsets,
    tagged: true,
    margin: MARGIN,
    // The first font is ours, so pdfkit never loads Helvetica (and its data files) at all.
    font: regular as unknown as string,
    bufferPages: true,
    lang: meta.lang,
    displayTitle: true,
    info: { Title: meta.title, Creator: "WISE Focus" },
  });
  doc.registerFont("regular", regular);
  doc.registerFont("bold", bold);
  // pdfkit caches a registered font under its name only when no font of the same PostScript
  // name is open yet; the constructor opened this one, so every doc.font("regular") would parse
  // the whole font file again (most of a long PDF's time). Point the name at the open font.
  const fonts = doc as unknown as { _font: unknown; _fontFamilies: Record<string, unknown> };
  fonts._fontFamilies.regular = fonts._font;
  doc.font("regular").fillColor(COLORS.text);
  const root = doc.struct("Document");
  doc.addStructure(root);
  structureRoots.set(doc, root);
  return doc;
}

export const contentWidth = (doc: Pdf) =>
  doc.page.width - doc.page.margins.left - doc.page.margins.right;
const bottom = (doc: Pdf) => doc.page.height - doc.page.margins.bottom;
/** The height a page has for content between its margins. */
export const pageContentHeight = (doc: Pdf) =>
  doc.page.height - doc.page.margins.top - doc.page.margins.bottom;

/** Starts a new page unless `height` points still fit on this one. */
export function ensureSpace(doc: Pdf, height: number) {
  if (doc.y + height > bottom(doc)) doc.addPage();
}

export function title(doc: Pdf, text: string, subtitle: string[]) {
  tagged(doc, "H1", () => doc.font("bold").fontSize(18).fillColor(COLORS.text).text(text));
  doc.moveDown(0.3).font("regular").fontSize(10).fillColor(COLORS.muted);
  for (const line of subtitle) tagged(doc, "P", () => doc.text(line));
  doc.fillColor(COLORS.text).moveDown(1);
}

/** What stays on the page with a heading: the heading and `keepWith` points of what follows. */
function keepHeading(doc: Pdf, headingHeight: number, keepWith: number) {
  ensureSpace(doc, Math.min(headingHeight + Math.max(keepWith, 30), pageContentHeight(doc)));
}

export function heading(doc: Pdf, text: string, options: { keepWith?: number } = {}) {
  keepHeading(doc, 30, options.keepWith ?? 0);
  doc.moveDown(0.6).font("bold").fontSize(13).fillColor(COLORS.text);
  tagged(doc, "H2", () =>
    doc.text(text, doc.page.margins.left, doc.y, { width: contentWidth(doc) }),
  );
  doc.moveDown(0.3).font("regular").fontSize(10);
}

export function subheading(doc: Pdf, text: string, options: { keepWith?: number } = {}) {
  keepHeading(doc, 24, options.keepWith ?? 0);
  doc.moveDown(0.4).font("bold").fontSize(11).fillColor(COLORS.text);
  tagged(doc, "H3", () =>
    doc.text(text, doc.page.margins.left, doc.y, { width: contentWidth(doc) }),
  );
  doc.font("regular").fontSize(10);
}

export function paragraph(
  doc: Pdf,
  text: string,
  options: { muted?: boolean; indent?: number } = {},
) {
  doc
    .font("regular")
    .fontSize(10)
    .fillColor(options.muted ? COLORS.muted : COLORS.text);
  tagged(doc, "P", () =>
    doc.text(text, doc.page.margins.left + (options.indent ?? 0), doc.y, {
      width: contentWidth(doc) - (options.indent ?? 0),
    }),
  );
  doc.fillColor(COLORS.text);
}

/** The height `bullets` will give these items. */
export function bulletsHeight(doc: Pdf, items: readonly string[]): number {
  doc.font("regular").fontSize(10);
  return items.reduce(
    (sum, item) => sum + doc.heightOfString(item, { width: contentWidth(doc) - 14 }),
    0,
  );
}

/**
 * A list whose wrapped lines stay aligned after the bullet. A short list (up to a third of a
 * page) is kept whole, so that its last items never stand alone at the top of the next page;
 * a longer one flows on, item by item.
 */
export function bullets(doc: Pdf, items: readonly string[]) {
  const height = bulletsHeight(doc, items);
  if (height <= pageContentHeight(doc) / 3) ensureSpace(doc, height);
  const left = doc.page.margins.left;
  const list = doc.struct("L");
  structureRoot(doc).add(list);
  for (const item of items) {
    ensureSpace(doc, 14);
    const y = doc.y;
    doc.font("regular").fontSize(10).fillColor(COLORS.text);
    const entry = doc.struct("LI");
    list.add(entry);
    entry.add(doc.struct("Lbl", {}, () => void doc.text("•", left + 4, y, { lineBreak: false })));
    entry.add(
      doc.struct(
        "LBody",
        {},
        () => void doc.text(item, left + 14, y, { width: contentWidth(doc) - 14 }),
      ),
    );
    entry.end();
  }
  list.end();
  doc.x = left;
}

/** "Page n of m" at the foot of every page, once all pages exist. */
export function numberPages(doc: Pdf, label: (page: number, pages: number) => string) {
  const { start, count } = doc.bufferedPageRange();
  for (let index = start; index < start + count; index++) {
    doc.switchToPage(index);
    // Writing below the bottom margin would make pdfkit start a new page: lift it for the footer.
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    // Page numbers are not content: a screen reader skips them.
    doc.markContent("Artifact", { type: "Pagination" });
    doc
      .font("regular")
      .fontSize(8)
      .fillColor(COLORS.muted)
      .text(label(index + 1, count), doc.page.margins.left, doc.page.height - 30, {
        width: contentWidth(doc),
        align: "center",
        lineBreak: false,
      });
    doc.endMarkedContent();
    doc.page.margins.bottom = margin;
  }
}

/** Ends the document and collects its bytes. */
export function pdfBytes(doc: Pdf): Promise<Uint8Array<ArrayBuffer>> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on("error", reject);
    structureRoots.get(doc)?.end();
    doc.end();
  });
}

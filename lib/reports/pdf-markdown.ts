import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { COLORS, contentWidth, ensureSpace, FONT_DIR, type Pdf } from "@/lib/exports/pdf/document";
import type { MdBlock, MdInline } from "./markdown";

/**
 * A narrative's Markdown tree drawn into a tagged PDF: paragraphs (P) of styled runs, headings
 * (H3 to H5 below the chapter's H2), lists (L, LI, Lbl, LBody), quotes (BlockQuote) and code.
 * Each element is added to `parent`, so a list item's paragraphs sit inside its LBody.
 */

type Parent = PDFKit.PDFStructureElement;
type Run = { text: string; bold: boolean; italic: boolean; code: boolean };
/** Where and how a block is drawn: its left indent and whether it is quoted (muted, italic). */
type Frame = { indent: number; quoted: boolean };

let extraFonts: Record<string, Buffer> | undefined;

/** Italic and code faces, which the app's other PDFs do not need and so do not load. */
export function registerNarrativeFonts(doc: Pdf) {
  extraFonts ??= {
    italic: readFileSync(path.join(FONT_DIR, "DejaVuSans-Oblique.ttf")),
    boldItalic: readFileSync(path.join(FONT_DIR, "DejaVuSans-BoldOblique.ttf")),
    mono: readFileSync(path.join(FONT_DIR, "DejaVuSansMono.ttf")),
  };
  for (const [name, data] of Object.entries(extraFonts)) doc.registerFont(name, data);
}

function runsOf(nodes: readonly MdInline[], style: Omit<Run, "text">, into: Run[] = []): Run[] {
  for (const node of nodes) {
    if (node.type === "text") into.push({ ...style, text: node.text });
    else if (node.type === "code") into.push({ ...style, code: true, text: node.text });
    else if (node.type === "break") into.push({ ...style, text: "\n" });
    else if (node.type !== "link") {
      const emphasis = node.type === "strong" ? { bold: true } : { italic: true };
      runsOf(node.children, { ...style, ...emphasis }, into);
    } else {
      // No link annotations (untagged ones would break PDF/UA): the words, then the address.
      runsOf(node.children, style, into);
      const words = into.at(-1)?.text;
      const address = node.href.replace(/^mailto:/, "");
      if (words !== address) into.push({ ...style, text: ` (${address})` });
    }
  }
  return into;
}

function fontOf(run: Run): string {
  if (run.code) return "mono";
  if (run.bold && run.italic) return "boldItalic";
  if (run.bold) return "bold";
  return run.italic ? "italic" : "regular";
}

/** Styled runs as one flowing paragraph, starting at the frame's indent. */
export function drawRuns(doc: Pdf, runs: readonly Run[], frame: Frame, size = 10) {
  const visible = runs.filter((run) => run.text !== "");
  if (visible.length === 0) return;
  const x = doc.page.margins.left + frame.indent;
  const width = contentWidth(doc) - frame.indent;
  doc.fillColor(frame.quoted ? COLORS.muted : COLORS.text);
  visible.forEach((run, index) => {
    doc.font(fontOf({ ...run, italic: run.italic || frame.quoted })).fontSize(size);
    const continued = index < visible.length - 1;
    if (index === 0) doc.text(run.text, x, doc.y, { width, continued });
    else doc.text(run.text, { continued });
  });
  doc.font("regular").fontSize(10).fillColor(COLORS.text);
  doc.x = doc.page.margins.left;
}

const plain = { bold: false, italic: false, code: false };

/** Narrative headings sit below the chapter's H2: H3, H4, H5 (the builder's own subheads are H3). */
function headingOf(doc: Pdf, parent: Parent, level: 1 | 2 | 3, runs: Run[]) {
  ensureSpace(doc, 50);
  doc.moveDown(0.4);
  const bold = runs.map((run) => ({ ...run, bold: true }));
  const size = level === 1 ? 11 : level === 2 ? 10.5 : 10;
  const frame = { indent: 0, quoted: false };
  parent.add(doc.struct(`H${level + 2}`, {}, () => drawRuns(doc, bold, frame, size)));
  doc.moveDown(0.2);
}

function listOf(doc: Pdf, parent: Parent, list: Extract<MdBlock, { type: "list" }>, frame: Frame) {
  const element = doc.struct("L");
  parent.add(element);
  const left = doc.page.margins.left + frame.indent;
  list.items.forEach((item, index) => {
    ensureSpace(doc, 14);
    const entry = doc.struct("LI");
    element.add(entry);
    const label = list.ordered ? `${list.start + index}.` : "•";
    const y = doc.y;
    doc
      .font("regular")
      .fontSize(10)
      .fillColor(frame.quoted ? COLORS.muted : COLORS.text);
    entry.add(doc.struct("Lbl", {}, () => void doc.text(label, left + 2, y, { lineBreak: false })));
    doc.y = y;
    const body = doc.struct("LBody");
    entry.add(body);
    drawMarkdownInto(doc, body, item, { ...frame, indent: frame.indent + 18 }, { tight: true });
    body.end();
    entry.end();
  });
  element.end();
  doc.x = doc.page.margins.left;
}

/** Draws a narrative's blocks as children of `parent` (the document's root, or a list item). */
export function drawMarkdownInto(
  doc: Pdf,
  parent: Parent,
  blocks: readonly MdBlock[],
  frame: Frame = { indent: 0, quoted: false },
  options: { tight?: boolean } = {},
) {
  for (const block of blocks) {
    switch (block.type) {
      case "heading":
        headingOf(doc, parent, block.level, runsOf(block.children, plain));
        break;
      case "paragraph":
        ensureSpace(doc, 14);
        parent.add(doc.struct("P", {}, () => drawRuns(doc, runsOf(block.children, plain), frame)));
        if (!options.tight) doc.moveDown(0.4);
        break;
      case "list":
        listOf(doc, parent, block, frame);
        if (!options.tight) doc.moveDown(0.4);
        break;
      case "blockquote": {
        const quote = doc.struct("BlockQuote");
        parent.add(quote);
        drawMarkdownInto(doc, quote, block.children, { indent: frame.indent + 16, quoted: true });
        quote.end();
        break;
      }
      case "code":
        ensureSpace(doc, 14);
        parent.add(
          doc.struct("P", {}, () =>
            drawRuns(doc, [{ ...plain, code: true, text: block.text }], frame, 9),
          ),
        );
        doc.moveDown(0.4);
        break;
    }
  }
}

import "server-only";
import {
  COLORS,
  contentWidth,
  createPdf,
  heading,
  numberPages,
  type Pdf,
  paragraph,
  pdfBytes,
  structureRoot,
  title,
} from "@/lib/exports/pdf/document";
import { parseMarkdown } from "./markdown";
import { drawBlock } from "./pdf-blocks";
import { drawMarkdownInto, registerNarrativeFonts } from "./pdf-markdown";
import { defaultTimeZone, loadReportImages, type RenderOptions } from "./render-images";
import { captionCounter, reportWords } from "./render-words";
import type { ReportSnapshot } from "./snapshot";

/**
 * A report as an accessible tagged PDF (PDF/UA, like the app's other PDFs: lib/exports/pdf):
 * a title page, the contents with each chapter's page, then one chapter per page run, its
 * heading an H2 (and a bookmark), the partner's narrative, then the generated blocks. The
 * document's language and title are the snapshot's.
 */
export async function renderReportPdf(
  snapshot: ReportSnapshot,
  options: RenderOptions = {},
): Promise<Buffer> {
  const words = await reportWords(snapshot, {
    timeZone: options.timeZone ?? (await defaultTimeZone()),
  });
  const images = await loadReportImages(snapshot, options.readImage);
  const doc = createPdf({ title: snapshot.title, lang: words.locale });
  registerNarrativeFonts(doc);

  doc.y = doc.page.height / 3;
  title(doc, snapshot.title, words.subtitle);

  doc.addPage();
  heading(doc, words.t("ReportDocuments.contents"));
  const contents = { page: currentPage(doc), y: doc.y, element: doc.struct("TOC") };
  structureRoot(doc).add(contents.element);

  const captions = captionCounter(words);
  const chapterPages: number[] = [];
  for (const chapter of snapshot.chapters) {
    doc.addPage();
    chapterPages.push(currentPage(doc));
    doc.outline.addItem(chapter.title);
    heading(doc, chapter.title);
    if (chapter.narrative) {
      drawMarkdownInto(doc, structureRoot(doc), parseMarkdown(chapter.narrative));
    }
    for (const block of chapter.blocks) drawBlock(doc, block, { words, captions, images });
    if (!chapter.narrative && chapter.blocks.length === 0) {
      paragraph(doc, words.t("ReportDocuments.emptyChapter"), { muted: true });
    }
  }

  writeContents(
    doc,
    contents,
    snapshot.chapters.map((chapter, index) => ({
      title: chapter.title,
      page: chapterPages[index] ?? 0,
    })),
  );
  numberPages(doc, (page, pages) => words.t("ReportDocuments.page", { page, pages }));
  return Buffer.from(await pdfBytes(doc));
}

/** The page being drawn on, counted from 1 as the footers count. */
function currentPage(doc: Pdf): number {
  const range = doc.bufferedPageRange();
  return range.start + range.count;
}

/**
 * The contents are written once the chapters' pages are known, back on their own page; their
 * structure element was placed before the chapters, so a screen reader still meets them there.
 */
function writeContents(
  doc: Pdf,
  contents: { page: number; y: number; element: PDFKit.PDFStructureElement },
  entries: { title: string; page: number }[],
) {
  doc.switchToPage(contents.page - 1);
  doc.y = contents.y + 6;
  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  for (const entry of entries) {
    const y = doc.y;
    contents.element.add(
      doc.struct("TOCI", {}, () => {
        doc.font("regular").fontSize(11).fillColor(COLORS.text);
        doc.text(entry.title, left, y, { width: width - 50 });
        const after = doc.y;
        doc.text(String(entry.page), left + width - 40, y, { width: 40, align: "right" });
        doc.y = Math.max(after, doc.y) + 6;
      }),
    );
  }
  contents.element.end();
}

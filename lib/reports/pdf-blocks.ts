import "server-only";
import { drawBarChart } from "@/lib/exports/pdf/bar-chart";
import {
  COLORS,
  contentWidth,
  ensureSpace,
  type Pdf,
  pageContentHeight,
  paragraph,
  structureRoot,
  subheading,
} from "@/lib/exports/pdf/document";
import { fitInside, type LoadedImage } from "./image-format";
import { drawRuns } from "./pdf-markdown";
import { drawReportTable } from "./pdf-table";
import type { captionCounter, ReportWords } from "./render-words";
import type { ReportBlock } from "./snapshot";

/**
 * A chapter's generated blocks in the PDF, with the app's tagged parts (lib/exports/pdf):
 * tables as Table structures with header cells (lib/reports/pdf-table.ts), charts as a Figure with the numbers in its
 * alternative text and beside the bars, photos as a Figure with their alt text.
 */

export type BlockContext = {
  words: ReportWords;
  captions: ReturnType<typeof captionCounter>;
  images: Map<string, LoadedImage>;
};

const plain = { bold: false, italic: false, code: false };
const frame = { indent: 0, quoted: false };

function caption(doc: Pdf, text: string) {
  structureRoot(doc).add(
    doc.struct("Caption", {}, () => drawRuns(doc, [{ ...plain, bold: true, text }], frame, 9.5)),
  );
  doc.moveDown(0.2);
}

/** Ticks every 1, 2, 5, 10, 20, 25, 50… so that a scale has at most ten of them. */
export function tickStep(max: number): number {
  for (let magnitude = 1; ; magnitude *= 10) {
    for (const step of [1, 2, 2.5, 5].map((factor) => factor * magnitude)) {
      if (Number.isInteger(step) && max / step <= 10) return step;
    }
  }
}

export function drawBlock(doc: Pdf, block: ReportBlock, context: BlockContext) {
  const { words, captions } = context;
  switch (block.kind) {
    case "heading":
      // Kept with what it heads: a caption and the first rows of a table or bars of a chart.
      subheading(doc, block.text, { keepWith: 100 });
      return;
    case "paragraph":
      paragraph(doc, block.text);
      doc.moveDown(0.4);
      return;
    case "table": {
      const title = captions.table(block.caption);
      // The caption stays with the header row and the first rows.
      ensureSpace(doc, 80);
      caption(doc, title);
      drawReportTable(doc, {
        headers: block.columns.map((column) => column.label),
        rows: block.rows.map((row) => row.map(words.cell)),
        align: block.columns.map((column) => column.align),
      });
      if (block.note) paragraph(doc, block.note, { muted: true });
      doc.moveDown(0.4);
      return;
    }
    case "barChart": {
      const title = captions.figure(block.caption);
      ensureSpace(doc, Math.min(60 + block.bars.length * 23, pageContentHeight(doc) / 2));
      caption(doc, title);
      const max = block.max > 0 ? block.max : Math.max(1, ...block.bars.map((bar) => bar.value));
      drawBarChart(doc, {
        min: 0,
        max,
        step: tickStep(max),
        alt: words.chartAlt(block),
        series: [{ label: block.unit }],
        groups: block.bars.map((bar) => ({
          label: bar.label,
          bars: [{ value: bar.value, text: words.value(bar.value, block.unit) }],
        })),
      });
      doc.moveDown(0.4);
      return;
    }
    case "quote":
      quote(doc, block, words);
      return;
    case "image":
      image(doc, block, context);
      return;
    case "facts":
      for (const item of block.items) {
        ensureSpace(doc, 14);
        structureRoot(doc).add(
          doc.struct("P", {}, () =>
            drawRuns(
              doc,
              [
                { ...plain, bold: true, text: `${item.term}: ` },
                { ...plain, text: item.description },
              ],
              frame,
            ),
          ),
        );
      }
      doc.moveDown(0.4);
      return;
  }
}

function quote(doc: Pdf, block: Extract<ReportBlock, { kind: "quote" }>, words: ReportWords) {
  ensureSpace(doc, 40);
  const element = doc.struct("BlockQuote");
  structureRoot(doc).add(element);
  const quoted = { indent: 16, quoted: true };
  element.add(
    doc.struct("P", {}, () => drawRuns(doc, [{ ...plain, text: `“${block.text}”` }], quoted)),
  );
  element.add(
    doc.struct("P", {}, () =>
      drawRuns(
        doc,
        [{ ...plain, text: words.t("ReportDocuments.speaker", { speaker: block.speaker }) }],
        {
          indent: 16,
          quoted: false,
        },
      ),
    ),
  );
  element.end();
  doc.moveDown(0.5);
}

function image(doc: Pdf, block: Extract<ReportBlock, { kind: "image" }>, context: BlockContext) {
  const loaded = context.images.get(block.attachmentId);
  if (!loaded) {
    paragraph(doc, context.words.t("ReportDocuments.imageNotShown", { alt: block.altText }), {
      muted: true,
    });
    doc.moveDown(0.4);
    return;
  }
  // At most a third of a page high, scaled from 150 dpi.
  const size = fitInside(
    { width: (loaded.width * 72) / 150, height: (loaded.height * 72) / 150 },
    { width: contentWidth(doc), height: pageContentHeight(doc) / 3 },
  );
  ensureSpace(doc, size.height + 30);
  structureRoot(doc).add(
    doc.struct("Figure", { alt: block.altText }, () => {
      doc.image(loaded.bytes, doc.page.margins.left, doc.y, size);
    }),
  );
  doc.y += 4;
  if (block.caption) caption(doc, context.captions.figure(block.caption));
  doc.fillColor(COLORS.text).moveDown(0.4);
}

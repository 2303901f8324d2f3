import "server-only";
import {
  AlignmentType,
  HeadingLevel,
  ImageRun,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { fitInside, type LoadedImage } from "./image-format";
import type { captionCounter, ReportWords } from "./render-words";
import type { ReportBlock, TableColumn } from "./snapshot";

/**
 * A chapter's generated blocks in the Word document: captions in Word's caption style above
 * their table or figure, tables whose header row repeats on every page, charts as a table of
 * their values (editable, and readable aloud), photos with their alternative text.
 */

export type DocxBlockContext = {
  words: ReportWords;
  captions: ReturnType<typeof captionCounter>;
  images: Map<string, LoadedImage>;
};

type Cell = { text: string; align?: TableColumn["align"]; header?: boolean };

function cell({ text, align, header }: Cell) {
  return new TableCell({
    children: [
      new Paragraph({
        alignment: align === "end" ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text, bold: header })],
      }),
    ],
  });
}

function table(columns: readonly TableColumn[], rows: readonly string[][]) {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: columns.map((column) =>
          cell({ text: column.label, align: column.align, header: true }),
        ),
      }),
      ...rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: row.map((text, index) => cell({ text, align: columns[index]?.align })),
          }),
      ),
    ],
  });
}

const caption = (text: string) => new Paragraph({ style: "Caption", text });

export function blockToDocx(block: ReportBlock, context: DocxBlockContext): (Paragraph | Table)[] {
  const { words, captions } = context;
  switch (block.kind) {
    case "heading":
      return [new Paragraph({ heading: HeadingLevel.HEADING_2, text: block.text })];
    case "paragraph":
      return [new Paragraph({ text: block.text })];
    case "table":
      return [
        caption(captions.table(block.caption)),
        table(
          block.columns,
          block.rows.map((row) => row.map(words.cell)),
        ),
        ...(block.note
          ? [new Paragraph({ children: [new TextRun({ text: block.note, italics: true })] })]
          : []),
      ];
    case "barChart":
      return [
        caption(captions.figure(block.caption)),
        table(
          [
            { label: words.t("ReportDocuments.chartColumns.label") },
            {
              label: words.t("ReportDocuments.chartColumns.value", { unit: block.unit }),
              align: "end",
            },
          ],
          block.bars.map((bar) => [bar.label, words.value(bar.value, block.unit)]),
        ),
      ];
    case "quote":
      return [
        new Paragraph({ style: "Quote", text: `“${block.text}”` }),
        new Paragraph({
          alignment: AlignmentType.RIGHT,
          text: words.t("ReportDocuments.speaker", { speaker: block.speaker }),
        }),
      ];
    case "image":
      return image(block, context);
    case "facts":
      return block.items.map(
        (item) =>
          new Paragraph({
            children: [
              new TextRun({ text: `${item.term}: `, bold: true }),
              new TextRun({ text: item.description }),
            ],
          }),
      );
  }
}

function image(block: Extract<ReportBlock, { kind: "image" }>, context: DocxBlockContext) {
  const loaded = context.images.get(block.attachmentId);
  if (!loaded) {
    return [
      new Paragraph({
        children: [
          new TextRun({
            text: context.words.t("ReportDocuments.imageNotShown", { alt: block.altText }),
            italics: true,
          }),
        ],
      }),
    ];
  }
  // Pixels at 96 per inch: at most the text's width on A4 and a third of its height.
  const size = fitInside(loaded, { width: 600, height: 320 });
  return [
    new Paragraph({
      keepNext: Boolean(block.caption),
      children: [
        new ImageRun({
          type: loaded.format,
          data: loaded.bytes,
          transformation: size,
          altText: {
            name: block.caption ?? block.altText,
            description: block.altText,
            title: block.altText,
          },
        }),
      ],
    }),
    ...(block.caption ? [caption(context.captions.figure(block.caption))] : []),
  ];
}

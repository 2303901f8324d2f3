import "server-only";
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  TableOfContents,
  TextRun,
} from "docx";
import { LOCALE_INFO } from "@/lib/i18n/locales";
import { blockToDocx } from "./docx-blocks";
import { type ListCounter, markdownToDocx, NUMBERED_LIST } from "./docx-markdown";
import { parseMarkdown } from "./markdown";
import { defaultTimeZone, loadReportImages, type RenderOptions } from "./render-images";
import { captionCounter, type ReportWords, reportWords } from "./render-words";
import type { ReportSnapshot } from "./snapshot";

/**
 * A report as a Word document that partners go on editing (in Word or LibreOffice), made with
 * the `docx` library: the title in the Title style, a table of contents field built from the
 * headings, each chapter a Heading 1 on a new page (so Word's navigation pane lists them), the
 * narratives as ordinary paragraphs, runs, links and lists, tables with a repeating header row,
 * charts as a table of their values, photos with their alternative text. The document's
 * language (for spelling and screen readers) and title are the snapshot's.
 */
export async function renderReportDocx(
  snapshot: ReportSnapshot,
  options: RenderOptions = {},
): Promise<Buffer> {
  const words = await reportWords(snapshot, {
    timeZone: options.timeZone ?? (await defaultTimeZone()),
  });
  const images = await loadReportImages(snapshot, options.readImage);
  const captions = captionCounter(words);
  const lists: ListCounter = { next: 0 };

  const body = snapshot.chapters.flatMap((chapter) => [
    new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, text: chapter.title }),
    ...(chapter.narrative ? markdownToDocx(parseMarkdown(chapter.narrative), lists) : []),
    ...chapter.blocks.flatMap((block) => blockToDocx(block, { words, captions, images })),
    ...(!chapter.narrative && chapter.blocks.length === 0
      ? [
          new Paragraph({
            children: [
              new TextRun({ text: words.t("ReportDocuments.emptyChapter"), italics: true }),
            ],
          }),
        ]
      : []),
  ]);

  const document = new Document({
    title: snapshot.title,
    creator: "WISE Focus",
    lastModifiedBy: "WISE Focus",
    description: words.subtitle.join(" · "),
    // The contents are written with their entries but without page numbers: docx's page
    // estimator (docx/layout) fills them too, but took ten times as long as the rest on a
    // European report. Word asks to update the fields on opening; LibreOffice via Tools, Update.
    features: { updateFields: true },
    styles: {
      default: {
        document: { run: { language: { value: LOCALE_INFO[words.locale].intlTag } } },
      },
      paragraphStyles: [
        {
          id: "Quote",
          name: "Quote",
          basedOn: "Normal",
          next: "Normal",
          quickFormat: true,
          run: { italics: true, color: "404040" },
          paragraph: { indent: { left: 720, right: 720 }, spacing: { before: 120, after: 120 } },
        },
        {
          id: "Caption",
          name: "caption",
          basedOn: "Normal",
          next: "Normal",
          quickFormat: true,
          run: { bold: true, size: 20 },
          paragraph: { spacing: { before: 200, after: 80 }, keepNext: true },
        },
      ],
    },
    numbering: {
      config: [
        {
          reference: NUMBERED_LIST,
          levels: Array.from({ length: 9 }, (_, level) => ({
            level,
            format: LevelFormat.DECIMAL,
            text: `%${level + 1}.`,
            alignment: AlignmentType.START,
            style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
          })),
        },
      ],
    },
    sections: [
      {
        footers: { default: pageFooter(words) },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, text: snapshot.title }),
          ...words.subtitle.map((line) => new Paragraph({ text: line })),
          // Not a heading: the contents list the chapters, not themselves.
          new Paragraph({
            pageBreakBefore: true,
            spacing: { after: 200 },
            children: [
              new TextRun({ text: words.t("ReportDocuments.contents"), bold: true, size: 32 }),
            ],
          }),
          new TableOfContents(words.t("ReportDocuments.contents"), {
            hyperlink: true,
            headingStyleRange: "1-3",
          }),
          ...body,
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

/**
 * "Page 3 of 12" with Word's page fields where the numbers go: the sentence is the catalogue's,
 * cut at its two placeholders, so a language may put them in any order.
 */
function pageFooter(words: ReportWords): Footer {
  const page = "%%PAGE%%";
  const pages = "%%PAGES%%";
  const parts = words.t("ReportDocuments.page", { page, pages }).split(/(%%PAGE%%|%%PAGES%%)/);
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: parts
          .filter((part) => part !== "")
          .map((part) =>
            part === page
              ? new TextRun({ children: [PageNumber.CURRENT], size: 16 })
              : part === pages
                ? new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 16 })
                : new TextRun({ text: part, size: 16 }),
          ),
      }),
    ],
  });
}

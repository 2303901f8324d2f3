import "server-only";
import { ExternalHyperlink, HeadingLevel, Paragraph, type ParagraphChild, TextRun } from "docx";
import type { MdBlock, MdInline } from "./markdown";

/**
 * A narrative's Markdown tree as Word paragraphs and runs: real headings (Heading2–4, below the
 * chapter's Heading1), bold and italic runs, hyperlinks, Word lists (bullets and numbers that
 * restart with each list) and quotes in the Quote style, so that partners go on editing it as
 * ordinary Word text.
 */

export const NUMBERED_LIST = "report-numbered";
export const CODE_FONT = "Consolas";

const HEADINGS = [HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4];

type Style = { bold?: boolean; italics?: boolean; code?: boolean };
/** Where a paragraph sits: in which list at which level, and whether it is quoted. */
type Place = { list?: { ordered: boolean; level: number; instance: number }; quoted?: boolean };

/** Numbered lists get an instance each, so that each starts again at its own first number. */
export type ListCounter = { next: number };

function runs(nodes: readonly MdInline[], style: Style = {}): ParagraphChild[] {
  return nodes.flatMap((node) => runsOfNode(node, style));
}

function runsOfNode(node: MdInline, style: Style): ParagraphChild[] {
  switch (node.type) {
    case "text":
      return [textRun(node.text, style)];
    case "code":
      return [textRun(node.text, { ...style, code: true })];
    case "break":
      return [new TextRun({ break: 1 })];
    case "strong":
      return runs(node.children, { ...style, bold: true });
    case "emphasis":
      return runs(node.children, { ...style, italics: true });
    case "link":
      return [
        new ExternalHyperlink({
          link: node.href,
          children: runs(node.children, style).filter((run) => run instanceof TextRun),
        }),
      ];
  }
}

function textRun(text: string, style: Style) {
  return new TextRun({
    text,
    bold: style.bold,
    italics: style.italics,
    font: style.code ? CODE_FONT : undefined,
  });
}

function paragraph(children: ParagraphChild[], place: Place, continued: boolean) {
  const { list, quoted } = place;
  return new Paragraph({
    children,
    style: quoted ? "Quote" : undefined,
    ...(list && !continued
      ? list.ordered
        ? { numbering: { reference: NUMBERED_LIST, level: list.level, instance: list.instance } }
        : { bullet: { level: list.level } }
      : {}),
    // A list item's second paragraph lines up with its first one's text.
    ...(list && continued ? { indent: { left: 720 * (list.level + 1) } } : {}),
  });
}

/** A narrative's blocks as the paragraphs of a Word document. */
export function markdownToDocx(
  blocks: readonly MdBlock[],
  counter: ListCounter,
  place: Place = {},
  continued = false,
): Paragraph[] {
  return blocks.flatMap((block) => blockParagraphs(block, counter, place, continued));
}

function blockParagraphs(
  block: MdBlock,
  counter: ListCounter,
  place: Place,
  continued: boolean,
): Paragraph[] {
  switch (block.type) {
    case "heading":
      return [
        new Paragraph({ heading: HEADINGS[block.level - 1], children: runs(block.children) }),
      ];
    case "paragraph":
      return [paragraph(runs(block.children), place, continued)];
    case "code":
      return [
        paragraph(
          block.text
            .split("\n")
            .flatMap((line, index) => [
              ...(index > 0 ? [new TextRun({ break: 1 })] : []),
              textRun(line, { code: true }),
            ]),
          place,
          continued,
        ),
      ];
    case "blockquote":
      return markdownToDocx(block.children, counter, { ...place, quoted: true }, continued);
    case "list": {
      const level = place.list ? Math.min(place.list.level + 1, 8) : 0;
      const instance = block.ordered ? ++counter.next : 0;
      const list = { ordered: block.ordered, level, instance };
      // Only an item's first paragraph carries its bullet or number.
      return block.items.flatMap((item) =>
        item.flatMap((child, index) =>
          markdownToDocx([child], counter, { ...place, list }, index > 0),
        ),
      );
    }
  }
}

import type { ReactNode } from "react";
import type { MdBlock, MdInline } from "@/lib/reports/markdown";

/**
 * A narrative's Markdown tree (lib/reports/markdown) as React elements, for the web version
 * and the editor's live preview alike: no HTML string is ever inserted, so what a partner types
 * is text unless the tree made it an element. Narrative headings sit below the chapter's h2.
 */

const HEADING_TAGS = { 1: "h3", 2: "h4", 3: "h5" } as const;
const HEADING_CLASSES = {
  1: "mt-6 text-lg font-semibold",
  2: "mt-5 text-base font-semibold",
  3: "mt-4 text-base font-medium",
} as const;

function Inlines({ nodes }: { nodes: readonly MdInline[] }): ReactNode {
  return nodes.map((node, index) => inline(node, `${node.type}-${index}`));
}

function inline(node: MdInline, key: string): ReactNode {
  switch (node.type) {
    case "text":
      return node.text;
    case "break":
      return <br key={key} />;
    case "code":
      return (
        <code key={key} className="rounded bg-slate-100 px-1 font-mono text-[0.9em]">
          {node.text}
        </code>
      );
    case "strong":
      return (
        <strong key={key}>
          <Inlines nodes={node.children} />
        </strong>
      );
    case "emphasis":
      return (
        <em key={key}>
          <Inlines nodes={node.children} />
        </em>
      );
    case "link":
      return (
        <a key={key} href={node.href} rel="noopener noreferrer nofollow" className="underline">
          <Inlines nodes={node.children} />
        </a>
      );
  }
}

export function MarkdownBlocks({ blocks }: { blocks: readonly MdBlock[] }): ReactNode {
  return blocks.map((block, index) => blockElement(block, `${block.type}-${index}`));
}

function blockElement(block: MdBlock, key: string): ReactNode {
  switch (block.type) {
    case "heading": {
      const Tag = HEADING_TAGS[block.level];
      return (
        <Tag key={key} className={HEADING_CLASSES[block.level]}>
          <Inlines nodes={block.children} />
        </Tag>
      );
    }
    case "paragraph":
      return (
        <p key={key} className="my-3">
          <Inlines nodes={block.children} />
        </p>
      );
    case "list": {
      const items = block.items.map((item, itemIndex) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: items have no identity but their place.
        <li key={itemIndex}>
          <MarkdownBlocks blocks={item} />
        </li>
      ));
      return block.ordered ? (
        <ol key={key} start={block.start} className="my-3 list-decimal ps-6">
          {items}
        </ol>
      ) : (
        <ul key={key} className="my-3 list-disc ps-6">
          {items}
        </ul>
      );
    }
    case "blockquote":
      return (
        <blockquote key={key} className="my-3 border-s-4 border-slate-300 ps-4 italic">
          <MarkdownBlocks blocks={block.children} />
        </blockquote>
      );
    case "code":
      return (
        <pre key={key} className="my-3 overflow-x-auto rounded bg-slate-100 p-3 text-sm">
          <code>{block.text}</code>
        </pre>
      );
  }
}

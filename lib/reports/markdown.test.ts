import { describe, expect, it } from "vitest";
import { inlineText, type MdBlock, type MdInline, parseMarkdown, safeHref } from "./markdown";

function allInlines(blocks: readonly MdBlock[]): MdInline[] {
  const walk = (nodes: readonly MdInline[]): MdInline[] =>
    nodes.flatMap((node) => [node, ...("children" in node ? walk(node.children) : [])]);
  return blocks.flatMap((block) => {
    if (block.type === "heading" || block.type === "paragraph") return walk(block.children);
    if (block.type === "blockquote") return allInlines(block.children);
    if (block.type === "list") return block.items.flatMap(allInlines);
    return [];
  });
}

const links = (markdown: string) =>
  allInlines(parseMarkdown(markdown)).filter((node) => node.type === "link");

describe("narrative Markdown as a tree", () => {
  it("keeps headings, emphasis, strong, lists, quotes and code, in Romanian and Greek", () => {
    const tree = parseMarkdown(
      [
        "# Întreprinderi sociale de inserție",
        "",
        "Text cu **diacritice ș ț** și *accent* și `cod`.",
        "",
        "## Συμπεράσματα",
        "",
        "- primul",
        "- al doilea",
        "  1. nested",
        "",
        "> Η κοινωνική οικονομία",
        "",
        "```",
        "<b>not bold</b>",
        "```",
      ].join("\n"),
    );
    expect(tree.map((block) => block.type)).toEqual([
      "heading",
      "paragraph",
      "heading",
      "list",
      "blockquote",
      "code",
    ]);
    expect(tree[0]).toMatchObject({ level: 1 });
    expect(tree[2]).toMatchObject({ level: 2 });
    expect(tree[1]).toEqual({
      type: "paragraph",
      children: [
        { type: "text", text: "Text cu " },
        { type: "strong", children: [{ type: "text", text: "diacritice ș ț" }] },
        { type: "text", text: " și " },
        { type: "emphasis", children: [{ type: "text", text: "accent" }] },
        { type: "text", text: " și " },
        { type: "code", text: "cod" },
        { type: "text", text: "." },
      ],
    });
    const list = tree[3] as Extract<MdBlock, { type: "list" }>;
    expect(list.ordered).toBe(false);
    expect(list.items).toHaveLength(2);
    expect(list.items[1]?.[1]).toMatchObject({ type: "list", ordered: true, start: 1 });
    expect(tree[5]).toEqual({ type: "code", text: "<b>not bold</b>" });
  });

  it("shows raw HTML as the characters typed, never as an element", () => {
    const tree = parseMarkdown(
      'Hello <script>alert("x")</script> <img src=x onerror=alert(1)>\n\n<div onclick="x()">block</div>',
    );
    const texts = allInlines(tree).filter((node) => node.type === "text");
    expect(texts.map((node) => (node as { text: string }).text).join("")).toContain(
      '<script>alert("x")</script>',
    );
    expect(inlineText(allInlines(tree).slice(0, 1))).toContain("<img src=x onerror=alert(1)>");
    expect(tree[1]).toEqual({
      type: "paragraph",
      children: [{ type: "text", text: '<div onclick="x()">block</div>' }],
    });
  });

  it("keeps http, https and mailto links and drops any other address, keeping the words", () => {
    expect(links("[site](https://example.org/a?b=1) [mail](mailto:a@example.org)")).toEqual([
      {
        type: "link",
        href: "https://example.org/a?b=1",
        children: [{ type: "text", text: "site" }],
      },
      { type: "link", href: "mailto:a@example.org", children: [{ type: "text", text: "mail" }] },
    ]);
    for (const unsafe of [
      "[x](javascript:alert(1))",
      "[x](JaVaScRiPt:alert(1))",
      "[x]( javascript:alert(1))",
      "[x](data:text/html,<script>alert(1)</script>)",
      "[x](vbscript:msgbox)",
      "[x](/relative/path)",
      "[x](//evil.example)",
      "[x](&#106;avascript:alert(1))",
    ]) {
      expect(links(unsafe), unsafe).toEqual([]);
      expect(inlineText(allInlines(parseMarkdown(unsafe)))).toContain("x");
    }
    expect(safeHref("https://ok.example")).toBe("https://ok.example/");
    expect(safeHref("ftp://files.example")).toBeNull();
  });

  it("shows an image as its written form and decodes only plain character references", () => {
    const [paragraph] = parseMarkdown("![alt](https://x.example/a.png) &amp; &#351; &copy;");
    expect(paragraph).toEqual({
      type: "paragraph",
      children: [{ type: "text", text: "![alt](https://x.example/a.png) & ş &copy;" }],
    });
  });

  it("caps heading levels at three and turns tables into their lines", () => {
    const tree = parseMarkdown("#### Deep\n\n| a | b |\n|---|---|\n| 1 | 2 |");
    expect(tree[0]).toMatchObject({ type: "heading", level: 3 });
    expect(inlineText((tree[1] as { children: MdInline[] }).children)).toContain("| 1 | 2 |");
  });
});

import { Lexer, type Token, type Tokens } from "marked";

/**
 * The narratives partners write are Markdown; every output (the web version, the editor's live
 * preview, the PDF and the DOCX) draws them from this one small tree, never from HTML. marked's
 * lexer (no renderer) reads the text; whatever the tree has no place for comes back as text:
 * raw HTML is shown as the characters typed, an image as its written form, a table as its lines,
 * and a link whose address is not http, https or mailto as its words alone. So nothing a partner
 * types can run in a reader's browser or hide in a file.
 *
 * Supported: headings (three levels below the chapter's own), paragraphs, emphasis, strong,
 * links, ordered and unordered lists (nested), block quotes, code (inline and blocks), hard
 * line breaks. A thematic break (---) is dropped. Character references: the five of HTML's
 * syntax, &nbsp; and numeric ones are decoded; other named ones stay as typed.
 */

export type MdInline =
  | { type: "text"; text: string }
  | { type: "strong" | "emphasis"; children: MdInline[] }
  | { type: "code"; text: string }
  | { type: "link"; href: string; children: MdInline[] }
  | { type: "break" };

export type MdBlock =
  /** Level 1 to 3 below the heading of the chapter the narrative belongs to. */
  | { type: "heading"; level: 1 | 2 | 3; children: MdInline[] }
  | { type: "paragraph"; children: MdInline[] }
  | { type: "list"; ordered: boolean; start: number; items: MdBlock[][] }
  | { type: "blockquote"; children: MdBlock[] }
  | { type: "code"; text: string };

const SAFE_PROTOCOLS = new Set(["http:", "https:", "mailto:"]);

/** The address if a reader may follow it: absolute, and http, https or mailto only. */
export function safeHref(href: string): string | null {
  try {
    const url = new URL(href.trim());
    return SAFE_PROTOCOLS.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

const NAMED_REFERENCES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
};

function decodeReferences(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith("#")) {
      const code =
        name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : +name.slice(1);
      // Zero and surrogates are not characters (CommonMark turns them into U+FFFD).
      if (code === 0 || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) return "\ufffd";
      return String.fromCodePoint(code);
    }
    return NAMED_REFERENCES[name.toLowerCase()] ?? whole;
  });
}

/** Adjacent text runs merged, so that renderers and tests see "a <b> c" as one run. */
function pushText(into: MdInline[], text: string) {
  if (text === "") return;
  const last = into.at(-1);
  if (last?.type === "text") last.text += text;
  else into.push({ type: "text", text });
}

function inlines(tokens: Token[] | undefined, into: MdInline[] = []): MdInline[] {
  for (const token of tokens ?? []) {
    switch (token.type) {
      case "strong":
      case "em":
        into.push({
          type: token.type === "em" ? "emphasis" : "strong",
          children: inlines(token.tokens),
        });
        break;
      case "codespan":
        into.push({ type: "code", text: decodeReferences(token.text) });
        break;
      case "br":
        into.push({ type: "break" });
        break;
      case "link": {
        const href = safeHref((token as Tokens.Link).href);
        const children = inlines(token.tokens);
        if (href) into.push({ type: "link", href, children });
        else for (const child of children) inlineInto(into, child);
        break;
      }
      case "escape":
        pushText(into, token.text);
        break;
      case "text":
        // A list item's text token holds the inline tokens of its line.
        if ("tokens" in token && token.tokens?.length) inlines(token.tokens, into);
        else pushText(into, decodeReferences(token.text));
        break;
      case "html":
        // Raw HTML is shown as typed, never interpreted.
        pushText(into, token.raw);
        break;
      default:
        // image, del and anything newer: the characters the partner typed.
        pushText(into, token.raw);
    }
  }
  return into;
}

function inlineInto(into: MdInline[], node: MdInline) {
  if (node.type === "text") pushText(into, node.text);
  else into.push(node);
}

function blocks(tokens: Token[]): MdBlock[] {
  const out: MdBlock[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case "heading":
        out.push({
          type: "heading",
          level: Math.min(token.depth, 3) as 1 | 2 | 3,
          children: inlines(token.tokens),
        });
        break;
      case "paragraph":
        out.push({ type: "paragraph", children: inlines(token.tokens) });
        break;
      case "text":
        // Text directly inside a tight list item.
        out.push({ type: "paragraph", children: inlines([token]) });
        break;
      case "list": {
        const list = token as Tokens.List;
        out.push({
          type: "list",
          ordered: list.ordered,
          start: typeof list.start === "number" ? list.start : 1,
          items: list.items.map((item) => blocks(item.tokens)),
        });
        break;
      }
      case "blockquote":
        out.push({ type: "blockquote", children: blocks(token.tokens ?? []) });
        break;
      case "code":
        out.push({ type: "code", text: token.text });
        break;
      case "space":
      case "hr":
      case "def":
        break;
      case "html":
        out.push({ type: "paragraph", children: [{ type: "text", text: token.raw.trimEnd() }] });
        break;
      default:
        // A table or anything newer: its lines as text.
        out.push({ type: "paragraph", children: [{ type: "text", text: token.raw.trimEnd() }] });
    }
  }
  return out;
}

/** A narrative as the tree every renderer draws. CommonMark without GitHub's extensions. */
export function parseMarkdown(markdown: string): MdBlock[] {
  return blocks(Lexer.lex(markdown, { gfm: false }));
}

/** The text of some inline nodes, links as their words: for alt texts, PDF outlines and tests. */
export function inlineText(nodes: readonly MdInline[]): string {
  return nodes
    .map((node) => {
      if (node.type === "text" || node.type === "code") return node.text;
      if (node.type === "break") return "\n";
      return inlineText(node.children);
    })
    .join("");
}

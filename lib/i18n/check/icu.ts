import { type MessageFormatElement, parse, TYPE } from "@formatjs/icu-messageformat-parser";

/** What a message asks of its caller: argument names, rich-text tags, and its cardinal plurals. */
export type MessageShape = {
  /** Argument names and tags (as "<b>"), sorted: the caller supplies the same in every language. */
  arguments: string[];
  /** Each cardinal plural's argument and the categories it writes out ("=0" excluded). */
  plurals: { argument: string; categories: string[] }[];
};

export type ParsedMessage = { ok: true; shape: MessageShape } | { ok: false; error: string };

function collect(elements: MessageFormatElement[], names: Set<string>, shape: MessageShape) {
  for (const element of elements) {
    switch (element.type) {
      case TYPE.argument:
      case TYPE.number:
      case TYPE.date:
      case TYPE.time:
        names.add(element.value);
        break;
      case TYPE.select:
      case TYPE.plural:
        names.add(element.value);
        if (element.type === TYPE.plural && element.pluralType === "cardinal") {
          shape.plurals.push({
            argument: element.value,
            categories: Object.keys(element.options).filter((key) => !key.startsWith("=")),
          });
        }
        for (const option of Object.values(element.options)) collect(option.value, names, shape);
        break;
      case TYPE.tag:
        names.add(`<${element.value}>`);
        collect(element.children, names, shape);
        break;
      default:
        break;
    }
  }
}

/** Parses a message as next-intl will (ICU, with rich-text tags), or says why it cannot. */
export function parseMessage(message: string): ParsedMessage {
  try {
    const names = new Set<string>();
    const shape: MessageShape = { arguments: [], plurals: [] };
    collect(parse(message), names, shape);
    shape.arguments = [...names].sort();
    return { ok: true, shape };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** The plural categories a language's grammar distinguishes (Polish: one, few, many, other). */
export function requiredPluralCategories(locale: string): string[] {
  return [...new Intl.PluralRules(locale).resolvedOptions().pluralCategories];
}

function literalText(elements: MessageFormatElement[]): string {
  return elements
    .map((element) => {
      if (element.type === TYPE.literal) return element.value;
      if (element.type === TYPE.tag) return literalText(element.children);
      if (element.type === TYPE.plural || element.type === TYPE.select) {
        return Object.values(element.options)
          .map((option) => literalText(option.value))
          .join(" ");
      }
      return " ";
    })
    .join("");
}

/** The words a reader sees, placeholders left out ("{name} · {role}" has none). */
export function visibleText(message: string): string {
  try {
    return literalText(parse(message));
  } catch {
    return message;
  }
}

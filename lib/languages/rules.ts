import { type MessageFormatElement, parse, TYPE } from "@formatjs/icu-messageformat-parser";

/**
 * Pure rules of partners' text corrections: which catalogue texts a partner may correct, and
 * whether a correction is a message the app can still fill in. No Prisma, no Next.
 */

/**
 * The catalogue namespaces partners correct: the fixed texts of participants' summaries,
 * including their easy-read version (Summaries.easy). Other texts change with the software and
 * are translated through the catalogues.
 */
export const CORRECTABLE_NAMESPACES = ["Summaries"] as const;

/** Every message under the correctable namespaces, as "Namespace.path.key" → text, in order. */
export function correctableMessages(messages: Readonly<Record<string, unknown>>) {
  const found: { key: string; text: string }[] = [];
  const walk = (node: unknown, path: string) => {
    if (typeof node === "string") found.push({ key: path, text: node });
    else if (node && typeof node === "object") {
      for (const [key, child] of Object.entries(node)) walk(child, `${path}.${key}`);
    }
  };
  for (const namespace of CORRECTABLE_NAMESPACES) walk(messages[namespace], namespace);
  return found;
}

/** The message at "Namespace.path.key", or null when there is none (or it is not a text). */
export function messageAt(messages: Readonly<Record<string, unknown>>, key: string) {
  const value = key
    .split(".")
    .reduce<unknown>(
      (node, part) =>
        node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined,
      messages,
    );
  return typeof value === "string" ? value : null;
}

export function isCorrectableKey(messages: Readonly<Record<string, unknown>>, key: string) {
  const namespace = key.split(".")[0];
  return (
    (CORRECTABLE_NAMESPACES as readonly string[]).includes(namespace) &&
    messageAt(messages, key) !== null
  );
}

/** The arguments (and rich-text tags, as "<tag>") a message uses, sorted. */
function argumentsOf(elements: MessageFormatElement[], found = new Set<string>()) {
  for (const element of elements) {
    if (element.type === TYPE.tag) {
      found.add(`<${element.value}>`);
      argumentsOf(element.children, found);
    } else if (element.type !== TYPE.literal && element.type !== TYPE.pound) {
      found.add(element.value);
    }
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) argumentsOf(option.value, found);
    }
  }
  return found;
}

export type CorrectionProblem = "textCorrectionInvalid" | "textCorrectionPlaceholders";

/**
 * Why a correction cannot replace the catalogue's message, or null: it must parse as an ICU
 * message, and use exactly the original's arguments (a missing one would drop a number from the
 * page, an extra one would show as "{name}" or fail), so the app fills it in as before.
 */
export function correctionProblem(original: string, correction: string): CorrectionProblem | null {
  let corrected: Set<string>;
  try {
    corrected = argumentsOf(parse(correction));
  } catch {
    return "textCorrectionInvalid";
  }
  const expected = argumentsOf(parse(original));
  const same =
    corrected.size === expected.size && [...expected].every((name) => corrected.has(name));
  return same ? null : "textCorrectionPlaceholders";
}

/**
 * A copy of the catalogue with each corrected message in place; other messages untouched.
 * `prepare` turns a correction's ICU text into the form the catalogue's messages have: in a
 * production build they are compiled (next.config.ts, `precompile`), and a message with
 * arguments is then an array rather than a string.
 */
export function withCorrections<M extends Record<string, unknown>>(
  messages: M,
  corrections: readonly { key: string; text: string }[],
  prepare: (text: string, original: unknown) => unknown = (text) => text,
): M {
  if (corrections.length === 0) return messages;
  const copy = structuredClone(messages) as unknown as Record<string, unknown>;
  for (const { key, text } of corrections) {
    const parts = key.split(".");
    const last = parts.pop();
    let node: Record<string, unknown> | undefined = copy;
    for (const part of parts) {
      const child: unknown = node?.[part];
      node =
        child && typeof child === "object" && !Array.isArray(child)
          ? (child as Record<string, unknown>)
          : undefined;
    }
    // A correction of a message the catalogue no longer has is left out, not added.
    const original = node && last ? node[last] : undefined;
    if (node && last && (typeof original === "string" || Array.isArray(original))) {
      node[last] = prepare(text, original);
    }
  }
  return copy as unknown as M;
}

import type { Problem } from "./problems";
import type { SourceFacts } from "./source-scan";

/** Keys built at run time from a code or an enum value, declared so the scanner accepts them. */
export type DynamicPrefix = { prefix: string; reason: string };

/**
 * Namespaces whose keys travel as data (a command returns "sessionNotFound", the form
 * translates it): a key counts as used when its name appears as a string anywhere.
 */
export const KEYS_AS_DATA = ["Errors"];

/** The full keys a literal may stand for in its file: itself, or under one of the file's namespaces. */
function candidates(literal: string, namespaces: readonly string[]): string[] {
  return [
    literal,
    ...namespaces.map((namespace) => (literal ? `${namespace}.${literal}` : `${namespace}.`)),
  ];
}

/**
 * Keys of the English catalogue no code uses, dynamic keys in code no declared prefix covers,
 * and declared prefixes no key or code uses any more.
 */
export function checkKeyUsage(
  keys: readonly string[],
  sources: readonly SourceFacts[],
  declared: readonly DynamicPrefix[],
): Problem[] {
  const used = new Set<string>();
  const anywhere = new Set<string>();
  const problems: Problem[] = [];
  const usedPrefixes = new Set<string>();
  for (const source of sources) {
    for (const literal of source.literals) {
      anywhere.add(literal);
      for (const key of candidates(literal, source.namespaces)) used.add(key);
    }
    for (const dynamic of source.dynamicPrefixes) {
      const covering = candidates(dynamic, source.namespaces).flatMap((candidate) =>
        declared.filter(({ prefix }) => candidate.startsWith(prefix)),
      );
      if (covering.length === 0) {
        problems.push({
          kind: "dynamic key undeclared",
          where: `${source.file} \`${dynamic}\${…}\``,
          detail: "declare its prefix in lib/i18n/check/dynamic-keys.ts",
        });
      }
      for (const { prefix } of covering) usedPrefixes.add(prefix);
    }
  }
  for (const key of keys) {
    const [namespace = "", ...rest] = key.split(".");
    const isUsed =
      used.has(key) ||
      (KEYS_AS_DATA.includes(namespace) && anywhere.has(rest.join("."))) ||
      declared.some(({ prefix }) => key.startsWith(prefix));
    if (!isUsed) problems.push({ kind: "unused key", where: key });
  }
  for (const { prefix } of declared) {
    if (!keys.some((key) => key.startsWith(prefix))) {
      problems.push({ kind: "dynamic prefix unused", where: prefix, detail: "no key under it" });
    }
  }
  return problems;
}

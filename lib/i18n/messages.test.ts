import { describe, expect, it } from "vitest";
import { MESSAGES } from "./messages";

const { en, ro } = MESSAGES;

function keysOf(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) =>
    keysOf(child, prefix ? `${prefix}.${key}` : key),
  );
}

function placeholdersOf(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
}

function valueAt(messages: unknown, path: string): string {
  return path
    .split(".")
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], messages) as string;
}

describe("message catalogues", () => {
  it("Romanian translates every English message and nothing else", () => {
    expect(keysOf(ro).sort()).toEqual(keysOf(en).sort());
  });

  it("keeps the same placeholders in both languages", () => {
    for (const key of keysOf(en)) {
      expect(placeholdersOf(valueAt(ro, key)), key).toEqual(placeholdersOf(valueAt(en, key)));
    }
  });

  it("has no empty message", () => {
    for (const key of keysOf(ro)) expect(valueAt(ro, key).trim(), key).not.toBe("");
  });
});

import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FEATURES, loadMessages } from "./index";

describe("loadMessages", () => {
  it("lists every English feature file, so none is left out of a language's catalogue", () => {
    const files = readdirSync("lib/i18n/messages/en").map((name) => name.replace(/\.json$/, ""));
    expect([...FEATURES].sort()).toEqual(files.sort());
  });

  it("merges a namespace several files add to, in every language", async () => {
    for (const locale of ["en", "el", "ro"] as const) {
      const { Errors } = await loadMessages(locale);
      // "forbidden" comes from common.json, "liveNotStarted" from live-errors.json.
      expect(Errors.forbidden, locale).toEqual(expect.any(String));
      expect(Errors.liveNotStarted, locale).toEqual(expect.any(String));
    }
  });

  it("reads a language once and then serves it from memory", async () => {
    const first = await loadMessages("bg");
    expect(await loadMessages("bg")).toBe(first);
    expect(Object.keys(first).sort()).toEqual(Object.keys(await loadMessages("en")).sort());
    expect((await loadMessages("ro")).Language.change).toBe("Schimbă");
  });
});

import { describe, expect, it } from "vitest";
import { libraryHref, prefillFromSection, proposedTitle } from "./rules";

describe("a good practice's proposed title", () => {
  it("is the source's first line when it is short", () => {
    expect(proposedTitle("  Mentors from the bakery\nEach new worker gets one.")).toBe(
      "Mentors from the bakery",
    );
  });

  it("is cut at a word, with an ellipsis, when the first line is long", () => {
    const title = proposedTitle(`${"word ".repeat(40)}end`);
    expect(title.length).toBeLessThanOrEqual(121);
    expect(title.endsWith("word…")).toBe(true);
  });
});

describe("the prefill of a case-study section", () => {
  const context = { locale: "ro", agreedModel: "PLACEMENT", wiseName: "Atelierul" };

  it("fills the digital tools only from the digital-tools section", () => {
    expect(prefillFromSection("DIGITAL_TOOLS", "Tablets", context).digitalTools).toBe("Tablets");
    expect(prefillFromSection("PRACTICES", "Mentors", context).digitalTools).toBe("");
  });

  it("tags the WISE's agreed model, and none when there is none", () => {
    expect(prefillFromSection("PRACTICES", "x", context).models).toEqual(["PLACEMENT"]);
    expect(prefillFromSection("PRACTICES", "x", { ...context, agreedModel: null }).models).toEqual(
      [],
    );
  });

  it("falls back to the WISE's name for an empty section", () => {
    expect(prefillFromSection("CHALLENGES", "", context).title).toBe("Atelierul");
  });
});

describe("the library's address", () => {
  it("keeps the search and filters, and names the page after the first", () => {
    expect(libraryHref("/practices", { q: "pâine cu mâna", country: "RO" }, 2)).toBe(
      "/practices?q=p%C3%A2ine+cu+m%C3%A2na&country=RO&page=2",
    );
    expect(libraryHref("/good-practices", {}, 1)).toBe("/good-practices");
  });
});

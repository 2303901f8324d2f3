import { describe, expect, it } from "vitest";
import { attachmentHeader, exportFileName, slugify } from "./file-names";

describe("export file names", () => {
  it("writes a Romanian title in plain ASCII, cut at 50 characters", () => {
    expect(slugify("Țesătoria: ș, ț, ă, â, î")).toBe("tesatoria-s-t-a-a-i");
    expect(slugify("Focus grup București: modele de întreprinderi sociale de inserție")).toBe(
      "focus-grup-bucuresti-modele-de-intreprinderi-socia",
    );
  });

  it("names the file after the session, its date and its content", () => {
    const session = { title: "Focus grup Iași", startsAt: new Date("2026-12-03T07:30:00Z") };
    expect(exportFileName(session, "raw-scores", "csv")).toBe(
      "focus-grup-iasi-2026-12-03-raw-scores.csv",
    );
  });

  it("falls back on a neutral name and never lets a quote into the header", () => {
    expect(slugify("***")).toBe("session");
    expect(attachmentHeader('a"b.csv')).toBe('attachment; filename="ab.csv"');
  });
});

import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { loadMessages } from "@/lib/i18n/messages";
import { readPdf } from "@/tests/fixtures/read-pdf";
import {
  fixtureSnapshot,
  GREEK_NARRATIVE,
  readFixtureImage,
} from "@/tests/fixtures/report-snapshot";
import { renderReportPdf } from "./render-pdf";

const OPTIONS = { readImage: readFixtureImage, timeZone: "Europe/Bucharest" };
/** pdf.js breaks lines where the layout does: compare with runs of white space as one space. */
const flat = (text: string) => text.replace(/\s+/g, " ");

// Each test writes and reads back a real PDF: slow on a busy machine, hence the longer timeout.
describe("a report as a tagged PDF", { timeout: 60_000 }, () => {
  it("holds every block's text in Romanian and Greek, with its numbers and pictures' stand-ins", async () => {
    const snapshot = fixtureSnapshot();
    const t = createTranslator({
      locale: "ro",
      messages: await loadMessages("ro"),
      namespace: "ReportDocuments",
    });
    const pdf = await renderReportPdf(snapshot, OPTIONS);
    const { text, pages, images } = await readPdf(pdf);
    const all = flat(text.join("\n"));

    // Title page, contents, then one page run per chapter.
    expect(pages).toBe(6);
    expect(flat(text[0] ?? "")).toContain("Raport de țară: România 2026");
    expect(flat(text[0] ?? "")).toContain("1 decembrie 2026");
    // The contents give each chapter's page, as the footers number them.
    expect(flat(text[1] ?? "")).toMatch(
      /Introducere 3 Sectorul în cifre 4 Studii de caz 5 Concluzii 6/,
    );
    expect(flat(text[2] ?? "")).toContain(t("page", { page: 3, pages: 6 }));

    for (const expected of [
      "Întreprinderile sociale de inserție au angajat persoane vulnerabile în județul Iași.",
      "Priorități naționale",
      "formare în competențe digitale",
      "ghidul rețelei (https://example.org/ghid)",
      "link periculos",
      "<script>alert('x')</script>",
      flat(GREEK_NARRATIVE.replace(/\*/g, "")),
      t("table", { number: 1, caption: "Întreprinderi sociale după model și mărime" }),
      "Întreprindere socială de inserție 18 60 %",
      "Grupurile mai mici de cinci nu sunt arătate.",
      t("figure", { number: 1, caption: "Nivelul competențelor digitale" }),
      "62,5 %",
      "Model: Întreprindere socială de inserție",
      "“Aici am învățat să lucrez cu calculatorul.”",
      t("speaker", { speaker: "lucrător cu nevoi de sprijin" }),
      t("figure", { number: 2, caption: "Atelierul de țesut" }),
      t("imageNotShown", { alt: "Fotografie ștearsă din arhivă" }),
      t("emptyChapter"),
    ]) {
      expect(all).toContain(flat(expected));
    }
    // The unsafe link's address never reaches the page; the embedded photos are not text.
    expect(all).not.toContain("javascript");
    expect(all).not.toContain(t("imageNotShown", { alt: "Doi lucrători țes un covor la război" }));
    expect(all).not.toContain(t("imageNotShown", { alt: "Fotografie WebP a echipei" }));
    // The JPEG, the PNG and the WebP (converted) are painted on the page.
    expect(images).toBe(3);
  });

  it("is tagged: one H1, chapters as H2, subheads, a table with header cells, figures with alt text", async () => {
    const pdf = await renderReportPdf(fixtureSnapshot(), OPTIONS);
    const { structure } = await readPdf(pdf);
    const roles = structure.map((node) => node.role);
    expect(roles.filter((role) => role === "H1")).toHaveLength(1);
    // "Contents" and the four chapters.
    expect(roles.filter((role) => role === "H2")).toHaveLength(5);
    expect(roles).toContain("H3");
    expect(roles).toContain("H4");
    for (const role of ["TOC", "TOCI", "Table", "TH", "TD", "L", "LI", "BlockQuote", "Caption"]) {
      expect(roles, role).toContain(role);
    }
    const alts = structure.filter((node) => node.role === "Figure").map((node) => node.alt);
    // The chart (its numbers in words) and the three photos whose bytes could be read.
    expect(alts).toHaveLength(4);
    expect(alts[0]).toContain("Nivelul competențelor digitale");
    expect(alts[0]).toContain("Comunicare: 62,5 %");
    expect(alts).toContain("Doi lucrători țes un covor la război");
    expect(alts).toContain("Έγγραφο εκπαίδευσης στον υπολογιστή");
    expect(alts).toContain("Fotografie WebP a echipei");
    // The contents come before the first chapter in reading order, though written last.
    expect(roles.indexOf("TOC")).toBeLessThan(roles.indexOf("Table"));

    const raw = pdf.toString("latin1");
    expect(raw).toMatch(/\/Lang \(ro\)/);
    expect(raw).toMatch(/\/Marked true/);
    expect(raw).toMatch(/<pdfuaid:part>1<\/pdfuaid:part>/);
    expect(raw).toMatch(/\/Outlines/);
  });

  it("speaks the snapshot's language: a Greek report is marked Greek and keeps its script", async () => {
    const snapshot = fixtureSnapshot({
      locale: "el",
      countryCode: "GR",
      title: "Έκθεση χώρας: Ελλάδα",
    });
    const pdf = await renderReportPdf(snapshot, OPTIONS);
    expect(pdf.toString("latin1")).toMatch(/\/Lang \(el\)/);
    const { text } = await readPdf(pdf);
    expect(flat(text[0] ?? "")).toContain("Έκθεση χώρας: Ελλάδα");
    // The country's name in the report's language, and the date in Greek.
    expect(flat(text[0] ?? "")).toContain("Ελλάδα");
    expect(flat(text[0] ?? "")).toContain("Δεκεμβρίου 2026");
  });

  it("shows a picture whose bytes cannot be read as its alt text instead of failing", async () => {
    const pdf = await renderReportPdf(fixtureSnapshot(), {
      ...OPTIONS,
      readImage: async () => {
        throw new Error("storage unreachable");
      },
    });
    const { text, structure, images } = await readPdf(pdf);
    expect(flat(text.join("\n"))).toContain("Doi lucrători țes un covor la război");
    expect(structure.filter((node) => node.role === "Figure")).toHaveLength(1);
    expect(images).toBe(0);
  });

  it("flows a long table over pages, repeating its header row for the eye but tagging it once", async () => {
    const rows = Array.from({ length: 120 }, (_, index) => [`Întreprinderea ${index + 1}`, index]);
    const snapshot = fixtureSnapshot({
      chapters: [
        {
          key: "sector",
          title: "Sectorul în cifre",
          narrative: null,
          blocks: [
            {
              kind: "table",
              caption: "Toate întreprinderile",
              columns: [{ label: "Întreprindere" }, { label: "Angajați", align: "end" }],
              rows,
            },
          ],
        },
      ],
    });
    const pdf = await renderReportPdf(snapshot, OPTIONS);
    const { text, pages } = await readPdf(pdf);
    // Title page, contents, and the table over at least three pages.
    expect(pages).toBeGreaterThanOrEqual(5);
    for (const page of text.slice(3)) expect(flat(page)).toMatch(/^Întreprindere Angajați /);
    // The structure elements are not compressed: count them in the file.
    const raw = pdf.toString("latin1");
    expect(raw.match(/\/S \/TR\b/g)).toHaveLength(121);
    // Two column headers and one row header per row: the repeated headers are artifacts.
    expect(raw.match(/\/S \/TH\b/g)).toHaveLength(2 + 120);
    expect(flat(text.join(" "))).toContain("Întreprinderea 120 119");
  });
});

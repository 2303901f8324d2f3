import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { MarkdownPreview } from "@/components/reports/markdown-preview";
import { ReportView } from "@/components/reports/report-document";
import { fixtureSnapshot, ROMANIAN_NARRATIVE } from "@/tests/fixtures/report-snapshot";
import { reportWords } from "./render-words";

async function renderReport() {
  const snapshot = fixtureSnapshot();
  const words = await reportWords(snapshot, { timeZone: "Europe/Bucharest" });
  const html = renderToStaticMarkup(createElement(ReportView, { snapshot, words }));
  return { html, words };
}

/** The first group of every match: enough querying of static markup, without a browser DOM. */
const all = (html: string, pattern: RegExp) =>
  [...html.matchAll(pattern)].map((match) => match[1] ?? match[0]);

describe("the report's web version", () => {
  it("is marked with the report's language and links its contents to each chapter", async () => {
    const { html } = await renderReport();
    expect(html).toMatch(/^<article lang="ro"/);
    const links = all(html, /<a href="#([^"]+)"/g);
    const sections = all(html, /<section id="([^"]+)"/g);
    expect(links).toEqual([
      "chapter-introduction",
      "chapter-sector",
      "chapter-caseStudies",
      "chapter-conclusions",
    ]);
    expect(sections).toEqual(links);
    expect(all(html, /<h1[^>]*>([^<]*)<\/h1>/g)).toEqual(["Raport de țară: România 2026"]);
    expect(all(html, /<h2 id="chapter-[^"]*"[^>]*>([^<]*)<\/h2>/g)).toEqual([
      "Introducere",
      "Sectorul în cifre",
      "Studii de caz",
      "Concluzii",
    ]);
  });

  it("never lets a narrative's HTML or unsafe link through", async () => {
    const { html } = await renderReport();
    expect(html).not.toContain("<script");
    expect(html).toContain("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;");
    expect(html).not.toMatch(/javascript:/i);
    expect(html).toContain('<a href="https://example.org/ghid" rel="noopener noreferrer nofollow"');
    expect(html).toMatch(/<strong>au angajat<\/strong>/);
    expect(html).toMatch(/<h4[^>]*>Priorități naționale<\/h4>/);
  });

  it("gives tables a numbered caption and header cells, charts their numbers as text, quotes their speaker", async () => {
    const { html, words } = await renderReport();
    expect(html).toContain(
      words.t("ReportDocuments.table", {
        number: 1,
        caption: "Întreprinderi sociale după model și mărime",
      }),
    );
    expect(html.match(/<th scope="col"/g)).toHaveLength(3);
    expect(html).toMatch(/<th scope="row"[^>]*>Atelier protejat<\/th>/);
    // A number the builder left raw is written the reader's way; null is a dash.
    expect(html).toMatch(/<td class="p-2 text-right tabular-nums">18<\/td>/);
    expect(html).toMatch(/<th scope="row"[^>]*>Model național: plasare<\/th><td[^>]*>—<\/td>/);
    expect(html).toContain(
      words.t("ReportDocuments.figure", { number: 1, caption: "Nivelul competențelor digitale" }),
    );
    expect(html).toMatch(/<span aria-hidden="true"[^>]*style="width:50%"/);
    expect(html).toContain(">62,5 %</span>");
    expect(html).toMatch(
      /<blockquote[^>]*><p>“Aici am învățat să lucrez cu calculatorul\.”<\/p><\/blockquote>/,
    );
    expect(html).toContain(
      words.t("ReportDocuments.speaker", { speaker: "lucrător cu nevoi de sprijin" }),
    );
    expect(html).toMatch(/<dt[^>]*>Angajați<\/dt><dd[^>]*>24<\/dd>/);
  });

  it("loads photos through their case study's attachment route, with their alt text", async () => {
    const { html, words } = await renderReport();
    expect(html).toMatch(
      /<img src="\/api\/case-studies\/study-1\/attachments\/photo-jpeg" alt="Doi lucrători țes un covor la război"/,
    );
    expect(html).toContain(
      words.t("ReportDocuments.figure", { number: 2, caption: "Atelierul de țesut" }),
    );
    // A WebP too: every browser shows it.
    expect(html).toMatch(
      /<img src="\/api\/case-studies\/study-1\/attachments\/photo-webp" alt="Fotografie WebP a echipei"/,
    );
    // Without its study the photo cannot be fetched: its alt text stands in.
    expect(html).toContain(
      words.t("ReportDocuments.imageNotShown", { alt: "Fotografie ștearsă din arhivă" }),
    );
  });

  it("previews a narrative in the editor exactly as the web version shows it", async () => {
    const { html } = await renderReport();
    const preview = renderToStaticMarkup(
      createElement(MarkdownPreview, { markdown: ROMANIAN_NARRATIVE }),
    );
    const inner = preview.replace(/^<div[^>]*>/, "").replace(/<\/div>$/, "");
    expect(inner.length).toBeGreaterThan(100);
    expect(html).toContain(inner);
  });
});

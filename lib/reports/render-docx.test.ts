import JSZip from "jszip";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { loadMessages } from "@/lib/i18n/messages";
import { fixtureSnapshot, readFixtureImage } from "@/tests/fixtures/report-snapshot";
import { renderReportDocx } from "./render-docx";

const OPTIONS = { readImage: readFixtureImage, timeZone: "Europe/Bucharest" };

/** The parts of a Word file a reader's program opens, as text. */
async function openDocx(bytes: Buffer) {
  const zip = await JSZip.loadAsync(bytes);
  const part = async (name: string) => {
    const file = zip.file(name);
    if (!file) throw new Error(`no ${name} in the file`);
    return file.async("string");
  };
  return {
    document: await part("word/document.xml"),
    relations: await part("word/_rels/document.xml.rels"),
    styles: await part("word/styles.xml"),
    core: await part("docProps/core.xml"),
    footer: await part("word/footer1.xml"),
    media: Object.keys(zip.files).filter((name) => name.startsWith("word/media/")),
  };
}

/** The text of each paragraph, with the style it has (Heading1, Quote…) or "" for Normal. */
function paragraphs(documentXml: string): { style: string; text: string }[] {
  return [...documentXml.matchAll(/<w:p>(.*?)<\/w:p>|<w:p [^>]*>(.*?)<\/w:p>/gs)].map((match) => {
    const body = match[1] ?? match[2] ?? "";
    const style = /<w:pStyle w:val="([^"]+)"\/>/.exec(body)?.[1] ?? "";
    const text = [...body.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join("");
    return { style, text: decodeXml(text) };
  });
}

const decodeXml = (text: string) =>
  text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

describe("a report as a Word document", { timeout: 60_000 }, () => {
  it("keeps the narratives as real paragraphs, headings and runs, in Romanian and Greek", async () => {
    const file = await openDocx(await renderReportDocx(fixtureSnapshot(), OPTIONS));
    const body = paragraphs(file.document);
    const styled = (style: string) => body.filter((p) => p.style === style).map((p) => p.text);

    expect(styled("Title")).toEqual(["Raport de țară: România 2026"]);
    expect(styled("Heading1")).toEqual([
      "Introducere",
      "Sectorul în cifre",
      "Studii de caz",
      "Concluzii",
    ]);
    // The narrative's "##" below the chapter, the builder's subheads one level down from it.
    expect(styled("Heading3")).toEqual(["Priorități naționale"]);
    expect(styled("Heading2")).toEqual(["Întreprinderi după model", "Atelierul Țesătoria"]);
    const texts = body.map((p) => p.text);
    expect(texts).toContain(
      "Întreprinderile sociale de inserție au angajat persoane vulnerabile în județul Iași.",
    );
    expect(texts).toContain(
      "Η κοινωνική οικονομία στην Ελλάδα: συνεταιρισμοί και ένταξη στην αγορά εργασίας.",
    );
    // Raw HTML is text a partner can read and delete, not markup.
    expect(texts).toContain("<script>alert('x')</script>");
    // Bold and italic are runs, not asterisks.
    expect(file.document).toMatch(/<w:b\/>.*?<w:t[^>]*>au angajat<\/w:t>/s);
    expect(file.document).toMatch(/<w:i\/>.*?<w:t[^>]*>vulnerabile<\/w:t>/s);
    // List items are Word list paragraphs.
    expect(file.document).toMatch(/<w:numPr>.*?formare în competențe digitale/s);
    // The safe link is a hyperlink; the javascript one only its words.
    expect(file.relations).toContain('Target="https://example.org/ghid"');
    expect(file.relations).not.toMatch(/javascript/i);
    expect(texts.join("\n")).toContain("link periculos");
  });

  it("has a table of contents, captioned tables with repeating headers, quotes, and photos with alt text", async () => {
    const t = createTranslator({
      locale: "ro",
      messages: await loadMessages("ro"),
      namespace: "ReportDocuments",
    });
    const file = await openDocx(await renderReportDocx(fixtureSnapshot(), OPTIONS));
    const body = paragraphs(file.document);
    const styled = (style: string) => body.filter((p) => p.style === style).map((p) => p.text);

    // A TOC field over heading levels 1–3, filled with the chapters and their pages.
    expect(file.document).toContain('TOC \\h \\o "1-3"'.replace(/"/g, "&quot;"));
    expect(styled("TOC1").map((text) => text.replace(/\d+$/, ""))).toEqual([
      "Introducere",
      "Sectorul în cifre",
      "Studii de caz",
      "Concluzii",
    ]);

    expect(styled("Caption")).toEqual([
      t("table", { number: 1, caption: "Întreprinderi sociale după model și mărime" }),
      t("figure", { number: 1, caption: "Nivelul competențelor digitale" }),
      t("figure", { number: 2, caption: "Atelierul de țesut" }),
    ]);
    // Two tables (the data and the chart's values), each with a header row Word repeats.
    expect(file.document.match(/<w:tbl>/g)).toHaveLength(2);
    expect(file.document.match(/<w:tblHeader\/>/g)).toHaveLength(2);
    const cells = body.map((p) => p.text);
    for (const cell of ["Atelier protejat", "18", "60 %", "—", "Comunicare", "62,5 %"]) {
      expect(cells).toContain(cell);
    }
    expect(styled("Quote")).toEqual(["“Aici am învățat să lucrez cu calculatorul.”"]);
    expect(cells).toContain(t("speaker", { speaker: "lucrător cu nevoi de sprijin" }));

    // The JPEG, the PNG and the WebP (converted to JPEG) embedded with their alt text; the
    // photo whose bytes are gone as text.
    expect(file.media).toHaveLength(3);
    expect(file.media.filter((name) => name.endsWith(".jpg"))).toHaveLength(2);
    expect(file.document).toContain('descr="Doi lucrători țes un covor la război"');
    expect(file.document).toContain('descr="Έγγραφο εκπαίδευσης στον υπολογιστή"');
    expect(file.document).toContain('descr="Fotografie WebP a echipei"');
    expect(cells).not.toContain(t("imageNotShown", { alt: "Fotografie WebP a echipei" }));
    expect(cells).toContain(t("imageNotShown", { alt: "Fotografie ștearsă din arhivă" }));
  });

  it("carries the report's title and language, and numbers its pages", async () => {
    const file = await openDocx(
      await renderReportDocx(
        fixtureSnapshot({ locale: "el", countryCode: "GR", title: "Έκθεση χώρας: Ελλάδα" }),
        OPTIONS,
      ),
    );
    expect(file.core).toContain("<dc:title>Έκθεση χώρας: Ελλάδα</dc:title>");
    expect(file.styles).toMatch(/<w:docDefaults>.*<w:lang w:val="el-GR"\/>/s);
    expect(file.footer).toContain("PAGE");
    expect(file.footer).toContain("NUMPAGES");
  });
});

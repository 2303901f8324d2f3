import { describe, expect, it } from "vitest";
import { readPdf } from "@/tests/fixtures/read-pdf";
import { exportTranslator } from "../translator";
import { drawBarChart, scaleOffset } from "./bar-chart";
import { bullets, createPdf, paragraph, pdfBytes } from "./document";
import { supportNeedsSection } from "./sections";

const context = {
  t: await exportTranslator("ro"),
  locale: "ro" as const,
  timeZone: "Europe/Bucharest",
  dateLocale: "ro-RO",
  now: new Date("2026-12-06T10:00:00Z"),
};

const SUPPORT_NEEDS = [
  {
    category: "PHYSICAL_SENSORY_DISABILITY" as const,
    count: { kind: "count" as const, value: 12 },
  },
  {
    category: "INTELLECTUAL_LEARNING_DISABILITY" as const,
    count: { kind: "count" as const, value: 9 },
  },
  { category: "LONG_TERM_UNEMPLOYED" as const, count: { kind: "withheld" as const } },
  { category: "HOMELESS" as const, count: { kind: "fewerThan" as const, limit: 5 } },
];

// Each test writes and reads back a real PDF: slow on a busy machine, hence the longer timeout.
describe("the support-needs block of a PDF", { timeout: 30_000 }, () => {
  // Text down the page until the block starts `gap` points above the bottom margin: where it
  // starts decides whether a heading and its first rows fit there and the rest would not.
  async function pagesWithBlockAt(gap: number) {
    const doc = createPdf({ title: "Test", lang: "ro" });
    const bottom = doc.page.height - doc.page.margins.bottom;
    while (doc.y < bottom - gap - 14) paragraph(doc, "Text de umplutură.");
    supportNeedsSection(doc, context, SUPPORT_NEEDS);
    return (await readPdf(await pdfBytes(doc))).text;
  }

  it.each([40, 90, 140, 200])(
    "stays on one page, never leaving its last rows alone on the next (%i pt left)",
    async (gap) => {
      const pages = await pagesWithBlockAt(gap);
      const withHeading = pages.filter((page) =>
        page.includes("Lucrători cu nevoi de sprijin, pe categorii"),
      );
      expect(withHeading).toHaveLength(1);
      for (const row of ["Dizabilitate fizică", "Persoane fără adăpost mai puțin de 5"]) {
        expect(withHeading[0], row).toContain(row);
      }
      // The sentence about the withheld group ends where it should, not after "de lângă".
      expect(withHeading[0].replace(/\s+/g, " ")).toContain(
        "ca grupul mic de alături să nu poată fi aflat prin scădere",
      );
    },
  );
});

describe("a short list", { timeout: 30_000 }, () => {
  it("moves whole to the next page rather than leave its last two items alone there", async () => {
    const doc = createPdf({ title: "Test", lang: "ro" });
    const bottom = doc.page.height - doc.page.margins.bottom;
    // Room for about three items of five.
    while (doc.y < bottom - 50) paragraph(doc, "Text de umplutură.");
    bullets(doc, ["Primul", "Al doilea", "Al treilea", "Al patrulea", "Ultimul punct"]);
    const pages = (await readPdf(await pdfBytes(doc))).text;
    expect(pages).toHaveLength(2);
    for (const item of ["Primul", "Ultimul punct"]) expect(pages[1]).toContain(item);
  });
});

describe("the chart of the 1–5 scale", { timeout: 30_000 }, () => {
  it("puts 1 at the start of the axis and 5 at its end", () => {
    const scale = { min: 1, max: 5 };
    expect(scaleOffset(scale, 400, 1)).toBe(0);
    expect(scaleOffset(scale, 400, 3)).toBe(200);
    expect(scaleOffset(scale, 400, 5)).toBe(400);
    expect(scaleOffset(scale, 400, 0)).toBe(0);
  });

  it("labels its axis 1 to 5, with no 0", async () => {
    const doc = createPdf({ title: "Test", lang: "ro" });
    drawBarChart(doc, {
      min: 1,
      max: 5,
      alt: "Graficul",
      series: [{ label: "Categoria A" }],
      groups: [{ label: "WISE", bars: [{ value: 2, text: "2,0" }] }],
    });
    const [page] = (await readPdf(await pdfBytes(doc))).text;
    expect(page).toMatch(/^1 2 3 4 5$/m);
    expect(page).not.toMatch(/(^|\s)0(\s|$)/);
  });
});

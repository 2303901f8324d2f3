import ExcelJS from "exceljs";
import { createTranslator } from "next-intl";
import { beforeEach, describe, expect, it } from "vitest";
import { dateLocale, formatDateTime } from "@/lib/dates/format";
import { db } from "@/lib/db";
import { buildSessionExport } from "@/lib/exports/export";
import { loadMessages } from "@/lib/i18n/messages";
import { setUpScoredSession } from "../factories/exports";
import { readPdf } from "../fixtures/read-pdf";
import { resetDatabase } from "../setup/reset-db";

beforeEach(resetDatabase);

const NOW = new Date("2026-12-06T10:00:00Z");
const TIME_ZONE = "Europe/Athens";

/** WISE names in the language's own script, as their partners type them. */
const NAMES = {
  bg: ["Социално предприятие „Ябълка“", "Шивашка работилница Щастие"],
  el: ["Κοινωνική Συνεταιριστική Επιχείρηση Ένταξης", "Υφαντουργείο Ψυχή & Ωραιότητα"],
} as const;

/** The PDF's text with runs of white space as one space: pdf.js breaks lines where the layout does. */
const flat = (text: string[]) => text.join("\n").replace(/\s+/g, " ");

async function scoredSessionNamed(locale: keyof typeof NAMES) {
  const setUp = await setUpScoredSession("PUBLISHED");
  const [first, second] = await db.agendaItem.findMany({
    where: { sessionId: setUp.session.id },
    orderBy: { position: "asc" },
  });
  const names = NAMES[locale].map((name) => `${name} ${setUp.session.id.slice(-4)}`);
  await db.wise.update({ where: { id: first?.wiseId }, data: { name: names[0] } });
  await db.wise.update({ where: { id: second?.wiseId }, data: { name: names[1] } });
  return { ...setUp, names };
}

describe("exports in Bulgarian and Greek keep their script", () => {
  for (const locale of ["bg", "el"] as const) {
    it(`${locale}: the results report and the summary PDFs read back with the names and the ${locale} headings`, async () => {
      const { facilitator, participants, session, names } = await scoredSessionNamed(locale);
      const t = createTranslator({ locale, messages: await loadMessages(locale) });
      const options = { locale, timeZone: TIME_ZONE, now: NOW };
      const madeOn = t("Exports.pdf.madeOn", {
        date: formatDateTime(NOW, { dateLocale: dateLocale(locale), timeZone: TIME_ZONE }),
      });

      const report = await buildSessionExport(
        facilitator,
        session.id,
        { dataset: "report", format: "pdf" },
        options,
      );
      const reportText = flat((await readPdf(report?.body as Uint8Array)).text);
      // A screen reader picks its voice from the document's language.
      expect(Buffer.from(report?.body as Uint8Array).toString("latin1")).toContain(
        `/Lang (${locale})`,
      );
      for (const name of names) expect(reportText).toContain(name);
      expect(reportText).toContain(t("Exports.pdf.reportTitle"));
      expect(reportText).toContain(t("Exports.pdf.wisesHeading"));
      // The date in the language's script: "6 декември 2026 г." / "6 Δεκεμβρίου 2026".
      expect(reportText).toContain(madeOn.replace(/\s+/g, " "));
      expect(madeOn).toMatch(locale === "bg" ? /декември/ : /Δεκεμβρίου/);

      const summary = await buildSessionExport(
        participants[0],
        session.id,
        { dataset: "summary", format: "pdf" },
        options,
      );
      const summaryText = flat((await readPdf(summary?.body as Uint8Array)).text);
      for (const name of names) expect(summaryText).toContain(name);
      expect(summaryText).toContain(t("Exports.pdf.summaryTitle"));
      expect(summaryText).toContain(t("Exports.pdf.wisesHeading"));
    });
  }

  it("CSV keeps UTF-8 with its byte-order mark and Excel keeps the text, Cyrillic and Greek alike", async () => {
    const { facilitator, session, names } = await scoredSessionNamed("el");
    const options = { locale: "el" as const, timeZone: TIME_ZONE, now: NOW };
    const csv = await buildSessionExport(
      facilitator,
      session.id,
      { dataset: "raw", format: "csv" },
      options,
    );
    const csvText =
      typeof csv?.body === "string" ? csv.body : new TextDecoder().decode(csv?.body as Uint8Array);
    expect(csvText.startsWith("\uFEFF")).toBe(true);
    expect(csv?.contentType).toMatch(/charset=utf-8/);
    for (const name of names) expect(csvText).toContain(name);

    const xlsx = await buildSessionExport(
      facilitator,
      session.id,
      { dataset: "aggregates", format: "xlsx" },
      options,
    );
    if (!xlsx) throw new Error("no workbook");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((xlsx.body as Uint8Array).buffer as ArrayBuffer);
    const cells: string[] = [];
    workbook.worksheets[0]?.eachRow((row) => {
      row.eachCell((cell) => cells.push(String(cell.value)));
    });
    for (const name of names) expect(cells).toContain(name);
  });
});

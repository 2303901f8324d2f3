import ExcelJS from "exceljs";
import Papa from "papaparse";
import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { scoreEvaluation } from "@/lib/evaluations/scoring-rules";
import type { ExportRequest } from "@/lib/exports/datasets";
import { buildSessionExport } from "@/lib/exports/export";
import { RAW_HEADERS } from "@/lib/exports/tables";
import { setUpScoredSession, TRICKY_COMMENT } from "../factories/exports";
import { readPdf } from "../fixtures/read-pdf";
import { resetDatabase } from "../setup/reset-db";

const OPTIONS = { locale: "ro" as const, timeZone: "Europe/Bucharest" };

async function download(actor: Actor, sessionId: string, request: ExportRequest) {
  const file = await buildSessionExport(actor, sessionId, request, OPTIONS);
  if (!file) throw new Error("no file");
  return file;
}

function parseCsv(body: string | Uint8Array) {
  const text = typeof body === "string" ? body : new TextDecoder().decode(body);
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: true,
  });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

/** The session's scores as the database has them, keyed as the file writes them. */
async function scoresInDatabase(sessionId: string, raterNames: Map<string, string>) {
  const scores = await db.score.findMany({
    where: { evaluation: { agendaItem: { sessionId } } },
    include: {
      criterion: true,
      evaluation: { include: { agendaItem: { include: { wise: true } } } },
    },
  });
  return scores
    .map((s) =>
      [
        s.evaluation.agendaItem.wise.name,
        s.criterion.code,
        raterNames.get(s.evaluation.raterId),
        s.answer,
        s.level === null ? "" : String(s.level),
        s.value ?? "",
        s.comment ?? "",
      ].join("|"),
    )
    .sort();
}

describe("session exports", () => {
  beforeEach(resetDatabase);

  it("raw scores as CSV: one row per score, with the database's values, raters numbered", async () => {
    const { facilitator, raters, session } = await setUpScoredSession();
    const file = await download(facilitator, session.id, { dataset: "raw", format: "csv" });
    expect(file.contentType).toBe("text/csv; charset=utf-8");
    expect(file.fileName).toMatch(/^focus-group-\d+-2026-05-12-raw-scores\.csv$/);
    const rows = parseCsv(file.body);
    expect(Object.keys(rows[0])).toEqual([...RAW_HEADERS]);
    expect(rows).toHaveLength(await db.score.count());
    const names = new Map(raters.map((rater, index) => [rater.id, `Rater ${index + 1}`]));
    expect(
      rows
        .map((r) =>
          [r.wise, r.criterion_code, r.rater, r.answer, r.level, r.value, r.comment].join("|"),
        )
        .sort(),
    ).toEqual(await scoresInDatabase(session.id, names));
    expect(rows.find((row) => row.value === "12500")?.comment).toBe(TRICKY_COMMENT);
    expect(rows[0].category).toBe("Caracteristici antreprenoriale");
    const text = String(file.body);
    for (const person of await db.user.findMany()) {
      expect(text).not.toContain(person.name);
      expect(text).not.toContain(person.email);
    }
  });

  it("raw scores as Excel: the same rows in a workbook that opens", async () => {
    const { facilitator, session } = await setUpScoredSession();
    const file = await download(facilitator, session.id, { dataset: "raw", format: "xlsx" });
    expect(file.fileName).toMatch(/raw-scores\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((file.body as Uint8Array<ArrayBuffer>).buffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.name).toBe("Punctaje brute");
    expect(sheet.rowCount - 1).toBe(await db.score.count());
    const comments = sheet.getColumn(RAW_HEADERS.indexOf("comment") + 1).values;
    expect(comments).toContain(TRICKY_COMMENT);
  });

  it("aggregates: per WISE and category the mean of the raters' weighted scores", async () => {
    const { facilitator, session, grid } = await setUpScoredSession();
    const file = await download(facilitator, session.id, { dataset: "aggregates", format: "csv" });
    const rows = parseCsv(file.body);
    expect(rows).toHaveLength(2 * (grid.categories.length + 1));
    const categories = grid.categories.map((c) => ({
      id: c.id,
      criteria: c.criteria.map((k) => ({ id: k.id, weight: k.weight.toNumber() })),
    }));
    const evaluations = await db.evaluation.findMany({
      where: { agendaItem: { sessionId: session.id } },
      include: { scores: true, agendaItem: { include: { wise: true } } },
    });
    for (const [index, category] of grid.categories.entries()) {
      for (const wiseName of new Set(evaluations.map((e) => e.agendaItem.wise.name))) {
        const perRater = evaluations
          .filter((e) => e.agendaItem.wise.name === wiseName)
          .map((e) => scoreEvaluation(categories, e.scores).categories[index].score)
          .filter((score): score is number => score !== null);
        const row = rows.find((r) => r.wise === wiseName && r.category_code === category.code);
        expect(Number(row?.raters)).toBe(perRater.length);
        if (perRater.length === 0) expect(row?.mean).toBe("");
        else
          expect(Number(row?.mean)).toBeCloseTo(
            perRater.reduce((a, b) => a + b) / perRater.length,
            3,
          );
      }
    }
    expect(rows.filter((r) => r.category_code === "OVERALL").map((r) => r.category)).toEqual([
      "Total",
      "Total",
    ]);
  });

  it("the results report is a PDF in Romanian, with its WISEs, no rater and small groups hidden", async () => {
    const { facilitator, session } = await setUpScoredSession();
    const file = await download(facilitator, session.id, { dataset: "report", format: "pdf" });
    expect(file.contentType).toBe("application/pdf");
    const bytes = file.body as Uint8Array;
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe("%PDF-");
    const pdf = await readPdf(bytes);
    expect(pdf.pages).toBeGreaterThanOrEqual(1);
    const text = pdf.text.join("\n");
    expect(text).toContain(`Casa Meșteșugurilor ${session.id}`);
    expect(text).toContain(`Țesătoria ${session.id}`);
    expect(text).toContain("Raportul rezultatelor");
    expect(text).toContain("Persoane fără adăpost: mai puțin de 5");
    // Withheld beside the lone small group, so that no subtraction gives the small one away.
    expect(text).toContain("Șomeri de lungă durată: nu se afișează");
    expect(text).not.toContain("Șomeri de lungă durată: 7");
    expect(text).toContain(TRICKY_COMMENT.split("\n")[0]);
    expect(text).not.toMatch(/Ana Popescu|Bogdan Ionescu/);
  });

  it("the PDFs are tagged for screen readers: headings, paragraphs, lists, a described chart", async () => {
    const { facilitator, session } = await setUpScoredSession();
    const file = await download(facilitator, session.id, { dataset: "report", format: "pdf" });
    const { structure } = await readPdf(file.body as Uint8Array);
    const roles = new Set(structure.map((node) => node.role));
    for (const role of ["H1", "H2", "H3", "P", "L", "LI", "LBody", "Figure"]) {
      expect(roles, role).toContain(role);
    }
    const figure = structure.find((node) => node.role === "Figure");
    expect(figure?.alt).toMatch(/^Punctaje pe categorii pentru fiecare WISE\. /);
    // The title comes first, as the document's one top-level heading.
    expect(structure.filter((node) => node.role === "H1")).toHaveLength(1);
    expect(structure.findIndex((node) => node.role === "H1")).toBeLessThan(
      structure.findIndex((node) => node.role === "H2"),
    );
  });

  it("the summary PDF of a published session says only what a summary may", async () => {
    const { participants, session } = await setUpScoredSession("PUBLISHED");
    const file = await download(participants[0], session.id, { dataset: "summary", format: "pdf" });
    expect(file.fileName).toMatch(/-summary\.pdf$/);
    const pdf = await readPdf(file.body as Uint8Array);
    const text = pdf.text.join("\n");
    expect(text).toContain("Rezumatul focus grupului");
    expect(text).toContain("Model convenit: Întreprindere socială");
    // Three people rated the first WISE's entrepreneurial criteria: (4·2+2)/3, 3, (5·2+4)/3.
    expect(text).toMatch(/Caracteristici antreprenoriale: 3,7 din 5/);
    // One rater only for the second WISE: no result, so that nobody's score can be worked out.
    expect(text).toContain("sub 3 evaluatori");
    expect(text).toContain("Competențe digitale de bază");
    expect(text).not.toContain("Notă privată");
    expect(text).toContain("Persoane fără adăpost: mai puțin de 5");
    expect(text).toContain("31 angajați, dintre care 10 cu nevoi de sprijin");
    expect(text).not.toMatch(/Ana Popescu|Bogdan Ionescu|12500/);
  });
});

import ExcelJS from "exceljs";
import Papa from "papaparse";
import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { scoreEvaluation } from "@/lib/evaluations/scoring-rules";
import type { ExportRequest } from "@/lib/exports/datasets";
import { buildSessionExport } from "@/lib/exports/export";
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

const RO_RAW_HEADERS = [
  "Sesiune",
  "WISE",
  "Cod categorie",
  "Categorie",
  "Cod criteriu",
  "Criteriu",
  "Evaluator",
  "Răspuns",
  "Nivel",
  "Valoare",
  "Comentariu",
];

describe("session exports", () => {
  beforeEach(resetDatabase);

  it("raw scores as CSV: one row per score, with the database's values, raters numbered", async () => {
    const { facilitator, raters, session } = await setUpScoredSession();
    const file = await download(facilitator, session.id, { dataset: "raw", format: "csv" });
    expect(file.contentType).toBe("text/csv; charset=utf-8");
    expect(file.fileName).toMatch(/^focus-group-\d+-2026-05-12-raw-scores\.csv$/);
    const rows = parseCsv(file.body);
    expect(Object.keys(rows[0])).toEqual(RO_RAW_HEADERS);
    expect(rows).toHaveLength(await db.score.count());
    const names = new Map(raters.map((rater, index) => [rater.id, `Evaluator ${index + 1}`]));
    const answers = new Map([
      ["nivel", "LEVEL"],
      ["nu se aplică", "NOT_APPLICABLE"],
      ["nu știu", "UNKNOWN"],
    ]);
    expect(
      rows
        .map((r) =>
          [
            r.WISE,
            r["Cod criteriu"],
            r.Evaluator,
            answers.get(r.Răspuns),
            r.Nivel,
            r.Valoare,
            r.Comentariu,
          ].join("|"),
        )
        .sort(),
    ).toEqual(await scoresInDatabase(session.id, names));
    expect(rows.find((row) => row.Valoare === "12500")?.Comentariu).toBe(TRICKY_COMMENT);
    expect(rows[0].Categorie).toBe("Caracteristici antreprenoriale");
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
    expect(sheet.getRow(1).values).toEqual([undefined, ...RO_RAW_HEADERS]);
    expect(sheet.rowCount - 1).toBe(await db.score.count());
    const column = (header: string) => sheet.getColumn(RO_RAW_HEADERS.indexOf(header) + 1);
    expect(column("Comentariu").values).toContain(TRICKY_COMMENT);
    expect(column("Evaluator").values).toContain("Evaluator 3");
    // A measured value is a number a spreadsheet can sum; levels were numbers already.
    const valueCell = sheet
      .getColumn(RO_RAW_HEADERS.indexOf("Valoare") + 1)
      .values.find((value) => value !== null && value !== undefined && value !== "Valoare");
    expect(valueCell).toBe(12500);
    expect(column("Nivel").values).toContain(4);
    // Wide enough for the longest WISE and criterion names.
    for (const header of ["WISE", "Criteriu", "Sesiune"]) {
      const longest = Math.max(
        ...Array.from(column(header).values, (value) =>
          typeof value === "string" ? value.length : 0,
        ),
      );
      expect(column(header).width, header).toBeGreaterThanOrEqual(longest);
    }
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
        const row = rows.find((r) => r.WISE === wiseName && r["Cod categorie"] === category.code);
        expect(Number(row?.Evaluatori)).toBe(perRater.length);
        if (perRater.length === 0) expect(row?.Media).toBe("");
        else
          expect(Number(row?.Media)).toBeCloseTo(
            perRater.reduce((a, b) => a + b) / perRater.length,
            3,
          );
      }
    }
    expect(rows.filter((r) => r["Cod categorie"] === "OVERALL").map((r) => r.Categorie)).toEqual([
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
    expect(text).toContain("Rezultate pe WISE");
    // A table row per category: its name, then mean, median, spread, raters, answers.
    expect(text.replace(/\s+/g, " ")).toContain(
      "Caracteristici antreprenoriale 3,67 3,33 0,88 3 6",
    );
    expect(text).toContain("Persoane fără adăpost mai puțin de 5");
    // Withheld beside the lone small group, so that no subtraction gives the small one away;
    // the sentence says why, to its end.
    expect(text.replace(/\s+/g, " ")).toContain(
      "Șomeri de lungă durată nu se afișează, ca grupul mic de alături să nu poată fi aflat prin scădere",
    );
    expect(text).not.toContain("Șomeri de lungă durată 7");
    // The support-needs block sits whole on one page: no page starts with the tail of it.
    const blockPages = pdf.text.filter((page) =>
      /Persoane fără adăpost|Șomeri de lungă/.test(page),
    );
    expect(blockPages).toHaveLength(1);
    expect(blockPages[0]).toContain("Lucrători cu nevoi de sprijin, pe categorii");
    expect(text).toContain(TRICKY_COMMENT.split("\n")[0]);
    expect(text).not.toMatch(/Ana Popescu|Bogdan Ionescu/);
  });

  it("the PDFs are tagged for screen readers: headings, paragraphs, lists, a described chart", async () => {
    const { facilitator, session } = await setUpScoredSession();
    const file = await download(facilitator, session.id, { dataset: "report", format: "pdf" });
    const { structure } = await readPdf(file.body as Uint8Array);
    const roles = new Set(structure.map((node) => node.role));
    for (const role of [
      "H1",
      "H2",
      "H3",
      "P",
      "L",
      "LI",
      "LBody",
      "Figure",
      "Table",
      "TR",
      "TH",
      "TD",
    ]) {
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

  it("the PDFs are marked PDF/UA, with a title shown by viewers, a language and header cells", async () => {
    const { facilitator, session } = await setUpScoredSession();
    const file = await download(facilitator, session.id, { dataset: "report", format: "pdf" });
    // The structure and metadata dictionaries are not compressed: read them as text.
    const raw = Buffer.from(file.body as Uint8Array).toString("latin1");
    expect(raw).toMatch(/<pdfuaid:part>1<\/pdfuaid:part>/);
    expect(raw).toMatch(
      /<dc:title>\s*<rdf:Alt>\s*<rdf:li xml:lang="x-default">Raportul rezultatelor: /,
    );
    expect(raw).toMatch(/\/DisplayDocTitle true/);
    expect(raw).toMatch(/\/Lang \(ro\)/);
    expect(raw).toMatch(/\/Marked true/);
    // Header cells say what they head: the column of figures or the row of a category.
    expect(raw).toMatch(/\/O \/Table[\s\S]{0,200}\/Scope \/Column/);
    expect(raw).toMatch(/\/O \/Table[\s\S]{0,200}\/Scope \/Row/);
  });

  it("an English report writes its dates day month year on a 24-hour clock, with the zone", async () => {
    const { facilitator, session } = await setUpScoredSession();
    const english = async (acceptLanguage: string | null) => {
      const file = await buildSessionExport(
        facilitator,
        session.id,
        { dataset: "report", format: "pdf" },
        { locale: "en", timeZone: "Europe/Bucharest", acceptLanguage },
      );
      return (await readPdf(file?.body as Uint8Array)).text[0];
    };
    const startsAt = new Intl.DateTimeFormat("en-GB", {
      timeStyle: "short",
      timeZone: "Europe/Bucharest",
    }).format(session.startsAt);
    const european = await english("en-GB,en;q=0.9");
    expect(european).toContain("Results report");
    expect(european).toContain(`12 May 2026, ${startsAt} (Eastern European Time)`);
    expect(european).toMatch(
      /Made on \d{1,2} [A-Z][a-z]+ \d{4}, \d{2}:\d{2} \(Eastern European Time\)/,
    );
    expect(await english(null)).toContain("12 May 2026, ");
    // A browser that asks for US English gets the US order.
    expect(await english("en-US,en;q=0.9")).toContain("May 12, 2026, ");
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
    expect(text).toMatch(/Caracteristici antreprenoriale 3,7 din 5: bun/);
    // One rater only for the second WISE: no result, so that nobody's score can be worked out.
    expect(text).toContain("sub 3 evaluatori");
    expect(text).toContain("Competențe digitale de bază");
    expect(text).not.toContain("Notă privată");
    expect(text).toContain("Persoane fără adăpost mai puțin de 5");
    expect(text).toContain("31 angajați, dintre care 10 cu nevoi de sprijin");
    expect(text).not.toMatch(/Ana Popescu|Bogdan Ionescu|12500/);
  });
});

import { describe, expect, it } from "vitest";
import { bundleRows } from "@/tests/fixtures/bundle";
import { pseudonymsFor } from "./pseudonyms";
import { aggregatesTable, measuredValue, rawScoresTable } from "./tables";
import { exportTranslator, raterName, tableWords } from "./translator";

const ro = await exportTranslator("ro");
const en = await exportTranslator("en");

describe("rawScoresTable", () => {
  const { scores, pseudonyms } = bundleRows();
  const roNames = pseudonymsFor(
    [...pseudonyms.keys()].map((raterId, index) => ({
      raterId,
      firstEvaluatedAt: new Date(Date.UTC(2026, 4, 12, 9, index)),
    })),
    raterName(ro),
  );
  const table = rawScoresTable("Focus grup", [...scores].reverse(), roNames, "ro", tableWords(ro));

  it("has one row per score, in agenda, grid and rater order, whatever order they came in", () => {
    expect(table.rows.map((row) => [row[1], row[4], row[6]])).toEqual([
      ["Casa Meșteșugurilor", "REVENUES", "Evaluator 1"],
      ["Casa Meșteșugurilor", "REVENUES", "Evaluator 2"],
      ["Casa Meșteșugurilor", "SHARE_WSN", "Evaluator 1"],
      ["Atelierul de Pâine", "PROFIT", "Evaluator 2"],
    ]);
  });

  it("writes headers, names, answers and raters in Romanian for a Romanian reader", () => {
    expect(table.headers).toEqual([
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
    ]);
    expect(table.rows[0]).toEqual([
      "Focus grup",
      "Casa Meșteșugurilor",
      "ENT",
      "ENT ro",
      "REVENUES",
      "REVENUES ro",
      "Evaluator 1",
      "nivel",
      4,
      null,
      'Venituri "bune", în creștere',
    ]);
    expect(table.rows[2].slice(7, 9)).toEqual(["nu se aplică", null]);
  });

  it("writes them in English for an English reader", () => {
    const english = rawScoresTable("Focus group", scores, pseudonyms, "en", tableWords(en));
    expect(english.headers.slice(0, 3)).toEqual(["Session", "WISE", "Category code"]);
    expect(english.rows[0].slice(3, 8)).toEqual([
      "ENT en",
      "REVENUES",
      "REVENUES en",
      "Rater 1",
      "level",
    ]);
  });
});

describe("measuredValue", () => {
  it("turns a plain decimal into a number and leaves anything else as typed", () => {
    expect(measuredValue("12500.5")).toBe(12500.5);
    expect(measuredValue(" -3 ")).toBe(-3);
    expect(measuredValue("0.25")).toBe(0.25);
    for (const text of ["12,5", "12 500", "about 40", "007", "1e5", "1234567890123456789", ""]) {
      expect(measuredValue(text)).toBe(text);
    }
    expect(measuredValue(null)).toBeNull();
  });
});

describe("aggregatesTable", () => {
  it("gives each WISE a row per category and an overall row, rounded to 3 decimals", () => {
    const figures = (mean: number | null) => ({
      mean,
      median: mean,
      sd: null,
      min: mean,
      max: mean,
      raters: mean === null ? 0 : 2,
      answered: 3,
    });
    const input = {
      sessionTitle: "Focus grup",
      categories: [
        {
          code: "ENT",
          texts: [
            { locale: "en", name: "Entrepreneurial" },
            { locale: "ro", name: "Antreprenorial" },
          ],
        },
        {
          code: "JOB",
          texts: [
            { locale: "en", name: "Job integration" },
            { locale: "ro", name: "Integrare în muncă" },
          ],
        },
      ],
      wises: [{ name: "Țesătoria", scores: { ENT: figures(3.33333), overall: figures(3.5) } }],
    };
    const table = aggregatesTable(input, "en", tableWords(en));
    expect(table.headers).toEqual([
      "Session",
      "WISE",
      "Category code",
      "Category",
      "Mean",
      "Median",
      "Standard deviation",
      "Lowest",
      "Highest",
      "Raters",
      "Answers",
    ]);
    expect(table.rows).toEqual([
      ["Focus grup", "Țesătoria", "ENT", "Entrepreneurial", 3.333, 3.333, null, 3.333, 3.333, 2, 3],
      ["Focus grup", "Țesătoria", "JOB", "Job integration", null, null, null, null, null, 0, 0],
      ["Focus grup", "Țesătoria", "OVERALL", "Overall", 3.5, 3.5, null, 3.5, 3.5, 2, 3],
    ]);
    const romanian = aggregatesTable(input, "ro", tableWords(ro));
    expect(romanian.headers.slice(3, 7)).toEqual([
      "Categorie",
      "Media",
      "Mediana",
      "Abaterea standard",
    ]);
    expect(romanian.rows.map((row) => row[3])).toEqual([
      "Antreprenorial",
      "Integrare în muncă",
      "Total",
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { bundleRows } from "@/tests/fixtures/bundle";
import { AGGREGATE_HEADERS, aggregatesTable, RAW_HEADERS, rawScoresTable } from "./tables";

describe("rawScoresTable", () => {
  const { scores, pseudonyms } = bundleRows();
  const table = rawScoresTable("Focus grup", [...scores].reverse(), pseudonyms, "ro");

  it("has one row per score, in agenda, grid and rater order, whatever order they came in", () => {
    expect(table.headers).toEqual(RAW_HEADERS);
    expect(table.rows.map((row) => [row[1], row[4], row[6]])).toEqual([
      ["Casa Meșteșugurilor", "REVENUES", "Rater 1"],
      ["Casa Meșteșugurilor", "REVENUES", "Rater 2"],
      ["Casa Meșteșugurilor", "SHARE_WSN", "Rater 1"],
      ["Atelierul de Pâine", "PROFIT", "Rater 2"],
    ]);
  });

  it("names categories and criteria in the reader's language and leaves N/A without a level", () => {
    expect(table.rows[0]).toEqual([
      "Focus grup",
      "Casa Meșteșugurilor",
      "ENT",
      "ENT ro",
      "REVENUES",
      "REVENUES ro",
      "Rater 1",
      "LEVEL",
      4,
      null,
      'Venituri "bune", în creștere',
    ]);
    expect(table.rows[2].slice(7, 9)).toEqual(["NOT_APPLICABLE", null]);
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
    const table = aggregatesTable(
      {
        sessionTitle: "Focus grup",
        categories: [
          { code: "ENT", nameEn: "Entrepreneurial", nameRo: "Antreprenorial" },
          { code: "JOB", nameEn: "Job integration", nameRo: "Integrare în muncă" },
        ],
        wises: [{ name: "Țesătoria", scores: { ENT: figures(3.33333), overall: figures(3.5) } }],
      },
      "en",
      "Overall",
    );
    expect(table.headers).toEqual(AGGREGATE_HEADERS);
    expect(table.rows).toEqual([
      ["Focus grup", "Țesătoria", "ENT", "Entrepreneurial", 3.333, 3.333, null, 3.333, 3.333, 2, 3],
      ["Focus grup", "Țesătoria", "JOB", "Job integration", null, null, null, null, null, 0, 0],
      ["Focus grup", "Țesătoria", "OVERALL", "Overall", 3.5, 3.5, null, 3.5, 3.5, 2, 3],
    ]);
  });
});

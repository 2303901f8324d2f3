import type { ScoreAnswer } from "@/lib/generated/prisma/enums";
import { localName, type Worded } from "@/lib/grids/rules";
import { pseudonymOf } from "./pseudonyms";
import type { Cell, Table } from "./writers";

/**
 * What the CSV and XLSX files of a session hold, as tables. Pure: the rows come from
 * queries.ts (raw scores) and lib/results (aggregates, already grouped by PostgreSQL).
 * Everything a person reads follows the reader's language: column headers, category and
 * criterion names, answers and rater pseudonyms. The codes (category_code, criterion_code) stay
 * the same in every language, so files from several countries can still be pooled by code; the
 * session bundle (lib/bundles) is the language-neutral format for that.
 */

export const RAW_COLUMNS = [
  "session",
  "wise",
  "category_code",
  "category",
  "criterion_code",
  "criterion",
  "rater",
  "answer",
  "level",
  "value",
  "comment",
] as const;

export const AGGREGATE_COLUMNS = [
  "session",
  "wise",
  "category_code",
  "category",
  "mean",
  "median",
  "sd",
  "min",
  "max",
  "raters",
  "answered",
] as const;

export type RawColumn = (typeof RAW_COLUMNS)[number];
export type AggregateColumn = (typeof AGGREGATE_COLUMNS)[number];

/** The words a table needs in the reader's language (lib/exports/translator gives them). */
export type TableWords = {
  header: (column: RawColumn | AggregateColumn) => string;
  answer: (answer: ScoreAnswer) => string;
  overall: string;
};

/** The category code of the rows that pool every criterion of the grid. */
export const OVERALL_CODE = "OVERALL";

export type RawScoreRow = {
  raterId: string;
  answer: ScoreAnswer;
  level: number | null;
  value: string | null;
  comment: string | null;
  /** `id` is the agenda item's. */
  wise: { id: string; name: string; position: number };
  category: Worded & { code: string; position: number };
  criterion: Worded & { code: string; position: number };
};

/**
 * A measured value is typed free text ("12500.5", "about 40", "n/a"). One that is a plain
 * decimal number goes into the file as a number, so a spreadsheet can sum it; anything else
 * stays text as typed. Plain means what a number cell shows back unchanged: no thousands
 * separator, no leading zero, at most 15 significant digits (beyond that a spreadsheet rounds).
 */
export function measuredValue(value: string | null): string | number | null {
  if (value === null) return null;
  const trimmed = value.trim();
  if (!/^-?(0|[1-9]\d*)(\.\d+)?$/.test(trimmed)) return value;
  if (trimmed.replace(/^-|\./g, "").replace(/^0+/, "").length > 15) return value;
  return Number(trimmed);
}

/** One row per rater, WISE and criterion, in agenda, grid and rater order. */
export function rawScoresTable(
  sessionTitle: string,
  scores: readonly RawScoreRow[],
  /** In rater order, as pseudonymsFor makes it. */
  pseudonyms: ReadonlyMap<string, string>,
  locale: string,
  words: TableWords,
): Table {
  const raterOrder = new Map([...pseudonyms.keys()].map((id, index) => [id, index]));
  const rows = scores
    .map((score) => ({
      score,
      rater: pseudonymOf(pseudonyms, score.raterId),
      order: raterOrder.get(score.raterId) ?? 0,
    }))
    .sort(
      (a, b) =>
        a.score.wise.position - b.score.wise.position ||
        a.score.category.position - b.score.category.position ||
        a.score.criterion.position - b.score.criterion.position ||
        a.order - b.order,
    )
    .map(({ score, rater }): Cell[] => [
      sessionTitle,
      score.wise.name,
      score.category.code,
      localName(locale, score.category),
      score.criterion.code,
      localName(locale, score.criterion),
      rater,
      words.answer(score.answer),
      score.answer === "LEVEL" ? score.level : null,
      measuredValue(score.value),
      score.comment,
    ]);
  return { headers: RAW_COLUMNS.map(words.header), rows };
}

export type SpreadFigures = {
  mean: number | null;
  median: number | null;
  sd: number | null;
  min: number | null;
  max: number | null;
  raters: number;
  answered: number;
};

export type AggregateInput = {
  sessionTitle: string;
  categories: readonly (Worded & { code: string })[];
  /** Per WISE, figures keyed by category code and `overall`. */
  wises: readonly { name: string; scores: Readonly<Record<string, SpreadFigures>> }[];
};

/** Three decimals: more than anyone reads, few enough not to suggest false precision. */
const round = (value: number | null) => (value === null ? null : Math.round(value * 1000) / 1000);

/** Per WISE and category, then the WISE's overall row, in agenda and grid order. */
export function aggregatesTable(input: AggregateInput, locale: string, words: TableWords): Table {
  const columns = [
    ...input.categories.map((category) => ({
      key: category.code,
      code: category.code,
      name: localName(locale, category),
    })),
    { key: "overall", code: OVERALL_CODE, name: words.overall },
  ];
  const rows = input.wises.flatMap((wise) =>
    columns.map(({ key, code, name }): Cell[] => {
      const figures = wise.scores[key];
      return [
        input.sessionTitle,
        wise.name,
        code,
        name,
        round(figures?.mean ?? null),
        round(figures?.median ?? null),
        round(figures?.sd ?? null),
        round(figures?.min ?? null),
        round(figures?.max ?? null),
        figures?.raters ?? 0,
        figures?.answered ?? 0,
      ];
    }),
  );
  return { headers: AGGREGATE_COLUMNS.map(words.header), rows };
}

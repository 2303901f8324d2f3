/**
 * What a report is, once assembled: the contract between the builder, which assembles it from
 * the app's data (lib/reports/assemble*), and the renderers, which show it on the web and write
 * it as PDF and DOCX (lib/reports/render*). A release stores this object as it was (its
 * snapshot), so every text in it is already in the report's language: a release never reads the
 * catalogues or the database again, and never changes under its readers.
 *
 * Plain JSON only (no Date, no Map): it is stored in ReportRelease.snapshot.
 */

export const SNAPSHOT_FORMAT = 1;

export type ReportSnapshot = {
  format: typeof SNAPSHOT_FORMAT;
  scope: "COUNTRY" | "EUROPE";
  /** The country of a country report; null for the European report. */
  countryCode: string | null;
  title: string;
  /** The report's language (a locale of lib/i18n/locales.ts); every text below is in it. */
  locale: string;
  /** When the data was read, ISO 8601. */
  generatedAt: string;
  chapters: ReportChapter[];
};

/** Chapters assembled from data, then those only a partner writes. Order is the report's order. */
export const DATA_CHAPTERS = [
  "sector",
  "focusGroups",
  "skills",
  "caseStudies",
  "goodPractices",
  /** European report only: where each country departs from the European model. */
  "comparison",
] as const;
export const NARRATIVE_CHAPTERS = ["introduction", "strategy", "conclusions"] as const;
export type ChapterKey = (typeof DATA_CHAPTERS)[number] | (typeof NARRATIVE_CHAPTERS)[number];

export type ReportChapter = {
  key: ChapterKey;
  /** The heading, in the report's language. */
  title: string;
  /** What the partner wrote for this chapter (Markdown), or null when nothing was written. */
  narrative: string | null;
  /** Generated content: tables, charts, case studies, practices; in order. */
  blocks: ReportBlock[];
};

export type TableColumn = { label: string; align?: "start" | "end" };
export type TableCell = string | number | null;

export type ReportBlock =
  /** A heading inside a chapter (level 3 below the chapter's own heading). */
  | { kind: "heading"; text: string }
  /** A generated sentence or note (plain text, not Markdown). */
  | { kind: "paragraph"; text: string }
  | {
      kind: "table";
      caption: string;
      columns: TableColumn[];
      /** Cells already formatted for the reader where a number needs a unit or rounding. */
      rows: TableCell[][];
      /** Shown under the table, e.g. why some cells are hidden (small groups). */
      note?: string;
    }
  | {
      kind: "barChart";
      caption: string;
      /** What the values are in, e.g. "%" or "WISEs", in the report's language. */
      unit: string;
      /** The scale's end; bars are drawn against it (e.g. 5 for levels, 100 for shares). */
      max: number;
      bars: { label: string; value: number }[];
    }
  /** A quote with the speaker's role only, never a name; only quotes whose consent holds. */
  | { kind: "quote"; text: string; speaker: string }
  /**
   * A photo of a case study. The bytes are read by id when rendering and checked against sha256;
   * the alternative text is required (an image without one is never published).
   */
  | {
      kind: "image";
      attachmentId: string;
      sha256: string;
      altText: string;
      caption: string | null;
      /** The study the photo belongs to: the web version loads it through the study's attachment route. */
      caseStudyId?: string;
    }
  /** A named list of facts (a WISE's profile): term and description pairs. */
  | { kind: "facts"; items: { term: string; description: string }[] };

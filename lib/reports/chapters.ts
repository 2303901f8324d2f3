import { type ChapterKey, DATA_CHAPTERS, type NARRATIVE_CHAPTERS } from "./snapshot";

/**
 * Which chapters a report holds, and in which order. Pure: the assembly says what data exists,
 * this decides what the reader gets. Unit-tested (chapters.test.ts).
 */

/** The report's order: the introduction, the data chapters, then the strategy and conclusions. */
export const CHAPTER_ORDER: readonly ChapterKey[] = [
  "introduction",
  ...DATA_CHAPTERS,
  "strategy",
  "conclusions",
];

type DataChapter = (typeof DATA_CHAPTERS)[number];
type NarrativeChapter = (typeof NARRATIVE_CHAPTERS)[number];

export type ChapterAvailability = {
  scope: "COUNTRY" | "EUROPE";
  /** Per data chapter, whether the app holds anything to show in it (see assemble-queries). */
  data: Record<DataChapter, boolean>;
  /** The chapters whose narrative has been written (non-blank). */
  written: readonly ChapterKey[];
};

/** The chapters a report of this scope may ever hold: the builder offers an editor for each. */
export function possibleChapters(scope: ChapterAvailability["scope"]): ChapterKey[] {
  return CHAPTER_ORDER.filter((key) => key !== "comparison" || scope === "EUROPE");
}

const isNarrativeChapter = (key: ChapterKey): key is NarrativeChapter =>
  !(DATA_CHAPTERS as readonly string[]).includes(key);

/**
 * The chapters a report holds given what is available: a data chapter when it has data or a
 * narrative (a partner may write about what the app has no figures for); a narrative chapter
 * when it is written; the comparison only in the European report, whatever is written.
 */
export function chaptersFor(available: ChapterAvailability): ChapterKey[] {
  const written = new Set(available.written);
  return possibleChapters(available.scope).filter((key) =>
    isNarrativeChapter(key) ? written.has(key) : available.data[key] || written.has(key),
  );
}

import type { ChapterKey, ReportBlock, ReportChapter, ReportSnapshot, TableCell } from "./snapshot";

/**
 * What changed between two releases of a report, as the release history tells it. Pure and
 * JSON (stored in ReportRelease.changes): the labels (chapter titles, captions, row and column
 * labels) come from the snapshots, already in the report's language; the history page puts them
 * into sentences from the catalogue. Unit-tested (diff.test.ts).
 *
 * Tables and charts are matched by caption within a chapter, rows by their first cell and bars by
 * their label; other blocks (headings, passages, quotes, photos, facts) are compared as a whole.
 */

/** Most cell changes listed per table; the rest are counted. */
export const LISTED_CELL_CHANGES = 12;

export type CellChange = { row: string; column: string; before: TableCell; after: TableCell };
export type BarChange = { label: string; before: number | null; after: number | null };
export type OtherBlockKind = Exclude<ReportBlock["kind"], "table" | "barChart">;

export type ReportChange =
  | { kind: "firstRelease" }
  | { kind: "titleChanged"; before: string; after: string }
  | { kind: "chapterAdded"; chapter: ChapterKey; title: string }
  | { kind: "chapterRemoved"; chapter: ChapterKey; title: string }
  | {
      kind: "narrativeWritten" | "narrativeChanged" | "narrativeRemoved";
      chapter: ChapterKey;
      title: string;
    }
  | {
      kind: "tableAdded" | "tableRemoved" | "chartAdded" | "chartRemoved";
      chapter: ChapterKey;
      title: string;
      caption: string;
    }
  | {
      kind: "tableChanged";
      chapter: ChapterKey;
      title: string;
      caption: string;
      rowsAdded: string[];
      rowsRemoved: string[];
      /** The first LISTED_CELL_CHANGES changed cells, in table order. */
      cells: CellChange[];
      /** Every changed cell, listed or not. */
      cellCount: number;
    }
  | { kind: "chartChanged"; chapter: ChapterKey; title: string; caption: string; bars: BarChange[] }
  | {
      kind: "blocksChanged";
      chapter: ChapterKey;
      title: string;
      block: OtherBlockKind;
      added: number;
      removed: number;
      /** For headings (a case study's or a practice's name): which ones came and went. */
      addedTexts: string[];
      removedTexts: string[];
    };

const label = (cell: TableCell | undefined) =>
  cell === null || cell === undefined ? "" : String(cell);

function tableChanges(
  chapter: ReportChapter,
  before: Extract<ReportBlock, { kind: "table" }>,
  after: Extract<ReportBlock, { kind: "table" }>,
): ReportChange[] {
  const keyed = (rows: TableCell[][]) => new Map(rows.map((row) => [label(row[0]), row]));
  const old = keyed(before.rows);
  const now = keyed(after.rows);
  const rowsAdded = [...now.keys()].filter((key) => !old.has(key));
  const rowsRemoved = [...old.keys()].filter((key) => !now.has(key));
  const cells: CellChange[] = [];
  for (const [key, row] of now) {
    const previous = old.get(key);
    if (!previous) continue;
    after.columns.forEach((column, index) => {
      if (index === 0) return;
      const was = previous[index] ?? null;
      const is = row[index] ?? null;
      if (was !== is) cells.push({ row: key, column: column.label, before: was, after: is });
    });
  }
  if (rowsAdded.length + rowsRemoved.length + cells.length === 0) return [];
  return [
    {
      kind: "tableChanged",
      chapter: chapter.key,
      title: chapter.title,
      caption: after.caption,
      rowsAdded,
      rowsRemoved,
      cells: cells.slice(0, LISTED_CELL_CHANGES),
      cellCount: cells.length,
    },
  ];
}

function chartChanges(
  chapter: ReportChapter,
  before: Extract<ReportBlock, { kind: "barChart" }>,
  after: Extract<ReportBlock, { kind: "barChart" }>,
): ReportChange[] {
  const old = new Map(before.bars.map((bar) => [bar.label, bar.value]));
  const now = new Map(after.bars.map((bar) => [bar.label, bar.value]));
  const labels = [...new Set([...old.keys(), ...now.keys()])];
  const bars = labels
    .map((name) => ({ label: name, before: old.get(name) ?? null, after: now.get(name) ?? null }))
    .filter((bar) => bar.before !== bar.after);
  if (bars.length === 0) return [];
  return [
    {
      kind: "chartChanged",
      chapter: chapter.key,
      title: chapter.title,
      caption: after.caption,
      bars,
    },
  ];
}

type Captioned = Extract<ReportBlock, { kind: "table" | "barChart" }>;

function captionedChanges(before: ReportChapter, after: ReportChapter): ReportChange[] {
  const of = (chapter: ReportChapter) =>
    new Map(
      chapter.blocks
        .filter((block): block is Captioned => block.kind === "table" || block.kind === "barChart")
        .map((block) => [`${block.kind}|${block.caption}`, block]),
    );
  const old = of(before);
  const now = of(after);
  const changes: ReportChange[] = [];
  const base = { chapter: after.key, title: after.title };
  for (const [key, block] of now) {
    const previous = old.get(key);
    if (!previous)
      changes.push({
        ...base,
        kind: block.kind === "table" ? "tableAdded" : "chartAdded",
        caption: block.caption,
      });
    else if (block.kind === "table" && previous.kind === "table")
      changes.push(...tableChanges(after, previous, block));
    else if (block.kind === "barChart" && previous.kind === "barChart")
      changes.push(...chartChanges(after, previous, block));
  }
  for (const [key, block] of old)
    if (!now.has(key))
      changes.push({
        ...base,
        kind: block.kind === "table" ? "tableRemoved" : "chartRemoved",
        caption: block.caption,
      });
  return changes;
}

const OTHER_KINDS: OtherBlockKind[] = ["heading", "paragraph", "quote", "image", "facts"];

/** Blocks other than tables and charts, compared as multisets of their JSON. */
function otherChanges(before: ReportChapter, after: ReportChapter): ReportChange[] {
  return OTHER_KINDS.flatMap((kind): ReportChange[] => {
    const of = (chapter: ReportChapter) =>
      chapter.blocks.filter((block) => block.kind === kind).map((block) => JSON.stringify(block));
    const remaining = of(before);
    const added: string[] = [];
    for (const block of of(after)) {
      const index = remaining.indexOf(block);
      if (index === -1) added.push(block);
      else remaining.splice(index, 1);
    }
    if (added.length + remaining.length === 0) return [];
    const texts = (blocks: string[]) =>
      kind === "heading" ? blocks.map((block) => (JSON.parse(block) as { text: string }).text) : [];
    return [
      {
        kind: "blocksChanged",
        chapter: after.key,
        title: after.title,
        block: kind,
        added: added.length,
        removed: remaining.length,
        addedTexts: texts(added),
        removedTexts: texts(remaining),
      },
    ];
  });
}

function narrativeChange(before: ReportChapter, after: ReportChapter): ReportChange[] {
  if (before.narrative === after.narrative) return [];
  const base = { chapter: after.key, title: after.title };
  if (!before.narrative) return [{ ...base, kind: "narrativeWritten" }];
  if (!after.narrative) return [{ ...base, kind: "narrativeRemoved" }];
  return [{ ...base, kind: "narrativeChanged" }];
}

/**
 * The changes from release `before` (null: there was none) to `after`, chapter by chapter in
 * the new release's order, removed chapters last. Empty when nothing changed.
 */
export function diffSnapshots(
  before: ReportSnapshot | null,
  after: ReportSnapshot,
): ReportChange[] {
  if (!before) return [{ kind: "firstRelease" }];
  const changes: ReportChange[] = [];
  if (before.title !== after.title)
    changes.push({ kind: "titleChanged", before: before.title, after: after.title });
  const old = new Map(before.chapters.map((chapter) => [chapter.key, chapter]));
  const now = new Set(after.chapters.map((chapter) => chapter.key));
  for (const chapter of after.chapters) {
    const previous = old.get(chapter.key);
    if (!previous) {
      changes.push({ kind: "chapterAdded", chapter: chapter.key, title: chapter.title });
      continue;
    }
    changes.push(
      ...narrativeChange(previous, chapter),
      ...captionedChanges(previous, chapter),
      ...otherChanges(previous, chapter),
    );
  }
  for (const chapter of before.chapters)
    if (!now.has(chapter.key))
      changes.push({ kind: "chapterRemoved", chapter: chapter.key, title: chapter.title });
  return changes;
}

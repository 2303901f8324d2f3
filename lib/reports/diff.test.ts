import { describe, expect, it } from "vitest";
import { diffSnapshots } from "./diff";
import type { ReportChapter, ReportSnapshot } from "./snapshot";

const table = (rows: (string | number | null)[][]) => ({
  kind: "table" as const,
  caption: "WISEs by model",
  columns: [{ label: "Model" }, { label: "WISEs", align: "end" as const }],
  rows,
});

const sector = (over: Partial<ReportChapter> = {}): ReportChapter => ({
  key: "sector",
  title: "The sector in figures",
  narrative: null,
  blocks: [
    table([
      ["Productive", 4],
      ["One-stop-shop", 1],
    ]),
    {
      kind: "barChart",
      caption: "WISEs by model (chart)",
      unit: "WISEs",
      max: 4,
      bars: [
        { label: "Productive", value: 4 },
        { label: "One-stop-shop", value: 1 },
      ],
    },
  ],
  ...over,
});

const snapshot = (chapters: ReportChapter[], title = "Romania 2026"): ReportSnapshot => ({
  format: 1,
  scope: "COUNTRY",
  countryCode: "RO",
  title,
  locale: "en",
  generatedAt: "2026-12-07T00:00:00.000Z",
  chapters,
});

describe("what changed between two releases", () => {
  it("says a first release is the first", () => {
    expect(diffSnapshots(null, snapshot([sector()]))).toEqual([{ kind: "firstRelease" }]);
  });

  it("finds nothing between equal snapshots, whenever they were generated", () => {
    const later = { ...snapshot([sector()]), generatedAt: "2027-01-01T00:00:00.000Z" };
    expect(diffSnapshots(snapshot([sector()]), later)).toEqual([]);
  });

  it("names the cell that changed, with its row, column, before and after", () => {
    const changed = sector({
      blocks: [
        table([
          ["Productive", 5],
          ["One-stop-shop", 1],
        ]),
        sector().blocks[1],
      ],
    });
    expect(diffSnapshots(snapshot([sector()]), snapshot([changed]))).toEqual([
      {
        kind: "tableChanged",
        chapter: "sector",
        title: "The sector in figures",
        caption: "WISEs by model",
        rowsAdded: [],
        rowsRemoved: [],
        cells: [{ row: "Productive", column: "WISEs", before: 4, after: 5 }],
        cellCount: 1,
      },
    ]);
  });

  it("names rows added and removed, and bars that moved", () => {
    const changed = sector({
      blocks: [
        table([
          ["Productive", 4],
          ["Placement", 2],
        ]),
        {
          kind: "barChart",
          caption: "WISEs by model (chart)",
          unit: "WISEs",
          max: 4,
          bars: [
            { label: "Productive", value: 4 },
            { label: "Placement", value: 2 },
          ],
        },
      ],
    });
    const [tableChange, chartChange] = diffSnapshots(snapshot([sector()]), snapshot([changed]));
    expect(tableChange).toMatchObject({ rowsAdded: ["Placement"], rowsRemoved: ["One-stop-shop"] });
    expect(chartChange).toMatchObject({
      kind: "chartChanged",
      bars: [
        { label: "One-stop-shop", before: 1, after: null },
        { label: "Placement", before: null, after: 2 },
      ],
    });
  });

  it("tells a narrative written, changed and removed apart", () => {
    const kinds = (before: string | null, after: string | null) =>
      diffSnapshots(
        snapshot([sector({ narrative: before })]),
        snapshot([sector({ narrative: after })]),
      ).map((change) => change.kind);
    expect(kinds(null, "New text")).toEqual(["narrativeWritten"]);
    expect(kinds("Old", "New")).toEqual(["narrativeChanged"]);
    expect(kinds("Old", null)).toEqual(["narrativeRemoved"]);
  });

  it("reports chapters added and removed, a table gone, and the title", () => {
    const intro: ReportChapter = {
      key: "introduction",
      title: "Introduction",
      narrative: "Hi",
      blocks: [],
    };
    const changes = diffSnapshots(
      snapshot([sector()]),
      snapshot([intro, sector({ blocks: [sector().blocks[1]] })], "Romania 2027"),
    );
    expect(changes).toEqual([
      { kind: "titleChanged", before: "Romania 2026", after: "Romania 2027" },
      { kind: "chapterAdded", chapter: "introduction", title: "Introduction" },
      {
        kind: "tableRemoved",
        chapter: "sector",
        title: "The sector in figures",
        caption: "WISEs by model",
      },
    ]);
    expect(diffSnapshots(snapshot([intro, sector()]), snapshot([sector()]))).toEqual([
      { kind: "chapterRemoved", chapter: "introduction", title: "Introduction" },
    ]);
  });

  it("counts case studies added by their heading, and quotes withdrawn", () => {
    const studies = (names: string[], quotes: number): ReportChapter => ({
      key: "caseStudies",
      title: "Case studies",
      narrative: null,
      blocks: [
        ...names.map((text) => ({ kind: "heading" as const, text })),
        ...Array.from({ length: quotes }, (_, i) => ({
          kind: "quote" as const,
          text: `Quote ${i}`,
          speaker: "Manager",
        })),
      ],
    });
    const changes = diffSnapshots(
      snapshot([studies(["Atelierul"], 2)]),
      snapshot([studies(["Atelierul", "Brutăria"], 1)]),
    );
    expect(changes).toEqual([
      expect.objectContaining({ block: "heading", added: 1, removed: 0, addedTexts: ["Brutăria"] }),
      expect.objectContaining({ block: "quote", added: 0, removed: 1 }),
    ]);
  });

  it("lists at most twelve cell changes but counts them all", () => {
    const rows = (value: number) => Array.from({ length: 20 }, (_, i) => [`Row ${i}`, value]);
    const [change] = diffSnapshots(
      snapshot([sector({ blocks: [table(rows(1))] })]),
      snapshot([sector({ blocks: [table(rows(2))] })]),
    );
    expect(change).toMatchObject({ cellCount: 20 });
    expect(change?.kind === "tableChanged" && change.cells.length).toBe(12);
  });
});

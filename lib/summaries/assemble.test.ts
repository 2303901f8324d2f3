import { describe, expect, it } from "vitest";
import type { ClassificationProfile } from "@/lib/classification/rules";
import { assembleSummary, reasonsFor, type SummaryRows } from "./assemble";

const PROFILE: ClassificationProfile = {
  productionWeight: 80,
  trainingWeight: 0,
  socialSupportWeight: 20,
  placementWeight: 0,
  integrationMode: "PERMANENT",
  salesRevenuePct: 75,
  publicContractsRevenuePct: null,
  subsidiesRevenuePct: null,
  donationsRevenuePct: null,
};

describe("why the agreed model fits", () => {
  it("gives the reasons stored when the group decided", () => {
    const stored = {
      ranking: [
        { model: "PRODUCTIVE", reasons: [{ key: "revenue.sales", values: { share: 60 } }] },
      ],
    };
    expect(reasonsFor("PRODUCTIVE", stored, PROFILE)).toEqual([
      { key: "revenue.sales", values: { share: 60 } },
    ]);
  });

  it("falls back to the rules' view of today's profile when nothing readable was stored", () => {
    expect(reasonsFor("PRODUCTIVE", { nonsense: true }, PROFILE)).toEqual([
      { key: "function.production", values: { share: 80 }, points: 48 },
      { key: "mode.PERMANENT", points: 20 },
      { key: "revenue.sales", values: { share: 75 }, points: 15 },
    ]);
  });
});

describe("assembling a summary", () => {
  const rows: SummaryRows = {
    session: {
      title: "T",
      startsAt: new Date("2026-05-12T09:00:00Z"),
      place: "Cluj",
      online: false,
      countryCode: "RO",
    },
    categories: [
      {
        id: "c1",
        code: "JOB",
        texts: [
          { locale: "en", name: "Job" },
          { locale: "ro", name: "Muncă" },
        ],
      },
    ],
    agenda: [
      {
        id: "a1",
        wise: {
          ...PROFILE,
          name: "W",
          sectors: [],
          region: null,
          totalEmployees: null,
          supportNeedWorkers: null,
        },
        classification: null,
      },
    ],
    categoryMeans: [{ agendaItemId: "a1", categoryId: "c1", mean: 4.44, raters: 3 }],
    raterCount: 3,
    supportNeeds: [],
    publicNotes: [
      { agendaItemId: null, theme: "SECTOR_ATTRACTIVENESS", body: "late theme" },
      { agendaItemId: "a1", theme: null, body: "about W" },
      { agendaItemId: null, theme: null, body: "general" },
      { agendaItemId: null, theme: "DIGITAL_SKILLS_MANAGERS", body: "early theme" },
    ],
  };

  it("puts each public note where it belongs, themes in the catalogue's order", () => {
    const summary = assembleSummary(rows);
    expect(summary.wises[0].notes).toEqual(["about W"]);
    expect(summary.themes.map((entry) => entry.theme)).toEqual([
      "DIGITAL_SKILLS_MANAGERS",
      "SECTOR_ATTRACTIVENESS",
    ]);
    expect(summary.generalNotes).toEqual(["general"]);
  });

  it("says 'not given' for missing worker figures and shows no model it was not told", () => {
    const [wise] = assembleSummary(rows).wises;
    expect(wise.supportNeedWorkers).toEqual({ kind: "unknown" });
    expect(wise).toMatchObject({ agreedModel: null, reasons: [] });
    expect(wise.results).toEqual([
      { categoryId: "c1", result: { kind: "score", score: 4.4, band: "strong" } },
    ]);
  });
});

import { type ReportBlock, type ReportSnapshot, SNAPSHOT_FORMAT } from "@/lib/reports/snapshot";

/**
 * A European report as large as the network's will be, for timing the renderers without a
 * database: 13 countries, each with a table of 50 WISEs and a chart per chapter, 20 case studies
 * with their narrative, profile, quotes and photo, and long partner narratives in Markdown.
 * The photo ids are "photo-jpeg", which the benchmark's reader serves.
 */

const COUNTRIES = ["AT", "BE", "BG", "HR", "EL", "IT", "LV", "PL", "RO", "SI", "ES", "DE", "FR"];

const SENTENCE =
  "Întreprinderile sociale de inserție din rețea au angajat **persoane vulnerabile** și au oferit *formare* în competențe digitale, cu sprijinul [partenerilor](https://example.org). ";

function narrative(paragraphs: number): string {
  const parts: string[] = [];
  for (let index = 0; index < paragraphs; index++) {
    if (index % 5 === 0) parts.push(`## Secțiunea ${index / 5 + 1}`);
    parts.push(SENTENCE.repeat(4));
    if (index % 4 === 3)
      parts.push("- primul punct\n- al doilea punct\n  1. detaliu\n- al treilea");
    if (index % 6 === 5) parts.push("> Un citat din grupul de discuție, păstrat ca atare.");
  }
  return parts.join("\n\n");
}

function countryTable(country: string, rows: number): ReportBlock {
  return {
    kind: "table",
    caption: `${country}: întreprinderi după model, mărime și prag`,
    columns: [
      { label: "Întreprindere" },
      { label: "Model" },
      { label: "Angajați", align: "end" },
      { label: "Lucrători cu nevoi de sprijin", align: "end" },
      { label: "Prag" },
    ],
    rows: Array.from({ length: rows }, (_, index) => [
      `Întreprinderea socială ${country}-${index + 1}`,
      ["Atelier protejat", "Inserție", "Plasare", "Ghișeu unic"][index % 4] ?? "",
      10 + ((index * 7) % 90),
      index % 9 === 0 ? null : `${30 + (index % 50)} %`,
      index % 3 === 0 ? "sub prag" : "peste prag",
    ]),
    note: "Grupurile mai mici de cinci nu sunt arătate.",
  };
}

function countryChart(country: string): ReportBlock {
  return {
    kind: "barChart",
    caption: `${country}: nivelul competențelor pe domenii`,
    unit: "%",
    max: 100,
    bars: Array.from({ length: 10 }, (_, index) => ({
      label: `Domeniul ${index + 1}`,
      value: (index * 13) % 100,
    })),
  };
}

function caseStudy(index: number): ReportBlock[] {
  return [
    { kind: "heading", text: `Studiul de caz ${index + 1}: Atelierul Țesătoria` },
    {
      kind: "facts",
      items: [
        { term: "Model", description: "Întreprindere socială de inserție" },
        { term: "Țara", description: COUNTRIES[index % COUNTRIES.length] ?? "" },
        { term: "Angajați", description: String(20 + index) },
      ],
    },
    ...Array.from(
      { length: 6 },
      (): ReportBlock => ({ kind: "paragraph", text: SENTENCE.repeat(3) }),
    ),
    { kind: "quote", text: "Aici am învățat să lucrez cu calculatorul.", speaker: "lucrător" },
    { kind: "quote", text: "Echipa ne-a sprijinit la fiecare pas.", speaker: "coordonator" },
    {
      kind: "image",
      attachmentId: "photo-jpeg",
      sha256: "0".repeat(64),
      altText: "Doi lucrători țes un covor la război",
      caption: "Atelierul de țesut",
      caseStudyId: `study-${index}`,
    },
  ];
}

export function largeEuropeanSnapshot(): ReportSnapshot {
  const perCountry = (make: (country: string) => ReportBlock[]) => COUNTRIES.flatMap(make);
  return {
    format: SNAPSHOT_FORMAT,
    scope: "EUROPE",
    countryCode: null,
    title: "Raportul european privind întreprinderile sociale de inserție",
    locale: "ro",
    generatedAt: "2026-12-01T09:00:00.000Z",
    chapters: [
      { key: "introduction", title: "Introducere", narrative: narrative(20), blocks: [] },
      {
        key: "sector",
        title: "Sectorul în cifre",
        narrative: narrative(3),
        blocks: perCountry((country) => [
          { kind: "heading", text: country },
          countryTable(country, 50),
        ]),
      },
      {
        key: "focusGroups",
        title: "Grupurile de discuție",
        narrative: null,
        blocks: perCountry((country) => [
          { kind: "heading", text: country },
          countryChart(country),
        ]),
      },
      {
        key: "skills",
        title: "Competențe",
        narrative: narrative(5),
        blocks: perCountry((country) => [countryChart(country), countryTable(country, 20)]),
      },
      {
        key: "caseStudies",
        title: "Studii de caz",
        narrative: null,
        blocks: Array.from({ length: 20 }, (_, index) => caseStudy(index)).flat(),
      },
      {
        key: "comparison",
        title: "Comparația țărilor",
        narrative: narrative(5),
        blocks: perCountry((country) => [countryTable(country, 12)]),
      },
      { key: "strategy", title: "Strategia", narrative: narrative(20), blocks: [] },
      { key: "conclusions", title: "Concluzii", narrative: narrative(10), blocks: [] },
    ],
  };
}

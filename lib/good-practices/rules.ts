import type { CaseStudySection } from "@/lib/generated/prisma/enums";

/** The CaseStudy column that holds each section's text: a map, so a new section breaks the build. */
export const SECTION_COLUMN = {
  MODEL_REASON: "modelReason",
  PATHWAY_IN: "pathwayIn",
  PATHWAY_OUT: "pathwayOut",
  DIGITAL_TOOLS: "digitalTools",
  PRACTICES: "practices",
  CHALLENGES: "challenges",
} as const satisfies Record<CaseStudySection, string>;

export type SectionColumn = (typeof SECTION_COLUMN)[CaseStudySection];

const TITLE_LENGTH = 120;

/**
 * A title proposed from the source's text: its first line, cut at a word before the title's
 * length. The author changes it; it only spares them starting from an empty box.
 */
export function proposedTitle(source: string): string {
  const firstLine = source.trim().split(/\r?\n/, 1)[0]?.trim() ?? "";
  if (firstLine.length <= TITLE_LENGTH) return firstLine;
  const cut = firstLine.slice(0, TITLE_LENGTH);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > TITLE_LENGTH / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

/** What a new good practice starts from: the source's text as the practice, and its model. */
export type Prefill = {
  title: string;
  practice: string;
  digitalTools: string;
  locale: string;
  models: string[];
};

/** The prefill of a case-study section: a digital-tools section also fills that box. */
export function prefillFromSection(
  section: CaseStudySection,
  sectionText: string,
  context: { locale: string; agreedModel: string | null; wiseName: string },
): Prefill {
  return {
    title: proposedTitle(sectionText) || context.wiseName,
    practice: sectionText,
    digitalTools: section === "DIGITAL_TOOLS" ? sectionText : "",
    locale: context.locale,
    models: context.agreedModel ? [context.agreedModel] : [],
  };
}

type LinkFilter = {
  q?: string;
  model?: string;
  group?: string;
  area?: string;
  country?: string;
};

/** The library's address for a search, its filters and a page: results are linkable. */
export function libraryHref(basePath: string, filter: LinkFilter, page = 1): string {
  const params = new URLSearchParams();
  for (const key of ["q", "model", "group", "area", "country"] as const) {
    const value = filter[key];
    if (value) params.set(key, value);
  }
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `${basePath}?${query}` : basePath;
}

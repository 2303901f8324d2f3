import { assertNever } from "@/lib/assert-never";
import { pseudonymOf } from "@/lib/exports/pseudonyms";
import type { RawScoreRow } from "@/lib/exports/tables";
import type {
  DiscussionTheme,
  SessionStatus,
  SupportNeedCategory,
  WiseModel,
} from "@/lib/generated/prisma/enums";
import { suppressSupportNeeds } from "@/lib/wises/support-need-suppression";
import {
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  type BundleGrid,
  type BundleInput,
  SUPPRESSED_BELOW,
} from "./schemas";

/**
 * A session as a bundle (see schemas.ts). Pure: queries.ts reads the rows. WISEs are numbered
 * W1..Wn in agenda order, so the file carries no database ids; raters carry their pseudonyms.
 */

/** Any JSON: the classification's stored suggestion. */
export type BundleSuggestion = BundleInput["classifications"][number]["suggestion"];

type WiseProfile = Omit<BundleInput["wises"][number], "ref" | "position" | "supportNeedCounts"> & {
  supportNeedCounts: { category: SupportNeedCategory; count: number }[];
};

export type BundleRows = {
  bundleKey: string;
  /** The installation and session the results were recorded in; null when unknown. */
  origin: { installationId: string; sessionId: string } | null;
  exportedAt: Date;
  session: {
    title: string;
    startsAt: Date;
    countryCode: string;
    place: string | null;
    online: boolean;
    status: SessionStatus;
  };
  grid: BundleGrid;
  /** In agenda order. */
  agenda: {
    agendaItemId: string;
    wise: WiseProfile;
    classification: {
      suggestedModel: WiseModel | null;
      suggestion: BundleSuggestion;
      agreedModel: WiseModel | null;
      rationale: string | null;
      decidedAt: Date | null;
    } | null;
  }[];
  /** Rater id → pseudonym, in rater order (lib/exports/pseudonyms). */
  pseudonyms: ReadonlyMap<string, string>;
  scores: readonly RawScoreRow[];
  notes: {
    agendaItemId: string | null;
    theme: DiscussionTheme | null;
    body: string;
    isPublic: boolean;
    createdAt: Date;
  }[];
};

type BundleSupportNeedCount = BundleInput["wises"][number]["supportNeedCounts"][number];

/**
 * A WISE's counts as a bundle carries them, through the one suppression rule
 * (lib/wises/support-need-suppression.ts): a bundle leaves the installation, so never exact.
 */
export function bundleSupportNeeds(wise: WiseProfile): BundleSupportNeedCount[] {
  return suppressSupportNeeds(wise.supportNeedCounts, wise).map(({ category, count }) => {
    switch (count.kind) {
      case "count":
        return { category, count: count.value };
      case "fewerThan":
        return { category, fewerThan: SUPPRESSED_BELOW };
      case "withheld":
        return { category, withheld: true };
      default:
        return assertNever(count);
    }
  });
}

export function assembleBundle(rows: BundleRows): BundleInput {
  const refOf = new Map(rows.agenda.map((item, index) => [item.agendaItemId, `W${index + 1}`]));
  const ref = (agendaItemId: string) => {
    const found = refOf.get(agendaItemId);
    if (!found) throw new Error("A row refers to a WISE that is not on the session's agenda.");
    return found;
  };
  return {
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_FORMAT_VERSION,
    bundleKey: rows.bundleKey,
    ...(rows.origin ? { origin: rows.origin } : {}),
    exportedAt: rows.exportedAt.toISOString(),
    session: { ...rows.session, startsAt: rows.session.startsAt.toISOString() },
    grid: rows.grid,
    wises: rows.agenda.map((item, index) => ({
      ref: ref(item.agendaItemId),
      position: index + 1,
      ...item.wise,
      supportNeedCounts: bundleSupportNeeds(item.wise),
    })),
    raters: [...rows.pseudonyms.values()],
    scores: rows.scores.map((score) => ({
      wise: ref(score.wise.id),
      rater: pseudonymOf(rows.pseudonyms, score.raterId),
      category: score.category.code,
      criterion: score.criterion.code,
      answer: score.answer,
      level: score.answer === "LEVEL" ? score.level : null,
      value: score.value,
      comment: score.comment,
    })),
    classifications: rows.agenda.flatMap((item) =>
      item.classification
        ? [
            {
              wise: ref(item.agendaItemId),
              ...item.classification,
              decidedAt: item.classification.decidedAt?.toISOString() ?? null,
            },
          ]
        : [],
    ),
    notes: rows.notes.map((note) => ({
      wise: note.agendaItemId === null ? null : ref(note.agendaItemId),
      theme: note.theme,
      body: note.body,
      isPublic: note.isPublic,
      createdAt: note.createdAt.toISOString(),
    })),
  };
}

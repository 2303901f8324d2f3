import type {
  CaseStudyStatus,
  ReviewStep,
  SessionStatus,
  WiseModel,
} from "@/lib/generated/prisma/enums";

/**
 * Case studies' pure rules: the template's sections, the review's status machine, the suggested
 * WISEs and the timeline. No Prisma, no Next.
 */

/** The template's narrative sections, in the template's order (columns of CaseStudy). */
export const SECTION_FIELDS = [
  "modelReason",
  "pathwayIn",
  "pathwayOut",
  "digitalTools",
  "practices",
  "challenges",
] as const;
export type SectionField = (typeof SECTION_FIELDS)[number];
export type Sections = Record<SectionField, string>;

/** A section's text may be long (Markdown), but not a whole book. */
export const SECTION_MAX_LENGTH = 20_000;

/**
 * Where a study may go from each status, and by which event:
 * - the author submits a draft for review;
 * - a reviewer (four eyes: never the author) approves it, or asks for changes, which sends it
 *   back to draft;
 * - an edit of an approved study sends it back to draft: what was approved is no longer what is
 *   written, so it needs approval again. A study in review is not edited (the reviewer reads
 *   what was submitted); the reviewer asks for changes first.
 */
export type StudyEvent = "submit" | "approve" | "requestChanges" | "edit";

const TRANSITIONS = {
  DRAFT: { submit: "IN_REVIEW", edit: "DRAFT" },
  IN_REVIEW: { approve: "APPROVED", requestChanges: "DRAFT" },
  APPROVED: { edit: "DRAFT" },
} as const satisfies Record<CaseStudyStatus, Partial<Record<StudyEvent, CaseStudyStatus>>>;

/** The status after the event, or null when the event is not allowed from this status. */
export function nextStatus(status: CaseStudyStatus, event: StudyEvent): CaseStudyStatus | null {
  const allowed: Partial<Record<StudyEvent, CaseStudyStatus>> = TRANSITIONS[status];
  return allowed[event] ?? null;
}

/** Whether the study's text and quotes may be changed now. */
export function isEditable(status: CaseStudyStatus): boolean {
  return nextStatus(status, "edit") !== null;
}

/** Whether saving would send an approved study back to draft (the form says so first). */
export function editReopens(status: CaseStudyStatus): boolean {
  return status === "APPROVED";
}

/** The reviewer's steps; the author answers with AUTHOR_REPLY (stored as FACILITATOR_REPLY). */
export const REVIEWER_STEPS = ["COMMENT", "CHANGES_REQUESTED", "APPROVED"] as const;
export type ReviewerStep = (typeof REVIEWER_STEPS)[number];

export function eventOfStep(step: ReviewerStep): StudyEvent | null {
  if (step === "APPROVED") return "approve";
  if (step === "CHANGES_REQUESTED") return "requestChanges";
  return null;
}

/** Asking for changes or commenting needs words; an approval may stand alone. */
export function stepNeedsBody(step: ReviewerStep): boolean {
  return step !== "APPROVED";
}

/** A WISE whose model a focus group agreed, as the suggestion reads it. */
export type SuggestionCandidate = {
  wiseId: string;
  wiseName: string;
  model: WiseModel;
  sessionStatus: SessionStatus;
  decidedAt: Date | null;
};

/** Results that were closed (reviewed) or published are the ones a study can rely on. */
function settled(status: SessionStatus): boolean {
  return status === "CLOSED" || status === "PUBLISHED";
}

function better(a: SuggestionCandidate, b: SuggestionCandidate): boolean {
  if (settled(a.sessionStatus) !== settled(b.sessionStatus)) return settled(a.sessionStatus);
  const at = (c: SuggestionCandidate) => c.decidedAt?.getTime() ?? 0;
  if (at(a) !== at(b)) return at(a) > at(b);
  return a.wiseName.localeCompare(b.wiseName) < 0;
}

/**
 * One WISE per model for the country's next case studies. Each WISE counts under the model its
 * latest decision agreed (the same WISE classified twice is not a candidate for two models);
 * WISEs that already have a study are left out; among the rest the one from a closed or published
 * focus group wins, then the latest decision, then the name (so the choice is stable).
 */
export function suggestWises<C extends SuggestionCandidate>(
  candidates: readonly C[],
  studiedWiseIds: ReadonlySet<string>,
  models: readonly WiseModel[],
): { model: WiseModel; wise: C | null }[] {
  const latestPerWise = new Map<string, C>();
  for (const candidate of candidates) {
    const current = latestPerWise.get(candidate.wiseId);
    const at = (c: SuggestionCandidate) => c.decidedAt?.getTime() ?? 0;
    if (
      !current ||
      at(candidate) > at(current) ||
      (at(candidate) === at(current) && better(candidate, current))
    )
      latestPerWise.set(candidate.wiseId, candidate);
  }
  const best = new Map<WiseModel, C>();
  for (const candidate of latestPerWise.values()) {
    if (studiedWiseIds.has(candidate.wiseId)) continue;
    const current = best.get(candidate.model);
    if (!current || better(candidate, current)) best.set(candidate.model, candidate);
  }
  return models.map((model) => ({ model, wise: best.get(model) ?? null }));
}

export type TimelineReview = {
  id: string;
  step: ReviewStep;
  body: string;
  at: Date;
  author: string;
};
export type TimelineStatus = {
  id: string;
  fromStatus: CaseStudyStatus;
  toStatus: CaseStudyStatus;
  at: Date;
  author: string;
};
export type TimelineEntry =
  | (TimelineReview & { kind: "review" })
  | (TimelineStatus & { kind: "status" });

/** Review steps and status changes as one story, oldest first; on a tie the status change first. */
export function studyTimeline(
  reviews: readonly TimelineReview[],
  changes: readonly TimelineStatus[],
): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    ...changes.map((change) => ({ ...change, kind: "status" as const })),
    ...reviews.map((review) => ({ ...review, kind: "review" as const })),
  ];
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => a.entry.at.getTime() - b.entry.at.getTime() || a.index - b.index)
    .map(({ entry }) => entry);
}

import { createHash } from "node:crypto";
import type { ReviewStep, SessionStatus } from "@/lib/generated/prisma/enums";
import { isReopening } from "@/lib/sessions/rules";

/**
 * The national partner's review of a closed session. Pure: no Prisma, no Next, so that the
 * publishing command, the review page and the tests all decide "approved?" the same way.
 */

export type ReviewEvent = {
  step: ReviewStep;
  createdAt: Date;
  /** For an approval: what it approved (approvalSubject); null on rows older than the rule. */
  approvedSubject?: string | null;
  approverCountryCode?: string | null;
};

/** The session as it is now, to which an approval must still apply. */
export type ApprovalSubject = { countryCode: string; wiseIds: readonly string[] };

/**
 * What a partner approves: the session's country and the WISEs on its agenda, as one text. An
 * approval keeps it, and a later change of either (a re-imported bundle, a change made directly
 * in the database) voids the approval, as the partner did not see the results that way.
 */
export function approvalSubject(subject: ApprovalSubject): string {
  const text = JSON.stringify([subject.countryCode, [...subject.wiseIds].sort()]);
  return createHash("sha256").update(text).digest("hex");
}

/**
 * Whether an approval still applies to the session now: its approver was of the session's
 * country, and its country and agenda are the ones approved.
 */
export function approvalStillApplies(review: ReviewEvent, now: ApprovalSubject): boolean {
  if (review.approverCountryCode && review.approverCountryCode !== now.countryCode) return false;
  return !review.approvedSubject || review.approvedSubject === approvalSubject(now);
}
export type StatusEvent = { fromStatus: SessionStatus; toStatus: SessionStatus; changedAt: Date };

/** The steps a partner takes; the facilitator answers with FACILITATOR_REPLY. */
export const PARTNER_STEPS = ["COMMENT", "CHANGES_REQUESTED", "APPROVED"] as const;
export type PartnerStep = (typeof PARTNER_STEPS)[number];

/** Steps that decide the outcome; comments and replies only discuss it. */
export function isDecision(step: ReviewStep): step is "APPROVED" | "CHANGES_REQUESTED" {
  return step === "APPROVED" || step === "CHANGES_REQUESTED";
}

/** A partner must say what should change; a comment without words says nothing. */
export function needsBody(step: ReviewStep): boolean {
  return step !== "APPROVED";
}

export type ApprovalState =
  /** The latest decision approves the results as they are now. */
  | "APPROVED"
  /** The latest decision asks for changes. */
  | "CHANGES_REQUESTED"
  /** No decision yet, or the session was reopened after the last one (scores may have moved). */
  | "AWAITING"
  /** The latest decision approved, but the session's country or agenda changed since. */
  | "VOID";

function latest<T>(items: readonly T[], time: (item: T) => Date): T | undefined {
  let found: T | undefined;
  for (const item of items) {
    if (!found || time(item).getTime() >= time(found).getTime()) found = item;
  }
  return found;
}

/**
 * Where the review stands now. A reopening unlocks the scores, so a decision taken before the
 * session was last reopened is about results that may no longer exist: it no longer counts.
 *
 * Timestamps are stored to the millisecond, so two events can share one. Ties resolve against
 * approval: a CHANGES_REQUESTED at the same instant as an APPROVED wins, and an approval at the
 * same instant as a reopening does not count. Refusing to publish is the safe mistake.
 */
export function approvalState(
  reviews: readonly ReviewEvent[],
  statusChanges: readonly StatusEvent[],
  now?: ApprovalSubject,
): ApprovalState {
  const decisions = reviews.filter((review) => isDecision(review.step));
  const lastApproval = latest(
    decisions.filter((review) => review.step === "APPROVED"),
    (review) => review.createdAt,
  );
  const lastRequest = latest(
    decisions.filter((review) => review.step === "CHANGES_REQUESTED"),
    (review) => review.createdAt,
  );
  const lastReopening = latest(
    statusChanges.filter((change) => isReopening(change.fromStatus, change.toStatus)),
    (change) => change.changedAt,
  );
  const after = (a: Date, b: Date | undefined) => b === undefined || a.getTime() > b.getTime();
  const reopenedAt = lastReopening?.changedAt;
  if (
    lastApproval &&
    after(lastApproval.createdAt, lastRequest?.createdAt) &&
    after(lastApproval.createdAt, reopenedAt)
  ) {
    return !now || approvalStillApplies(lastApproval, now) ? "APPROVED" : "VOID";
  }
  if (lastRequest && after(lastRequest.createdAt, reopenedAt)) return "CHANGES_REQUESTED";
  return "AWAITING";
}

/** Whether the session's summary may be published now, as far as the review goes. */
export function isApproved(
  reviews: readonly ReviewEvent[],
  statusChanges: readonly StatusEvent[],
  now?: ApprovalSubject,
): boolean {
  return approvalState(reviews, statusChanges, now) === "APPROVED";
}

/**
 * Review steps and status changes in one story, oldest first: a reader sees that an approval
 * was followed by a reopening, and so why the session awaits approval again. On a tie the review
 * step goes first, as `approvalState` treats an approval tied with a reopening as the older one.
 */
export function timelineOf<
  R extends ReviewEvent & { id: string },
  S extends StatusEvent & { id: string },
>(
  reviews: readonly R[],
  statusChanges: readonly S[],
): ((R & { kind: "review"; at: Date }) | (S & { kind: "status"; at: Date }))[] {
  const entries = [
    ...reviews.map((review) => ({ ...review, kind: "review" as const, at: review.createdAt })),
    ...statusChanges.map((change) => ({
      ...change,
      kind: "status" as const,
      at: change.changedAt,
    })),
  ];
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => a.entry.at.getTime() - b.entry.at.getTime() || a.index - b.index)
    .map(({ entry }) => entry);
}

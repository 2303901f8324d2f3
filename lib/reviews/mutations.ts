import "server-only";
import { randomBytes } from "node:crypto";
import { defineCommand } from "@/lib/actions/command";
import { DomainError } from "@/lib/actions/result";
import { sessionReviewSubject, sessionSubject } from "@/lib/audit/session-subjects";
import { type Actor, assertCan, type SessionAccess } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/db";
import type { ReviewStep } from "@/lib/generated/prisma/enums";
import { getSessionAccess } from "@/lib/sessions/access";
import { readApprovalSubject } from "./queries";
import { approvalSubject } from "./rules";
import { ReplyToReviewSchema, SetShareLinkSchema, WriteReviewSchema } from "./schemas";

async function authorizeOn(
  actor: Actor,
  sessionId: string,
  permission: "review.write" | "review.reply" | "session.manage",
): Promise<SessionAccess> {
  const access = await getSessionAccess(actor, sessionId);
  if (!access) throw new DomainError(404, "sessionNotFound");
  assertCan(actor, permission, access);
  return access;
}

/**
 * Locks the session row until the step is written, then checks it is still CLOSED. Publishing
 * (which updates that row) waits for us and then sees the new step, so a request for changes
 * cannot slip in beside a publication that ignored it; two steps on one session queue up too.
 * "No key" leaves other rows free to point at the session meanwhile (notes, scores).
 */
async function lockClosedSession(tx: Prisma.TransactionClient, sessionId: string) {
  const rows = await tx.$queryRaw<{ status: string }[]>`
    SELECT "status"::text AS "status" FROM "FocusGroupSession"
    WHERE "id" = ${sessionId} FOR NO KEY UPDATE`;
  if (rows[0]?.status !== "CLOSED") throw new DomainError(409, "reviewNeedsClosedSession");
}

/**
 * Timestamps are kept to the millisecond and approval is decided by their order (see
 * rules.ts), so a step is stamped strictly after every earlier step and status change of the
 * session, even when they fall within the same millisecond.
 */
async function nextInstant(tx: Prisma.TransactionClient, sessionId: string): Promise<Date> {
  // One after another: a transaction's connection takes one query at a time.
  const review = await tx.sessionReview.findFirst({
    where: { sessionId },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  const change = await tx.sessionStatusChange.findFirst({
    where: { sessionId },
    orderBy: { changedAt: "desc" },
    select: { changedAt: true },
  });
  const latest = Math.max(review?.createdAt.getTime() ?? 0, change?.changedAt.getTime() ?? 0);
  return new Date(Math.max(Date.now(), latest + 1));
}

async function addStep(
  tx: Prisma.TransactionClient,
  actor: Actor,
  sessionId: string,
  step: ReviewStep,
  body: string,
) {
  const createdAt = await nextInstant(tx, sessionId);
  // An approval keeps what it approved, so that a later change of the session voids it.
  const approval =
    step === "APPROVED"
      ? {
          approverCountryCode: actor.countryCode,
          approvedSubject: approvalSubject(await readApprovalSubject(tx, sessionId)),
        }
      : {};
  const review = await tx.sessionReview.create({
    data: { sessionId, authorId: actor.id, step, body, createdAt, ...approval },
    select: { id: true },
  });
  return { reviewId: review.id, step };
}

/** The national partner comments on, approves, or asks for changes to a closed session's results. */
export const writeReview = defineCommand({
  schema: WriteReviewSchema,
  authorize: (actor, input) => authorizeOn(actor, input.sessionId, "review.write"),
  run: async (actor, input, tx) => {
    await lockClosedSession(tx, input.sessionId);
    if (input.seenChangeId) {
      const latest = await tx.sessionStatusChange.findFirst({
        where: { sessionId: input.sessionId },
        orderBy: { changedAt: "desc" },
        select: { id: true },
      });
      if (latest && latest.id !== input.seenChangeId) throw new DomainError(409, "reviewStale");
    }
    return addStep(tx, actor, input.sessionId, input.step, input.body ?? "");
  },
  audit: {
    action: "review.write",
    subject: sessionReviewSubject,
    createdId: (_, result) => result.reviewId,
  },
});

/** The lead or a co-facilitator answers the partner. */
export const replyToReview = defineCommand({
  schema: ReplyToReviewSchema,
  authorize: (actor, input) => authorizeOn(actor, input.sessionId, "review.reply"),
  run: async (actor, input, tx) => {
    await lockClosedSession(tx, input.sessionId);
    return addStep(tx, actor, input.sessionId, "FACILITATOR_REPLY", input.body);
  },
  audit: {
    action: "review.reply",
    subject: sessionReviewSubject,
    createdId: (_, result) => result.reviewId,
  },
});

/** 32 url-safe characters from 24 random bytes: not guessable, short enough to send. */
function newShareToken(): string {
  return randomBytes(24).toString("base64url");
}

/**
 * Opens or closes the published summary to anyone holding its link. Enabling twice keeps the
 * link already sent; disabling forgets it, so enabling again makes a new one and the old link
 * stays dead.
 */
export const setShareLink = defineCommand({
  schema: SetShareLinkSchema,
  authorize: (actor, input) => authorizeOn(actor, input.sessionId, "session.manage"),
  run: async (_actor, input, tx) => {
    const current = await tx.focusGroupSession.findUniqueOrThrow({
      where: { id: input.sessionId },
      select: { status: true, shareToken: true },
    });
    if (input.enabled && current.shareToken) return { shareToken: current.shareToken };
    const shareToken = input.enabled ? newShareToken() : null;
    const changed = await tx.focusGroupSession.updateMany({
      where: { id: input.sessionId, status: "PUBLISHED" },
      data: { shareToken },
    });
    if (changed.count === 0) throw new DomainError(409, "shareNeedsPublished");
    return { shareToken };
  },
  // The session's snapshot says whether it is shared; the link's token stays out of the trail.
  audit: {
    action: (input) => (input.enabled ? "session.share.enable" : "session.share.disable"),
    subject: sessionSubject,
    id: (input) => input.sessionId,
  },
});

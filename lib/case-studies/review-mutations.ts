import "server-only";
import { defineCommand } from "@/lib/actions/command";
import { DomainError } from "@/lib/actions/result";
import type { Prisma } from "@/lib/db";
import { caseStudyReviewSubject, caseStudySubject } from "./audit-subjects";
import { eventOfStep } from "./rules";
import { ReplyCaseStudySchema, ReviewCaseStudySchema, SubmitCaseStudySchema } from "./schemas";
import { authorizeStudy, lockStudy, moveStudy } from "./study-mutations";

type Tx = Prisma.TransactionClient;

/**
 * Attachments are another module's (their storage and limits); the review only asks whether an
 * image still lacks its alternative text, which a study may not be published without.
 */
async function imagesWithoutAltText(tx: Tx, caseStudyId: string): Promise<number> {
  const [row] = await tx.$queryRaw<[{ count: number }]>`
    SELECT count(*)::int AS "count" FROM "CaseStudyAttachment"
    WHERE "caseStudyId" = ${caseStudyId} AND "mediaType" LIKE 'image/%'
      AND coalesce(btrim("altText"), '') = ''`;
  return row.count;
}

/** The author (or another editor of the country) submits the draft they read for review. */
export const submitCaseStudy = defineCommand({
  schema: SubmitCaseStudySchema,
  authorize: (actor, input) => authorizeStudy(actor, input.caseStudyId, "caseStudy.update"),
  run: async (actor, input, tx) => {
    const current = await lockStudy(tx, input.caseStudyId);
    if (current.status !== "DRAFT") throw new DomainError(409, "caseStudyNotDraft");
    if (current.version !== input.version) throw new DomainError(409, "caseStudyConflict");
    if ((await imagesWithoutAltText(tx, input.caseStudyId)) > 0)
      throw new DomainError(409, "caseStudyImageNeedsAlt");
    return moveStudy(tx, actor, input.caseStudyId, current, "submit", "caseStudyNotDraft");
  },
  audit: {
    action: "caseStudy.submit",
    subject: caseStudySubject,
    id: (input) => input.caseStudyId,
  },
});

/**
 * A reviewer's step on a study in review: a comment, a request for changes (back to draft) or an
 * approval. Four eyes: "caseStudy.review" never lets the author decide on their own study. The
 * step names the version the reviewer read; a study changed since is not decided on unseen.
 */
export const reviewCaseStudy = defineCommand({
  schema: ReviewCaseStudySchema,
  authorize: (actor, input) => authorizeStudy(actor, input.caseStudyId, "caseStudy.review"),
  run: async (actor, input, tx) => {
    const current = await lockStudy(tx, input.caseStudyId);
    if (current.status !== "IN_REVIEW") throw new DomainError(409, "caseStudyNotInReview");
    if (current.version !== input.version) throw new DomainError(409, "caseStudyConflict");
    const createdAt = new Date();
    const review = await tx.caseStudyReview.create({
      data: {
        caseStudyId: input.caseStudyId,
        authorId: actor.id,
        step: input.step,
        body: input.body ?? "",
        approverCountryCode: input.step === "APPROVED" ? actor.countryCode : null,
        createdAt,
      },
      select: { id: true },
    });
    const event = eventOfStep(input.step);
    if (event) {
      // Just after the step, so that the timeline tells the decision, then its effect.
      const changedAt = new Date(createdAt.getTime() + 1);
      await moveStudy(
        tx,
        actor,
        input.caseStudyId,
        current,
        event,
        "caseStudyNotInReview",
        {},
        changedAt,
      );
    }
    return { reviewId: review.id, caseStudyId: input.caseStudyId };
  },
  audit: {
    action: "caseStudy.review",
    subject: caseStudyReviewSubject,
    createdId: (_, result) => result.reviewId,
  },
});

/** The author's answer to the reviewer, at any stage. */
export const replyToCaseStudyReview = defineCommand({
  schema: ReplyCaseStudySchema,
  authorize: (actor, input) => authorizeStudy(actor, input.caseStudyId, "caseStudy.update"),
  run: async (actor, input, tx) => {
    await lockStudy(tx, input.caseStudyId);
    const review = await tx.caseStudyReview.create({
      data: {
        caseStudyId: input.caseStudyId,
        authorId: actor.id,
        step: "FACILITATOR_REPLY",
        body: input.body,
      },
      select: { id: true },
    });
    return { reviewId: review.id, caseStudyId: input.caseStudyId };
  },
  audit: {
    action: "caseStudy.reply",
    subject: caseStudyReviewSubject,
    createdId: (_, result) => result.reviewId,
  },
});

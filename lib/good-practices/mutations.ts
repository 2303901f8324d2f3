import "server-only";
import { defineCommand } from "@/lib/actions/command";
import { DomainError } from "@/lib/actions/result";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { goodPracticeSubject } from "./audit-subjects";
import {
  CreateGoodPracticeSchema,
  type GoodPracticeFields,
  PublishGoodPracticeSchema,
  UpdateGoodPracticeSchema,
} from "./schemas";
import { caseStudySource, noteSource } from "./source-queries";

function columns(input: GoodPracticeFields) {
  return {
    title: input.title,
    need: input.need,
    practice: input.practice,
    results: input.results,
    transfer: input.transfer,
    digitalTools: input.digitalTools,
    locale: input.locale,
    models: input.models,
    staffGroups: input.staffGroups,
    skillAreas: input.skillAreas,
  };
}

/** Marks a public note or a case-study section as good practice; its country is the source's. */
export const createGoodPractice = defineCommand({
  schema: CreateGoodPracticeSchema,
  // The source readers check who may read it and mark good practice in its country.
  authorize: async (actor, input) => {
    if (input.sessionNoteId) await noteSource(actor, input.sessionNoteId);
    else if (input.caseStudyId && input.caseStudySection)
      await caseStudySource(actor, input.caseStudyId, input.caseStudySection);
  },
  run: async (actor, input, tx) => {
    const source = input.sessionNoteId
      ? await noteSource(actor, input.sessionNoteId, tx)
      : await caseStudySource(
          actor,
          input.caseStudyId as string,
          input.caseStudySection as NonNullable<typeof input.caseStudySection>,
          tx,
        );
    const item = await tx.goodPractice.create({
      data: {
        ...columns(input),
        countryCode: source.countryCode,
        wiseId: source.wiseId,
        sessionNoteId: input.sessionNoteId ?? null,
        caseStudyId: input.caseStudyId ?? null,
        caseStudySection: input.caseStudyId ? input.caseStudySection : null,
        authorId: actor.id,
      },
      select: { id: true },
    });
    return { goodPracticeId: item.id };
  },
  audit: {
    action: "goodPractice.create",
    subject: goodPracticeSubject,
    createdId: (_input, result) => result.goodPracticeId,
  },
});

/** The item's country and author, or 404. */
async function practiceAccess(goodPracticeId: string) {
  const item = await db.goodPractice.findUnique({
    where: { id: goodPracticeId },
    select: { countryCode: true, authorId: true },
  });
  if (!item) throw new DomainError(404, "goodPracticeNotFound");
  return item;
}

/**
 * Saves an edit made from `version`. Someone else's save in between moved the version on: the
 * edit is refused as a conflict rather than silently overwriting what they wrote.
 */
export const updateGoodPractice = defineCommand({
  schema: UpdateGoodPracticeSchema,
  authorize: async (actor, input) =>
    assertCan(actor, "goodPractice.update", await practiceAccess(input.goodPracticeId)),
  run: async (_actor, input, tx) => {
    const saved = await tx.goodPractice.updateMany({
      where: { id: input.goodPracticeId, version: input.version },
      data: { ...columns(input), version: { increment: 1 } },
    });
    if (saved.count === 0) throw new DomainError(409, "goodPracticeConflict");
    return { goodPracticeId: input.goodPracticeId };
  },
  audit: {
    action: "goodPractice.update",
    subject: goodPracticeSubject,
    id: (input) => input.goodPracticeId,
  },
});

/** Publishes (readable without signing in) or withdraws an item: its country's partner decides. */
export const publishGoodPractice = defineCommand({
  schema: PublishGoodPracticeSchema,
  authorize: async (actor, input) =>
    assertCan(actor, "goodPractice.publish", await practiceAccess(input.goodPracticeId)),
  run: async (_actor, input, tx) => {
    // Publishing again keeps the first date: readers cite it.
    await tx.goodPractice.updateMany({
      where: {
        id: input.goodPracticeId,
        publishedAt: input.publish ? null : { not: null },
      },
      data: { publishedAt: input.publish ? new Date() : null },
    });
    return { goodPracticeId: input.goodPracticeId, published: input.publish };
  },
  audit: {
    action: (input) => (input.publish ? "goodPractice.publish" : "goodPractice.unpublish"),
    subject: goodPracticeSubject,
    id: (input) => input.goodPracticeId,
  },
});

import "server-only";
import { createHash } from "node:crypto";
import { type Command, defineCommand } from "@/lib/actions/command";
import { DomainError, ok } from "@/lib/actions/result";
import { type Actor, assertCan } from "@/lib/auth/permissions";
import { moveStudy } from "@/lib/case-studies/study-mutations";
import { db, type Prisma } from "@/lib/db";
import type { CaseStudyStatus } from "@/lib/generated/prisma/enums";
import { attachmentSubject } from "./audit-subject";
import { cleanPhoto } from "./clean-photo";
import { detectMediaType } from "./detect";
import { checkUpload, isImage } from "./rules";
import {
  DeleteAttachmentSchema,
  UpdateAttachmentSchema,
  type UploadAttachmentInput,
  UploadAttachmentSchema,
} from "./schemas";
import { type StoredLocation, storeFor, storeForNewAttachments } from "./store";

/** The study whose attachments change, with what caseStudy.update decides on. */
async function studyToChange(actor: Actor, caseStudyId: string) {
  const study = await db.caseStudy.findUnique({
    where: { id: caseStudyId },
    select: { id: true, countryCode: true, authorId: true },
  });
  if (!study) throw new DomainError(404, "attachmentCaseStudyNotFound");
  assertCan(actor, "caseStudy.update", study);
  return study;
}

/**
 * A study's photos and documents are part of what its reviewer approves: none changes while the
 * study is in review, and a change to an approved study sends it back to draft (as an edit of its
 * text does). A draft's version is left alone, so that a colleague's upload never turns the text
 * being written beside it into a conflict. Takes the study's row lock for the transaction.
 */
async function reopenStudyFor(tx: Prisma.TransactionClient, actor: Actor, caseStudyId: string) {
  const [study] = await tx.$queryRaw<{ status: CaseStudyStatus; version: number }[]>`
    SELECT status, version FROM "CaseStudy" WHERE id = ${caseStudyId} FOR UPDATE`;
  if (!study) throw new DomainError(404, "attachmentCaseStudyNotFound");
  if (study.status === "IN_REVIEW") throw new DomainError(409, "caseStudyLocked");
  if (study.status === "APPROVED") {
    await moveStudy(tx, actor, caseStudyId, study, "edit", "caseStudyLocked");
  }
}

async function attachmentToChange(actor: Actor, attachmentId: string) {
  const attachment = await db.caseStudyAttachment.findUnique({
    where: { id: attachmentId },
    select: { id: true, caseStudyId: true },
  });
  if (!attachment) throw new DomainError(404, "attachmentNotFound");
  await studyToChange(actor, attachment.caseStudyId);
  return attachment;
}

/**
 * Adds a file to a case study: checked against the type and size limits by its own bytes
 * (lib/attachments/rules.ts), an image only with its alternative text and stored cleaned of its
 * metadata (lib/attachments/clean-photo.ts), at most
 * MAX_ATTACHMENTS_PER_STUDY per study (counted under a lock on the study, so two uploads at
 * once cannot both take the last place). A refusal writes nothing, in PostgreSQL or in S3.
 */
export const addAttachment: Command<{ attachmentId: string; caseStudyId: string }> = async (
  actor,
  rawInput,
) => {
  const store = storeForNewAttachments();
  let written: StoredLocation | null = null;
  const command = defineCommand({
    schema: UploadAttachmentSchema,
    authorize: (actor, input) => studyToChange(actor, input.caseStudyId),
    run: async (actor, input: UploadAttachmentInput, tx) => {
      await reopenStudyFor(tx, actor, input.caseStudyId);
      const check = checkUpload({
        fileName: input.fileName,
        byteSize: input.bytes.byteLength,
        detectedMediaType: await detectMediaType(input.bytes),
        attachmentsSoFar: await tx.caseStudyAttachment.count({
          where: { caseStudyId: input.caseStudyId },
        }),
      });
      if (!check.ok) throw new DomainError(check.status, check.error, "file");
      if (check.kind === "IMAGE" && !input.altText) {
        throw new DomainError(400, "attachmentAltTextRequired", "altText");
      }
      // A photo is kept without its camera's metadata (lib/attachments/clean-photo.ts); a
      // document exactly as sent.
      let bytes: Uint8Array = input.bytes;
      if (check.kind === "IMAGE") {
        const cleaned = await cleanPhoto(input.bytes, check.mediaType);
        if (!cleaned.ok) throw new DomainError(cleaned.status, cleaned.error, "file");
        bytes = cleaned.bytes;
      }
      const { id, location } = await store.create(
        tx,
        {
          caseStudyId: input.caseStudyId,
          fileName: check.fileName,
          mediaType: check.mediaType,
          byteSize: bytes.byteLength,
          sha256: createHash("sha256").update(bytes).digest("hex"),
          altText: input.altText ?? null,
          caption: input.caption ?? null,
          createdById: actor.id,
        },
        bytes,
      );
      written = location;
      return { attachmentId: id, caseStudyId: input.caseStudyId };
    },
    audit: {
      action: "attachment.add",
      subject: attachmentSubject,
      createdId: (_input, result) => result.attachmentId,
    },
    // An object put into S3 happens inside the transaction: give a large file time to travel.
    transaction: { timeout: 60_000 },
  });
  // The row's transaction did not commit (a refusal after the put, a failed audit entry, a lost
  // connection): bytes put outside PostgreSQL go too.
  const discard = () => (written ? store.removeBytes(written) : Promise.resolve());
  try {
    const result = await command(actor, rawInput);
    if (!result.ok) await discard();
    return result;
  } catch (error) {
    await discard().catch(() => undefined);
    throw error;
  }
};

/** Alternative text and caption; an image keeps a non-empty alternative text. */
export const updateAttachment = defineCommand({
  schema: UpdateAttachmentSchema,
  authorize: (actor, input) => attachmentToChange(actor, input.attachmentId),
  run: async (actor, input, tx) => {
    const attachment = await tx.caseStudyAttachment.findUnique({
      where: { id: input.attachmentId },
      select: { caseStudyId: true, mediaType: true },
    });
    if (!attachment) throw new DomainError(404, "attachmentNotFound");
    await reopenStudyFor(tx, actor, attachment.caseStudyId);
    if (isImage(attachment.mediaType) && !input.altText) {
      throw new DomainError(400, "attachmentAltTextRequired", "altText");
    }
    await tx.caseStudyAttachment.update({
      where: { id: input.attachmentId },
      data: { altText: input.altText ?? null, caption: input.caption ?? null },
    });
    return { attachmentId: input.attachmentId, caseStudyId: attachment.caseStudyId };
  },
  audit: {
    action: "attachment.update",
    subject: attachmentSubject,
    id: (input) => input.attachmentId,
  },
});

const deleteAttachmentRow = defineCommand({
  schema: DeleteAttachmentSchema,
  authorize: (actor, input) => attachmentToChange(actor, input.attachmentId),
  run: async (actor, input, tx) => {
    const owner = await tx.caseStudyAttachment.findUnique({
      where: { id: input.attachmentId },
      select: { caseStudyId: true },
    });
    if (!owner) throw new DomainError(404, "attachmentNotFound");
    await reopenStudyFor(tx, actor, owner.caseStudyId);
    const deleted = await tx.caseStudyAttachment.delete({
      where: { id: input.attachmentId },
      select: { caseStudyId: true, storage: true, storageKey: true },
    });
    const location: StoredLocation = { storage: deleted.storage, storageKey: deleted.storageKey };
    return { caseStudyId: deleted.caseStudyId, location };
  },
  audit: {
    action: "attachment.delete",
    subject: attachmentSubject,
    id: (input) => input.attachmentId,
  },
});

/**
 * Removes an attachment: the row (and a blob in PostgreSQL with it) in one transaction, then an
 * object in S3 once that has committed. Should the storage fail then, an unreferenced object is
 * left behind (logged), never a row whose bytes are gone.
 */
export const deleteAttachment: Command<{ caseStudyId: string }> = async (actor, rawInput) => {
  const result = await deleteAttachmentRow(actor, rawInput);
  if (!result.ok) return result;
  const { caseStudyId, location } = result.data;
  await storeFor(location.storage)
    .removeBytes(location)
    .catch((error: unknown) => {
      console.error(`attachment bytes left at ${location.storageKey}:`, error);
    });
  return ok({ caseStudyId });
};

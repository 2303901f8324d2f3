import "server-only";
import { createHash } from "node:crypto";
import { type Actor, can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { storeFor } from "./store";

const LISTED = {
  id: true,
  fileName: true,
  mediaType: true,
  byteSize: true,
  altText: true,
  caption: true,
  createdAt: true,
} as const;

/** How every list of attachments is ordered: as they were added. */
const ORDER = [{ createdAt: "asc" }, { id: "asc" }] as const;

export type ListedAttachment = {
  id: string;
  fileName: string;
  mediaType: string;
  byteSize: number;
  altText: string | null;
  caption: string | null;
  createdAt: Date;
};

/**
 * A case study's attachments for a reader who may read the study (caseStudy.read), with whether
 * they may change them (caseStudy.update); null when the study does not exist or is not theirs
 * to know (a partner of another country).
 */
export async function getCaseStudyAttachments(actor: Actor, caseStudyId: string) {
  const study = await db.caseStudy.findUnique({
    where: { id: caseStudyId },
    select: {
      id: true,
      countryCode: true,
      authorId: true,
      wise: { select: { name: true } },
      attachments: { select: LISTED, orderBy: [...ORDER] },
    },
  });
  if (!study || !can(actor, "caseStudy.read", study)) return null;
  return {
    caseStudyId: study.id,
    wiseName: study.wise.name,
    canEdit: can(actor, "caseStudy.update", study),
    attachments: study.attachments satisfies ListedAttachment[],
  };
}

/**
 * One attachment's bytes for a download, on the concrete study it belongs to: null when the
 * attachment is not of that study, does not exist, or the reader may not read the study.
 */
export async function getAttachmentDownload(
  actor: Actor,
  caseStudyId: string,
  attachmentId: string,
) {
  const attachment = await db.caseStudyAttachment.findFirst({
    where: { id: attachmentId, caseStudyId },
    select: {
      id: true,
      fileName: true,
      mediaType: true,
      sha256: true,
      storage: true,
      storageKey: true,
      caseStudy: { select: { countryCode: true } },
    },
  });
  if (!attachment || !can(actor, "caseStudy.read", attachment.caseStudy)) return null;
  const bytes = await storeFor(attachment.storage).read(attachment.id, attachment);
  if (!bytes) return null;
  return { ...attachment, bytes };
}

export type AttachmentBytes = {
  bytes: Uint8Array;
  mediaType: string;
  fileName: string;
  altText: string | null;
  caption: string | null;
};

/**
 * The bytes of one attachment as they were when `sha256` was taken, for the report renderers
 * (PDF, DOCX) to embed a photo: null when the attachment is gone, or its bytes are no longer
 * those (a report snapshot names both, so a released report never shows another picture).
 * No authorisation here: the caller has authorised the report that names the attachment.
 */
export async function readAttachmentBytes(
  attachmentId: string,
  sha256: string,
): Promise<AttachmentBytes | null> {
  const attachment = await db.caseStudyAttachment.findFirst({
    where: { id: attachmentId, sha256 },
    select: {
      id: true,
      fileName: true,
      mediaType: true,
      altText: true,
      caption: true,
      storage: true,
      storageKey: true,
    },
  });
  if (!attachment) return null;
  const bytes = await storeFor(attachment.storage).read(attachment.id, attachment);
  if (!bytes || createHash("sha256").update(bytes).digest("hex") !== sha256) return null;
  const { fileName, mediaType, altText, caption } = attachment;
  return { bytes, mediaType, fileName, altText, caption };
}

import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";

/**
 * An attachment's bytes, for the report renderers: read by id from PostgreSQL and returned only
 * when they still hash to what the report's snapshot recorded (a released report never shows
 * another picture than the one it was released with). Null when the row, the bytes or the match
 * is missing: the renderers then show the image's alternative text.
 *
 * Placeholder of the report renderers' branch: the case-study branch owns attachments (and
 * their S3 storage); the merge keeps one reader with this signature.
 */
export async function readAttachmentBytes(
  attachmentId: string,
  sha256: string,
): Promise<{ bytes: Buffer; mediaType: string } | null> {
  const attachment = await db.caseStudyAttachment.findUnique({
    where: { id: attachmentId },
    select: { mediaType: true, sha256: true, blob: { select: { data: true } } },
  });
  if (!attachment?.blob || attachment.sha256 !== sha256) return null;
  const bytes = Buffer.from(attachment.blob.data);
  if (createHash("sha256").update(bytes).digest("hex") !== sha256) return null;
  return { bytes, mediaType: attachment.mediaType };
}

import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { PNG } from "../fixtures/attachment-files";

/** A described photo of the study, its bytes in PostgreSQL, as an upload leaves it. */
export async function makeAttachment(caseStudyId: string, createdById: string) {
  return db.caseStudyAttachment.create({
    data: {
      caseStudyId,
      createdById,
      fileName: "bakery.png",
      mediaType: "image/png",
      byteSize: PNG.byteLength,
      sha256: createHash("sha256").update(PNG).digest("hex"),
      altText: "The bakery's workshop",
      blob: { create: { data: new Uint8Array(PNG) } },
    },
  });
}

/** Every table an attachment command may write, to prove that a refusal wrote nothing. */
export async function attachmentRowCounts() {
  const [attachments, blobs, auditEvents] = await Promise.all([
    db.caseStudyAttachment.count(),
    db.attachmentBlob.count(),
    db.auditEvent.count(),
  ]);
  return { attachments, blobs, auditEvents };
}

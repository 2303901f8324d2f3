import "server-only";
import { db } from "@/lib/db";
import type { AttachmentStore } from "./store";

/**
 * Bytes in PostgreSQL (AttachmentBlob, a table of its own so that listing attachments never reads
 * them), written with the row in one transaction; deleting the row deletes them (cascade).
 */
export const databaseStore: AttachmentStore = {
  storage: "DATABASE",
  async create(tx, row, bytes) {
    const created = await tx.caseStudyAttachment.create({
      data: {
        ...row,
        storage: "DATABASE",
        blob: { create: { data: new Uint8Array(bytes) } },
      },
      select: { id: true },
    });
    return { id: created.id, location: { storage: "DATABASE", storageKey: null } };
  },
  async removeBytes() {
    // Nothing outside the row's transaction: the blob went (or never came) with the row.
  },
  async read(attachmentId) {
    const blob = await db.attachmentBlob.findUnique({
      where: { attachmentId },
      select: { data: true },
    });
    return blob ? new Uint8Array(blob.data) : null;
  },
};

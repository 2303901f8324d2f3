import { db } from "@/lib/db";
import { makeWise } from "./sessions";

/**
 * A draft case study of a new WISE of `countryCode`, written by `authorId`: what an attachment
 * needs. (The case-study feature's own factory may replace this one; it writes the same row.)
 */
export async function makeCaseStudy(options: { authorId: string; countryCode?: string }) {
  const countryCode = options.countryCode ?? "RO";
  const wise = await makeWise({ countryCode });
  return db.caseStudy.create({
    data: { wiseId: wise.id, countryCode, locale: "en", authorId: options.authorId },
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

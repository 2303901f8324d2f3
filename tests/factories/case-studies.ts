import { db } from "@/lib/db";
import type { CaseStudyStatus } from "@/lib/generated/prisma/enums";
import { makeWise } from "./sessions";

/**
 * A case study row as a partner would have started it; sections empty unless given. Of a new
 * WISE of `countryCode` unless `wiseId` is given.
 */
export async function makeCaseStudy(options: {
  wiseId?: string;
  authorId: string;
  countryCode?: string;
  status?: CaseStudyStatus;
  sessionId?: string;
  modelReason?: string;
}) {
  const countryCode = options.countryCode ?? "RO";
  const wiseId = options.wiseId ?? (await makeWise({ countryCode })).id;
  return db.caseStudy.create({
    data: {
      wiseId,
      authorId: options.authorId,
      countryCode,
      status: options.status ?? "DRAFT",
      sessionId: options.sessionId,
      locale: "en",
      modelReason: options.modelReason ?? "",
    },
  });
}

/** An attachment row without bytes: what the review's alternative-text check reads. */
export function makeAttachmentRow(options: {
  caseStudyId: string;
  createdById: string;
  mediaType: string;
  altText?: string | null;
}) {
  return db.caseStudyAttachment.create({
    data: {
      caseStudyId: options.caseStudyId,
      createdById: options.createdById,
      fileName: options.mediaType.startsWith("image/") ? "photo.jpg" : "leaflet.pdf",
      mediaType: options.mediaType,
      byteSize: 1024,
      sha256: "0".repeat(64),
      altText: options.altText ?? null,
    },
  });
}

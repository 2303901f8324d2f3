import "server-only";
import type { SubjectReader } from "@/lib/audit/subjects";

/** An attachment as the trail records it: its name, type and texts; never its bytes or key. */
export const attachmentSubject: SubjectReader = async (tx, id) => {
  const attachment = await tx.caseStudyAttachment.findUnique({
    where: { id },
    select: {
      caseStudyId: true,
      fileName: true,
      mediaType: true,
      byteSize: true,
      sha256: true,
      altText: true,
      caption: true,
      storage: true,
      caseStudy: { select: { countryCode: true } },
    },
  });
  if (!attachment) return null;
  const { caseStudy, ...state } = attachment;
  return {
    type: "CaseStudyAttachment",
    id,
    label: attachment.fileName,
    countryCode: caseStudy.countryCode,
    state,
  };
};

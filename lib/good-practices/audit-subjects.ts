import "server-only";
import type { SubjectReader } from "@/lib/audit/subjects";

/** A good practice as the audit trail records it (lib/audit/subjects.ts): its texts and tags. */
export const goodPracticeSubject: SubjectReader = async (tx, id) => {
  const item = await tx.goodPractice.findUnique({
    where: { id },
    select: {
      countryCode: true,
      caseStudyId: true,
      caseStudySection: true,
      sessionNoteId: true,
      wiseId: true,
      locale: true,
      title: true,
      need: true,
      practice: true,
      results: true,
      transfer: true,
      digitalTools: true,
      models: true,
      staffGroups: true,
      skillAreas: true,
      publishedAt: true,
      version: true,
    },
  });
  if (!item) return null;
  return {
    type: "GoodPractice",
    id,
    label: item.title,
    countryCode: item.countryCode,
    state: { ...item, publishedAt: item.publishedAt?.toISOString() ?? null },
  };
};

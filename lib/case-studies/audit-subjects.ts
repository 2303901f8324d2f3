import "server-only";
import type { SubjectReader } from "@/lib/audit/subjects";
import { SECTION_FIELDS } from "./rules";

/**
 * Case studies as the audit trail records them (lib/audit/subjects.ts). The trail is read by more
 * people, and kept longer, than the study: it keeps each section's length and the quotes' consent
 * facts, never the words of a quote (a speaker who withdraws consent has their words deleted,
 * and a copy in the trail would outlive that).
 */
export const caseStudySubject: SubjectReader = async (tx, id) => {
  const study = await tx.caseStudy.findUnique({
    where: { id },
    select: {
      status: true,
      version: true,
      locale: true,
      countryCode: true,
      wiseId: true,
      sessionId: true,
      authorId: true,
      modelReason: true,
      pathwayIn: true,
      pathwayOut: true,
      digitalTools: true,
      practices: true,
      challenges: true,
      wise: { select: { name: true } },
      quotes: {
        orderBy: { position: "asc" },
        select: { id: true, speaker: true, consentMethod: true, consentWithdrawnAt: true },
      },
    },
  });
  if (!study) return null;
  const sectionLengths = Object.fromEntries(
    SECTION_FIELDS.map((field) => [field, study[field].length]),
  );
  return {
    type: "CaseStudy",
    id,
    label: study.wise.name,
    countryCode: study.countryCode,
    state: {
      status: study.status,
      version: study.version,
      locale: study.locale,
      wiseId: study.wiseId,
      sessionId: study.sessionId,
      authorId: study.authorId,
      sectionLengths,
      quotes: study.quotes.map((quote) => ({
        id: quote.id,
        speaker: quote.speaker,
        consentMethod: quote.consentMethod,
        withdrawn: quote.consentWithdrawnAt !== null,
      })),
    },
  };
};

export const caseStudyReviewSubject: SubjectReader = async (tx, id) => {
  const review = await tx.caseStudyReview.findUnique({
    where: { id },
    select: {
      step: true,
      body: true,
      caseStudyId: true,
      caseStudy: { select: { countryCode: true, status: true, wise: { select: { name: true } } } },
    },
  });
  if (!review) return null;
  return {
    type: "CaseStudyReview",
    id,
    label: review.caseStudy.wise.name,
    countryCode: review.caseStudy.countryCode,
    state: {
      caseStudyId: review.caseStudyId,
      step: review.step,
      body: review.body,
      studyStatus: review.caseStudy.status,
    },
  };
};

/**
 * The case study's attachments (photos, documents): a placeholder that the attachments' module
 * replaces with its own panel. Keep the props as they are: the study page renders it with them.
 */
export function CaseStudyAttachments(_props: { caseStudyId: string; canEdit: boolean }) {
  return null;
}

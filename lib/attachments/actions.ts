"use server";

import { revalidatePath } from "next/cache";
import { formDataToObject, formValue } from "@/lib/actions/form-data";
import { type ActionResult, failure, ok } from "@/lib/actions/result";
import { runAsCurrentUser } from "@/lib/actions/run-as-current-user";
import { MAX_ATTACHMENT_BYTES } from "./limits";
import { addAttachment, deleteAttachment, updateAttachment } from "./mutations";

type FormAction<T> = (
  previous: ActionResult<T> | null,
  formData: FormData,
) => Promise<ActionResult<T>>;

/** The study's page and its attachments' page both list them. */
function revalidateStudy(caseStudyId: string) {
  revalidatePath(`/case-studies/${caseStudyId}`);
  revalidatePath(`/case-studies/${caseStudyId}/attachments`);
}

/**
 * Reads the file and hands its bytes to the command, which decides by them. The size is
 * checked before the file is read (the form checks it too, before sending).
 */
export const uploadAttachmentAction: FormAction<{ attachmentId: string }> = async (
  _previous,
  formData,
) => {
  const file = formValue(formData, "file");
  if (!(file instanceof File) || file.size === 0) {
    return failure(400, "attachmentFileMissing", { file: ["attachmentFileMissing"] });
  }
  if (file.size > MAX_ATTACHMENT_BYTES) {
    return failure(413, "attachmentTooLarge", { file: ["attachmentTooLarge"] });
  }
  const result = await runAsCurrentUser(addAttachment, {
    ...formDataToObject(formData),
    fileName: file.name,
    bytes: new Uint8Array(await file.arrayBuffer()),
  });
  if (!result.ok) return result;
  revalidateStudy(result.data.caseStudyId);
  return ok({ attachmentId: result.data.attachmentId });
};

export const updateAttachmentAction: FormAction<null> = async (_previous, formData) => {
  const result = await runAsCurrentUser(updateAttachment, formDataToObject(formData));
  if (!result.ok) return result;
  revalidateStudy(result.data.caseStudyId);
  return ok(null);
};

export async function deleteAttachmentAction(
  _previous: unknown,
  formData: FormData,
): Promise<ActionResult<null>> {
  const result = await runAsCurrentUser(deleteAttachment, formDataToObject(formData));
  if (!result.ok) return result;
  revalidateStudy(result.data.caseStudyId);
  return ok(null);
}

import { errorKey, optionalText, z } from "@/lib/validation/zod";
import { MAX_ALT_TEXT_LENGTH, MAX_CAPTION_LENGTH } from "./limits";

const id = z.string().trim().min(1).max(100);
const altText = optionalText.pipe(
  z
    .string()
    .max(MAX_ALT_TEXT_LENGTH, { error: errorKey("attachmentAltTextTooLong") })
    .optional(),
);
const caption = optionalText.pipe(
  z
    .string()
    .max(MAX_CAPTION_LENGTH, { error: errorKey("attachmentCaptionTooLong") })
    .optional(),
);

/** An upload, as the server action hands it over: the file read into bytes, its name as sent. */
export const UploadAttachmentSchema = z.object({
  caseStudyId: id,
  fileName: z.string().max(1000),
  bytes: z.instanceof(Uint8Array),
  altText,
  caption,
});
export type UploadAttachmentInput = z.output<typeof UploadAttachmentSchema>;

export const UpdateAttachmentSchema = z.object({ attachmentId: id, altText, caption });
export type UpdateAttachmentInput = z.output<typeof UpdateAttachmentSchema>;

export const DeleteAttachmentSchema = z.object({ attachmentId: id });

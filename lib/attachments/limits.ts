/**
 * The limits of case-study attachments, in one place: the upload form, the command and the
 * proxy's size check (lib/http/body-limit.ts) read them from here.
 */
const MB = 1024 * 1024;

/** A photo: a phone's full-resolution JPEG fits; a report embeds it as it is. */
export const MAX_IMAGE_BYTES = 8 * MB;
/**
 * The most pixels a photo may have (40 megapixels: above any phone's camera). Checked on the
 * photo's header before it is decoded, so that a small file declaring a huge picture (a
 * decompression bomb) never takes the server's memory.
 */
export const MAX_IMAGE_PIXELS = 40_000_000;
/** A document (a PDF brochure, a spreadsheet of figures). */
export const MAX_DOCUMENT_BYTES = 20 * MB;
/** The largest file of any kind: what the form checks before it knows the file's type. */
export const MAX_ATTACHMENT_BYTES = Math.max(MAX_IMAGE_BYTES, MAX_DOCUMENT_BYTES);
/** Per case study: enough for a study's photos and documents, few enough to list on one page. */
export const MAX_ATTACHMENTS_PER_STUDY = 30;
/**
 * The most an upload post may carry: the largest file, plus the form's other fields and the
 * multipart framing (alt text and caption are short).
 */
export const ATTACHMENT_POST_LIMIT_BYTES = MAX_ATTACHMENT_BYTES + MB;

export const MAX_FILE_NAME_LENGTH = 200;
export const MAX_ALT_TEXT_LENGTH = 500;
export const MAX_CAPTION_LENGTH = 1000;

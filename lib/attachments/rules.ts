import type { ErrorKey } from "@/lib/i18n/error-keys";
import {
  MAX_ATTACHMENTS_PER_STUDY,
  MAX_DOCUMENT_BYTES,
  MAX_FILE_NAME_LENGTH,
  MAX_IMAGE_BYTES,
} from "./limits";

/**
 * What a case study may carry, by the type read from the file's own bytes (never the name or the
 * browser's claim). Photos in the three formats every browser shows and the report renderers
 * embed; documents in the formats partners write in (PDF, Word, Excel, OpenDocument text).
 * Everything else is refused: executables, archives, scripts, SVG (it can carry script), HTML.
 */
export const ALLOWED_MEDIA_TYPES = {
  "image/jpeg": { kind: "IMAGE", extensions: ["jpg", "jpeg"] },
  "image/png": { kind: "IMAGE", extensions: ["png"] },
  "image/webp": { kind: "IMAGE", extensions: ["webp"] },
  "application/pdf": { kind: "DOCUMENT", extensions: ["pdf"] },
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": {
    kind: "DOCUMENT",
    extensions: ["docx"],
  },
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
    kind: "DOCUMENT",
    extensions: ["xlsx"],
  },
  "application/vnd.oasis.opendocument.text": { kind: "DOCUMENT", extensions: ["odt"] },
} as const satisfies Record<string, { kind: AttachmentKind; extensions: readonly string[] }>;

export type AttachmentKind = "IMAGE" | "DOCUMENT";
export type AllowedMediaType = keyof typeof ALLOWED_MEDIA_TYPES;

/** For the file picker's `accept`: a hint to the browser only, the server decides. */
export const ACCEPTED_EXTENSIONS = Object.values(ALLOWED_MEDIA_TYPES)
  .flatMap((type) => type.extensions.map((extension) => `.${extension}`))
  .join(",");

export function isAllowedMediaType(mediaType: string): mediaType is AllowedMediaType {
  return Object.hasOwn(ALLOWED_MEDIA_TYPES, mediaType);
}

export function attachmentKind(mediaType: string): AttachmentKind {
  return isAllowedMediaType(mediaType) ? ALLOWED_MEDIA_TYPES[mediaType].kind : "DOCUMENT";
}

export function isImage(mediaType: string): boolean {
  return attachmentKind(mediaType) === "IMAGE";
}

export type UploadCheck =
  | { ok: true; mediaType: AllowedMediaType; kind: AttachmentKind; fileName: string }
  | { ok: false; status: 400 | 409 | 413; error: ErrorKey };

/**
 * Whether an upload may be kept, and under which name. `detectedMediaType` is what the bytes
 * say (null when no known signature matched). A name whose extension contradicts the bytes is
 * corrected rather than refused ("photo.png" that is a JPEG is kept as "photo.jpg"): the
 * mistake is common and harmless once the type is known, and the stored name then tells the
 * truth to whoever downloads it. A file of a type outside the list is refused whatever its name
 * says, so an executable renamed "photo.jpg" never gets in.
 */
export function checkUpload(upload: {
  fileName: string;
  byteSize: number;
  detectedMediaType: string | null;
  attachmentsSoFar: number;
}): UploadCheck {
  if (upload.byteSize === 0) return { ok: false, status: 400, error: "attachmentFileMissing" };
  if (upload.attachmentsSoFar >= MAX_ATTACHMENTS_PER_STUDY) {
    return { ok: false, status: 409, error: "attachmentTooMany" };
  }
  const mediaType = upload.detectedMediaType;
  if (mediaType === null || !isAllowedMediaType(mediaType)) {
    return { ok: false, status: 400, error: "attachmentTypeNotAllowed" };
  }
  const { kind, extensions } = ALLOWED_MEDIA_TYPES[mediaType];
  const limit = kind === "IMAGE" ? MAX_IMAGE_BYTES : MAX_DOCUMENT_BYTES;
  if (upload.byteSize > limit) {
    return {
      ok: false,
      status: 413,
      error: kind === "IMAGE" ? "attachmentImageTooLarge" : "attachmentDocumentTooLarge",
    };
  }
  return { ok: true, mediaType, kind, fileName: correctedFileName(upload.fileName, extensions) };
}

const EXTENSION = /\.([A-Za-z0-9]{1,5})$/;

/**
 * The name as it is stored: without any folder part (some browsers send one), control
 * characters or surrounding spaces, at most MAX_FILE_NAME_LENGTH characters, ending in an
 * extension of its real type (replacing one that says otherwise).
 */
export function correctedFileName(fileName: string, extensions: readonly string[]): string {
  const base =
    fileName
      .normalize("NFC")
      .split(/[\\/]/)
      .pop()
      ?.replace(/\p{Cc}|\p{Cf}/gu, "")
      .trim() ?? "";
  const [preferred = "bin"] = extensions;
  const found = EXTENSION.exec(base);
  const stem = (found ? base.slice(0, found.index) : base).replace(/^\.+/, "") || "file";
  const extension =
    found?.[1] && extensions.includes(found[1].toLowerCase()) ? found[1].toLowerCase() : preferred;
  return `${stem.slice(0, MAX_FILE_NAME_LENGTH - extension.length - 1)}.${extension}`;
}

/**
 * The images among `attachments` that have no alternative text yet: a study with any of them
 * cannot go to review or be published (a screen-reader user would meet an unnamed picture).
 */
export function imagesMissingAltText<T extends { mediaType: string; altText: string | null }>(
  attachments: readonly T[],
): T[] {
  return attachments.filter(
    (attachment) => isImage(attachment.mediaType) && !attachment.altText?.trim(),
  );
}

/**
 * `Content-Disposition` of a download: images shown in the page (inline), documents saved
 * (attachment), under the stored name: an ASCII fallback for old clients and the exact name
 * percent-encoded (RFC 6266 / 8187) for the others. Quotes, backslashes and line breaks never
 * reach the header.
 */
export function contentDisposition(mediaType: string, fileName: string): string {
  const disposition = isImage(mediaType) ? "inline" : "attachment";
  const ascii =
    fileName
      .normalize("NFD")
      .replace(/\p{Diacritic}/gu, "")
      .replace(/[^A-Za-z0-9._ -]/g, "_")
      .trim() || "file";
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

import "server-only";
import sharp, { type Sharp } from "sharp";
import type { ErrorKey } from "@/lib/i18n/error-keys";
import { MAX_IMAGE_PIXELS } from "./limits";

/**
 * How each photo format is written again: in the format it came in, so that its name, type and
 * what the reader downloads stay as uploaded. Quality 90 keeps a photo indistinguishable from
 * the original to the eye at a size close to a phone's own.
 */
const ENCODERS = {
  "image/jpeg": (image: Sharp) => image.jpeg({ quality: 90 }),
  "image/png": (image: Sharp) => image.png(),
  "image/webp": (image: Sharp) => image.webp({ quality: 90 }),
} satisfies Record<string, (image: Sharp) => Sharp>;

/** The formats sharp names in a file's header, for each photo type. */
const SHARP_FORMATS = {
  "image/jpeg": "jpeg",
  "image/png": "png",
  "image/webp": "webp",
} satisfies Record<keyof typeof ENCODERS, string>;

type PhotoMediaType = keyof typeof ENCODERS;

function isPhotoMediaType(mediaType: string): mediaType is PhotoMediaType {
  return Object.hasOwn(ENCODERS, mediaType);
}

export type CleanedPhoto =
  | { ok: true; bytes: Uint8Array; width: number; height: number }
  | { ok: false; status: 400 | 413; error: ErrorKey };

const UNREADABLE = { ok: false, status: 400, error: "attachmentImageUnreadable" } as const;

/**
 * A photo as it may be kept: decoded and written again, so that nothing of the camera's metadata
 * survives (EXIF with its GPS position, time and serial number; XMP; IPTC; comments). These
 * photos show WISE staff, some of them workers with support needs, and go into published
 * reports. The picture is turned upright first (by its EXIF orientation, which goes with the
 * rest), and its colours converted to sRGB from any embedded profile, then the profile dropped:
 * sRGB is what every browser, PDF and Word file assumes of a picture without one.
 *
 * Refused, with nothing to keep: a file sharp cannot decode in full (truncated, damaged, or only
 * starting like a photo), one of more than MAX_IMAGE_PIXELS, judged by its header before any
 * pixel is decoded, and an image type this file has no encoder for (should rules.ts ever accept
 * one): a photo is never kept uncleaned.
 */
export async function cleanPhoto(bytes: Uint8Array, mediaType: string): Promise<CleanedPhoto> {
  if (!isPhotoMediaType(mediaType)) return UNREADABLE;
  // The header alone, unlimited here so that the size it declares is told apart from damage.
  const header = await sharp(bytes, { limitInputPixels: false })
    .metadata()
    .catch(() => null);
  if (!header || header.format !== SHARP_FORMATS[mediaType]) return UNREADABLE;
  if (header.width * header.height > MAX_IMAGE_PIXELS) {
    return { ok: false, status: 413, error: "attachmentImageTooManyPixels" };
  }
  try {
    // failOn "warning" (sharp's default, said here because it matters): a truncated or damaged
    // file is refused rather than kept with a grey band where its pixels were missing.
    const image = sharp(bytes, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: "warning" }).rotate();
    const { data, info } = await ENCODERS[mediaType](image).toBuffer({ resolveWithObject: true });
    return { ok: true, bytes: new Uint8Array(data), width: info.width, height: info.height };
  } catch {
    return UNREADABLE;
  }
}

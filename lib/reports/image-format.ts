import sharp from "sharp";
import { MAX_IMAGE_PIXELS } from "@/lib/attachments/limits";

/**
 * Which pictures the documents can embed, read from the bytes themselves: PDF (pdfkit) and DOCX
 * both take JPEG and PNG; a WebP photo is converted to one of them (`imageForDocuments`).
 * Anything else is shown by its alternative text. The size in pixels is what DOCX needs to lay
 * the picture out at its proportions.
 */
export type EmbeddableImage = { format: "jpg" | "png"; width: number; height: number };

export type LoadedImage = EmbeddableImage & { bytes: Buffer };

/**
 * A stored photo as the documents can hold it, or null when it cannot be (not a picture,
 * damaged, of another format): the renderers then show its alternative text. JPEG and PNG go in
 * as they are. A WebP is decoded and written again: as JPEG when it is opaque, because a photo
 * written losslessly as PNG is several times larger, and a European report holds dozens of them;
 * as PNG when it has transparency, which JPEG cannot keep (it would turn black).
 */
export async function imageForDocuments(bytes: Buffer): Promise<LoadedImage | null> {
  const embeddable = embeddableImage(bytes);
  if (embeddable) return { ...embeddable, bytes };
  try {
    const image = sharp(bytes, { limitInputPixels: MAX_IMAGE_PIXELS }).rotate();
    const { format, hasAlpha } = await image.metadata();
    if (format !== "webp") return null;
    const converted = hasAlpha ? image.png() : image.jpeg({ quality: 90 });
    const { data, info } = await converted.toBuffer({ resolveWithObject: true });
    return {
      format: hasAlpha ? "png" : "jpg",
      width: info.width,
      height: info.height,
      bytes: data,
    };
  } catch {
    return null;
  }
}

export function embeddableImage(bytes: Uint8Array): EmbeddableImage | null {
  if (bytes.length < 24) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // PNG: the signature, then the IHDR chunk with width and height.
  if (view.getUint32(0) === 0x89504e47 && view.getUint32(4) === 0x0d0a1a0a) {
    const width = view.getUint32(16);
    const height = view.getUint32(20);
    return width > 0 && height > 0 ? { format: "png", width, height } : null;
  }
  if (view.getUint16(0) === 0xffd8) return jpegSize(view);
  return null;
}

/** Walks a JPEG's segments to its frame header (SOF0–SOF15 but DHT, JPG and DAC). */
function jpegSize(view: DataView): EmbeddableImage | null {
  let at = 2;
  while (at + 9 < view.byteLength) {
    if (view.getUint8(at) !== 0xff) return null;
    const marker = view.getUint8(at + 1);
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    const length = view.getUint16(at + 2);
    const isFrame = marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker);
    if (isFrame) {
      const height = view.getUint16(at + 5);
      const width = view.getUint16(at + 7);
      return width > 0 && height > 0 ? { format: "jpg", width, height } : null;
    }
    if (length < 2) return null;
    at += 2 + length;
  }
  return null;
}

/** Scaled down (never up) to fit a box, keeping the proportions. */
export function fitInside(
  image: { width: number; height: number },
  box: { width: number; height: number },
) {
  const scale = Math.min(1, box.width / image.width, box.height / image.height);
  return { width: Math.round(image.width * scale), height: Math.round(image.height * scale) };
}

import "server-only";
import { imageForDocuments, type LoadedImage } from "./image-format";
import type { ReportSnapshot } from "./snapshot";

/** Reads an attachment's bytes by id, checked against the hash the snapshot recorded. */
export type ImageReader = (
  attachmentId: string,
  sha256: string,
) => Promise<{ bytes: Buffer; mediaType: string } | null>;

/** What a renderer may be given besides the snapshot. */
export type RenderOptions = {
  /** Where image bytes come from: the attachment store unless a caller (a test) passes its own. */
  readImage?: ImageReader;
  /** The zone of the "data as of" date: the installation's unless given. */
  timeZone?: string;
};

// The attachment store (PostgreSQL or S3), loaded only when a document has pictures to read.
const storeReader: ImageReader = async (attachmentId, sha256) => {
  const { readAttachmentBytes } = await import("@/lib/attachments/queries");
  const read = await readAttachmentBytes(attachmentId, sha256);
  return read && { bytes: Buffer.from(read.bytes), mediaType: read.mediaType };
};

/**
 * The report's pictures that a document can embed, by attachment id, read before drawing (a
 * document is drawn in one synchronous pass), a WebP converted (imageForDocuments). A picture
 * that is missing, altered, unreadable or in no photo format is simply absent here: it is shown
 * by its alt text.
 */
export async function loadReportImages(
  snapshot: ReportSnapshot,
  readImage: ImageReader = storeReader,
): Promise<Map<string, LoadedImage>> {
  const blocks = snapshot.chapters.flatMap((chapter) =>
    chapter.blocks.flatMap((block) => (block.kind === "image" ? [block] : [])),
  );
  const loaded = new Map<string, LoadedImage>();
  // One at a time: a European report may hold dozens of photos, and the pool is shared.
  for (const block of blocks) {
    if (loaded.has(block.attachmentId)) continue;
    const file = await readImage(block.attachmentId, block.sha256).catch(() => null);
    const image = file ? await imageForDocuments(file.bytes) : null;
    if (image) loaded.set(block.attachmentId, image);
  }
  return loaded;
}

export async function defaultTimeZone(): Promise<string> {
  const { serverEnv } = await import("@/lib/env");
  return serverEnv().timeZone;
}

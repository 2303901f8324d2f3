import "server-only";
import { readAttachmentBytes } from "@/lib/attachments/queries";
import type { Actor } from "@/lib/auth/permissions";
import { getRelease } from "./queries";

/**
 * A photo of a released report, for whoever may read the release: the European report's
 * readers see other countries' case-study photos, which the study's own route would hide from
 * them. Only a photo the release's snapshot holds is served, and only in the version it was
 * released with (the hash it recorded): a photo changed or removed since is 404.
 */
export async function readReleaseImage(
  actor: Actor,
  reportId: string,
  number: number,
  attachmentId: string,
) {
  const release = await getRelease(actor, reportId, number);
  const image = release?.snapshot.chapters
    .flatMap((chapter) => chapter.blocks)
    .find((block) => block.kind === "image" && block.attachmentId === attachmentId);
  if (image?.kind !== "image") return null;
  const file = await readAttachmentBytes(image.attachmentId, image.sha256);
  return file?.mediaType.startsWith("image/") ? file : null;
}

import { getAttachmentDownload } from "@/lib/attachments/queries";
import { contentDisposition } from "@/lib/attachments/rules";
import { getCurrentUser } from "@/lib/auth/session";

/**
 * `GET /api/case-studies/[id]/attachments/[attachmentId]`: one attachment's bytes, authorised on
 * the study it belongs to (caseStudy.read). 401 signed out; 404 for an attachment that does not
 * exist, is not of this study, or whose study the reader may not read (a partner of another
 * country learns nothing). Photos are shown in the page, documents saved; the type is the one
 * read from the bytes at upload, and the browser is told not to guess another (nosniff).
 */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ id: string; attachmentId: string }> },
) {
  const user = await getCurrentUser();
  if (!user) return new Response("Sign in first.", { status: 401 });
  const { id, attachmentId } = await params;
  const file = await getAttachmentDownload(user, id, attachmentId);
  if (!file) return new Response("Not found.", { status: 404 });
  const etag = `"${file.sha256}"`;
  const headers = {
    "Content-Type": file.mediaType,
    "Content-Disposition": contentDisposition(file.mediaType, file.fileName),
    "X-Content-Type-Options": "nosniff",
    // Only the reader's own browser keeps it, and asks again each time (the reader's access is
    // checked on every request; an unchanged file costs a 304).
    "Cache-Control": "private, no-cache",
    ETag: etag,
  };
  if (request.headers.get("if-none-match") === etag) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(new Uint8Array(file.bytes), {
    headers: { ...headers, "Content-Length": String(file.bytes.byteLength) },
  });
}

import { getCurrentUser } from "@/lib/auth/session";
import { readReleaseImage } from "@/lib/reports/release-image";

/**
 * `GET /api/reports/[reportId]/releases/[number]/images/[attachmentId]`: a released photo, for
 * the release's readers. 401 signed out, 404 for what the reader may not see or does not exist.
 */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ reportId: string; number: string; attachmentId: string }> },
) {
  const user = await getCurrentUser();
  if (!user) return new Response("Sign in first.", { status: 401 });
  const { reportId, number, attachmentId } = await params;
  const file = /^\d{1,9}$/.test(number)
    ? await readReleaseImage(user, reportId, Number(number), attachmentId)
    : null;
  if (!file) return new Response("Not found.", { status: 404 });
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      "Content-Type": file.mediaType,
      "Content-Length": String(file.bytes.byteLength),
      "X-Content-Type-Options": "nosniff",
      // A release never changes: the reader's browser may keep the photo (access is per reader).
      "Cache-Control": "private, max-age=86400, immutable",
    },
  });
}

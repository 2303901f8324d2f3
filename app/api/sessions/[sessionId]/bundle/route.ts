import { ForbiddenError } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { getSessionBundle } from "@/lib/bundles/queries";
import { attachmentHeader, CONTENT_TYPES, exportFileName } from "@/lib/exports/file-names";
import { getExportSession } from "@/lib/exports/queries";

/**
 * `GET /api/sessions/[sessionId]/bundle`: the session as a JSON bundle for another installation
 * to import (app/(app)/admin/import). For the results' readers; 404 for a missing session.
 */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ sessionId: string }> },
) {
  const user = await getCurrentUser();
  if (!user) return new Response("Sign in first.", { status: 401 });
  const { sessionId } = await params;
  try {
    const bundle = await getSessionBundle(user, sessionId);
    const session = bundle && (await getExportSession(sessionId));
    if (!bundle || !session) return new Response("Not found.", { status: 404 });
    return new Response(JSON.stringify(bundle), {
      headers: {
        "Content-Type": CONTENT_TYPES.json,
        "Content-Disposition": attachmentHeader(exportFileName(session, "bundle", "json")),
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof ForbiddenError) return new Response("Forbidden.", { status: 403 });
    throw error;
  }
}

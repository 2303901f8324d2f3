import { getLocale } from "next-intl/server";
import { ForbiddenError } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { serverEnv } from "@/lib/env";
import { parseExportRequest } from "@/lib/exports/datasets";
import { buildSessionExport } from "@/lib/exports/export";
import { attachmentHeader } from "@/lib/exports/file-names";

/**
 * `GET /api/sessions/[sessionId]/export?dataset=…&format=…`, with the datasets and formats of
 * lib/exports/datasets.ts. A file download, so a route handler, authorised here on the session
 * itself (not by the page that links to it): 401 signed out, 400 saying what to ask for when
 * the dataset is unknown or does not come in that format, 404 for a missing session, 403 for a
 * reader who may not have this dataset.
 */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ sessionId: string }> },
) {
  const user = await getCurrentUser();
  if (!user) return new Response("Sign in first.", { status: 401 });
  const parsed = parseExportRequest(new URL(request.url).searchParams);
  if (!parsed.ok) return new Response(parsed.problem, { status: 400 });
  const { sessionId } = await params;
  try {
    const file = await buildSessionExport(user, sessionId, parsed.request, {
      locale: await getLocale(),
      timeZone: serverEnv().timeZone,
    });
    if (!file) return new Response("Not found.", { status: 404 });
    return new Response(file.body, {
      headers: {
        "Content-Type": file.contentType,
        "Content-Disposition": attachmentHeader(file.fileName),
        // Results and comments of named WISEs: never kept by a shared cache.
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof ForbiddenError) return new Response("Forbidden.", { status: 403 });
    throw error;
  }
}

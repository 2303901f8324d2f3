import { ForbiddenError } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { resolveLocale } from "@/lib/i18n/request";
import { buildGapExport } from "@/lib/skills/gaps/export";

/**
 * The gap map's files (aggregates, anonymous answers, PDF). A download, so a route handler:
 * authorised here on the survey's or the reader's country, not by the page that links to it.
 */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return new Response("Sign in first.", { status: 401 });
  try {
    const file = await buildGapExport(
      user,
      new URL(request.url).searchParams,
      await resolveLocale(),
    );
    if (!file) return new Response("No such survey.", { status: 404 });
    return new Response(file.body, {
      headers: {
        "Content-Type": file.contentType,
        "Content-Disposition": file.disposition,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof ForbiddenError) return new Response("Forbidden.", { status: 403 });
    throw error;
  }
}

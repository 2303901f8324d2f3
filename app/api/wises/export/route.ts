import { ForbiddenError } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { resolveLocale } from "@/lib/i18n/request";
import { buildWiseExport } from "@/lib/wises/export";

/** A file download, so a route handler: authorised here, not by the page that links to it. */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return new Response("Sign in first.", { status: 401 });
  try {
    const file = await buildWiseExport(
      user,
      new URL(request.url).searchParams,
      new Date(),
      await resolveLocale(),
    );
    return new Response(file.body, {
      headers: {
        "Content-Type": file.contentType,
        "Content-Disposition": `attachment; filename="${file.fileName}"`,
        // Personal data of representatives: never kept by a shared cache.
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof ForbiddenError) return new Response("Forbidden.", { status: 403 });
    throw error;
  }
}

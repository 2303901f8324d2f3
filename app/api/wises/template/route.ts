import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { importTemplateCsv } from "@/lib/wises/import-columns";

/** The empty import file: the column headers, with a byte-order mark so Excel keeps ș and ț. */
export async function GET() {
  const user = await getCurrentUser();
  if (!user) return new Response("Sign in first.", { status: 401 });
  if (!can(user, "wise.import")) return new Response("Forbidden.", { status: 403 });
  return new Response(`\uFEFF${importTemplateCsv()}`, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="wise-import-template.csv"',
      "Cache-Control": "private, no-store",
    },
  });
}

import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { resolveLocale } from "@/lib/i18n/request";
import { registryLabels } from "@/lib/wises/column-labels";
import { IMPORT_COLUMNS, importTemplateCsv } from "@/lib/wises/import-columns";

/**
 * The empty import file: the column headers in the reader's language (an import accepts them in
 * either language, or the codes), with a byte-order mark so Excel keeps ș and ț.
 */
export async function GET() {
  const user = await getCurrentUser();
  if (!user) return new Response("Sign in first.", { status: 401 });
  if (!can(user, "wise.import")) return new Response("Forbidden.", { status: 403 });
  const locale = await resolveLocale();
  const { column: label } = await registryLabels(locale);
  const labels = IMPORT_COLUMNS.map(label);
  return new Response(`\uFEFF${importTemplateCsv(labels)}`, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="wise-import-template.csv"',
      "Cache-Control": "private, no-store",
    },
  });
}

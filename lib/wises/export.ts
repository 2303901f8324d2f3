import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import type { Locale } from "@/lib/i18n/locales";
import { exportCsv, exportXlsx } from "./export-rows";
import { listWisesForExport } from "./queries";
import { WiseFilterSchema } from "./schemas";

export type WiseExportFile = {
  body: string | Uint8Array<ArrayBuffer>;
  contentType: string;
  fileName: string;
};

/**
 * The registry file for `GET /api/wises/export?format=csv|xlsx&<list filters>`: the same
 * filters and the same reader's scope as the list page. Throws ForbiddenError for a reader who
 * may not list WISEs.
 */
export async function buildWiseExport(
  actor: Actor,
  params: URLSearchParams,
  today = new Date(),
  /** The reader's language, which heads the columns (lib/wises/column-labels). */
  locale: Locale = "en",
) {
  const format = params.get("format") === "xlsx" ? "xlsx" : "csv";
  const filter = WiseFilterSchema.parse(Object.fromEntries(params));
  const wises = await listWisesForExport(actor, filter);
  const stem = `wises-${today.toISOString().slice(0, 10)}`;
  if (format === "xlsx") {
    return {
      body: await exportXlsx(wises, locale),
      contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      fileName: `${stem}.xlsx`,
    } satisfies WiseExportFile;
  }
  return {
    body: await exportCsv(wises, locale),
    contentType: "text/csv; charset=utf-8",
    fileName: `${stem}.csv`,
  } satisfies WiseExportFile;
}

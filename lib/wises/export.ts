import "server-only";
import type { Actor } from "@/lib/auth/permissions";
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
export async function buildWiseExport(actor: Actor, params: URLSearchParams, today = new Date()) {
  const format = params.get("format") === "xlsx" ? "xlsx" : "csv";
  const filter = WiseFilterSchema.parse(Object.fromEntries(params));
  const wises = await listWisesForExport(actor, filter);
  const stem = `wises-${today.toISOString().slice(0, 10)}`;
  if (format === "xlsx") {
    return {
      body: await exportXlsx(wises),
      contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      fileName: `${stem}.xlsx`,
    } satisfies WiseExportFile;
  }
  return {
    body: exportCsv(wises),
    contentType: "text/csv; charset=utf-8",
    fileName: `${stem}.csv`,
  } satisfies WiseExportFile;
}

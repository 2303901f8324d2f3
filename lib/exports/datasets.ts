/**
 * The one list of a session's exports: each dataset, the formats it comes in (tables as CSV or
 * Excel, reports as PDF) and what its file is called. The route, the dispatch in export.ts, the
 * permissions in access.ts and the downloads panel all read this; adding a dataset here fails
 * the type-check until each of them handles it.
 */
export const EXPORTS = {
  raw: { formats: ["csv", "xlsx"], fileContent: "raw-scores" },
  aggregates: { formats: ["csv", "xlsx"], fileContent: "scores-per-wise" },
  report: { formats: ["pdf"], fileContent: "results-report" },
  summary: { formats: ["pdf"], fileContent: "summary" },
} as const satisfies Record<
  string,
  { formats: readonly ("csv" | "xlsx" | "pdf")[]; fileContent: string }
>;

export type ExportDataset = keyof typeof EXPORTS;
export const EXPORT_DATASETS = Object.keys(EXPORTS) as ExportDataset[];

/** The formats `dataset` comes in. */
export type ExportFormat<D extends ExportDataset = ExportDataset> =
  (typeof EXPORTS)[D]["formats"][number];

/** A dataset in one of its own formats: `{ dataset: "raw", format: "pdf" }` does not compile. */
export type ExportRequest = {
  [D in ExportDataset]: { dataset: D; format: ExportFormat<D> };
}[ExportDataset];

export type ParsedExportRequest =
  | { ok: true; request: ExportRequest }
  | { ok: false; problem: string };

function isExportDataset(value: string | null): value is ExportDataset {
  return value !== null && Object.hasOwn(EXPORTS, value);
}

/**
 * The `dataset` and `format` of an export URL, or what is wrong with them in a sentence the
 * caller can act on (the route answers it with 400).
 */
export function parseExportRequest(params: URLSearchParams): ParsedExportRequest {
  const dataset = params.get("dataset");
  const format = params.get("format");
  if (!isExportDataset(dataset)) {
    return {
      ok: false,
      problem: `Unknown dataset ${JSON.stringify(dataset ?? "")}: ask for one of ${EXPORT_DATASETS.join(", ")}.`,
    };
  }
  const formats: readonly string[] = EXPORTS[dataset].formats;
  if (format === null || !formats.includes(format)) {
    return {
      ok: false,
      problem: `The ${dataset} dataset comes as ${formats.join(" or ")}, not ${JSON.stringify(format ?? "")}.`,
    };
  }
  return { ok: true, request: { dataset, format } as ExportRequest };
}

/** The URL of one export of a session, for links. */
export function exportUrl<D extends ExportDataset>(
  sessionId: string,
  dataset: D,
  format: ExportFormat<D>,
): string {
  return `/api/sessions/${encodeURIComponent(sessionId)}/export?dataset=${dataset}&format=${format}`;
}

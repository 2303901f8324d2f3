import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { dateLocale } from "@/lib/dates/format";
import type { Locale } from "@/lib/i18n/locales";
import { getSessionResults } from "@/lib/results/queries";
import { getSessionSummary } from "@/lib/summaries/queries";
import { suppressSupportNeeds } from "@/lib/summaries/suppression";
import { z } from "@/lib/validation/zod";
import { authorizeSessionExport, EXPORT_DATASETS } from "./access";
import { CONTENT_TYPES, exportFileName, type FileFormat } from "./file-names";
import { resultsReportPdf } from "./pdf/report";
import { summaryPdf } from "./pdf/summary";
import { pseudonymsFor } from "./pseudonyms";
import {
  getExportSession,
  listRaterFirstSeen,
  listRawScores,
  listSupportNeedTotals,
} from "./queries";
import { aggregatesTable, rawScoresTable } from "./tables";
import { exportTranslator, raterName, tableWords } from "./translator";
import { type Table, tableToCsv, tableToXlsx } from "./writers";

/** Which formats each dataset comes in: tables as CSV or Excel, reports as PDF. */
const FORMATS_OF = {
  raw: ["csv", "xlsx"],
  aggregates: ["csv", "xlsx"],
  report: ["pdf"],
  summary: ["pdf"],
} as const;

export const ExportRequestSchema = z
  .object({ dataset: z.enum(EXPORT_DATASETS), format: z.enum(["csv", "xlsx", "pdf"]) })
  .refine((request) => (FORMATS_OF[request.dataset] as readonly string[]).includes(request.format));

export type ExportRequest = z.infer<typeof ExportRequestSchema>;

export function parseExportRequest(params: URLSearchParams): ExportRequest | null {
  const parsed = ExportRequestSchema.safeParse({
    dataset: params.get("dataset") ?? undefined,
    format: params.get("format") ?? undefined,
  });
  return parsed.success ? parsed.data : null;
}

export type ExportFile = {
  body: string | Uint8Array<ArrayBuffer>;
  contentType: string;
  fileName: string;
};

export type ExportOptions = {
  locale: Locale;
  timeZone: string;
  /** The reader's Accept-Language, which picks British or US English dates (lib/dates/format). */
  acceptLanguage?: string | null;
  now?: Date;
};

const CONTENT_NAME = {
  raw: "raw-scores",
  aggregates: "scores-per-wise",
  report: "results-report",
  summary: "summary",
} as const;

/**
 * The file for `GET /api/sessions/[id]/export?dataset=…&format=…`. Authorised on the session
 * first (lib/exports/access.ts); null when the session does not exist, ForbiddenError when the
 * reader may not have this dataset. Aggregates and the report come from lib/results, the
 * summary from lib/summaries, so a file never says more than the page it mirrors.
 */
export async function buildSessionExport(
  actor: Actor,
  sessionId: string,
  request: ExportRequest,
  options: ExportOptions,
): Promise<ExportFile | null> {
  const access = await authorizeSessionExport(actor, sessionId, request.dataset);
  const session = access && (await getExportSession(sessionId));
  if (!session) return null;
  const t = exportTranslator(options.locale);
  const context = {
    t,
    locale: options.locale,
    timeZone: options.timeZone,
    dateLocale: dateLocale(options.locale, options.acceptLanguage),
    now: options.now ?? new Date(),
  };
  const file = (body: ExportFile["body"], format: FileFormat): ExportFile => ({
    body,
    contentType: CONTENT_TYPES[format],
    fileName: exportFileName(session, CONTENT_NAME[request.dataset], format),
  });
  const table = async (rows: Table, sheet: string) =>
    request.format === "xlsx"
      ? file(await tableToXlsx(rows, sheet), "xlsx")
      : file(tableToCsv(rows), "csv");

  if (request.dataset === "raw") {
    const [raters, scores] = await Promise.all([
      listRaterFirstSeen(sessionId),
      listRawScores(sessionId, session.gridId),
    ]);
    const pseudonyms = pseudonymsFor(raters, raterName(t));
    const rows = rawScoresTable(session.title, scores, pseudonyms, options.locale, tableWords(t));
    return table(rows, t("Exports.sheets.raw"));
  }
  if (request.dataset === "summary") {
    const summary = await getSessionSummary(actor, sessionId);
    return summary && file(await summaryPdf(context, summary), "pdf");
  }
  const results = await getSessionResults(actor, sessionId);
  if (!results) return null;
  if (request.dataset === "aggregates") {
    const rows = aggregatesTable(
      {
        sessionTitle: session.title,
        categories: results.categories,
        wises: results.wises.map((wise) => ({ name: wise.wise.name, scores: wise.scores })),
      },
      options.locale,
      tableWords(t),
    );
    return table(rows, t("Exports.sheets.aggregates"));
  }
  const supportNeeds = suppressSupportNeeds(await listSupportNeedTotals(sessionId));
  return file(await resultsReportPdf(context, results, supportNeeds), "pdf");
}

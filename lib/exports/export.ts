import "server-only";
import { assertNever } from "@/lib/assert-never";
import type { Actor } from "@/lib/auth/permissions";
import { dateLocale } from "@/lib/dates/format";
import type { Locale } from "@/lib/i18n/locales";
import { getSessionResults } from "@/lib/results/queries";
import { getSessionSummary } from "@/lib/summaries/queries";
import { getSessionSupportNeeds } from "@/lib/wises/support-need-queries";
import { authorizeSessionExport } from "./access";
import { EXPORTS, type ExportRequest } from "./datasets";
import { CONTENT_TYPES, exportFileName, type FileFormat } from "./file-names";
import { resultsReportPdf } from "./pdf/report";
import { summaryPdf } from "./pdf/summary";
import { pseudonymsFor } from "./pseudonyms";
import { getExportSession, listRaterFirstSeen, listRawScores } from "./queries";
import { aggregatesTable, rawScoresTable } from "./tables";
import { exportTranslator, raterName, tableWords } from "./translator";
import { type Table, tableToCsv, tableToXlsx } from "./writers";

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
  const t = await exportTranslator(options.locale);
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
    fileName: exportFileName(session, EXPORTS[request.dataset].fileContent, format),
  });
  const table = async (rows: Table, sheet: string, format: "csv" | "xlsx") =>
    format === "xlsx"
      ? file(await tableToXlsx(rows, sheet), "xlsx")
      : file(tableToCsv(rows), "csv");

  switch (request.dataset) {
    case "raw": {
      const [raters, scores] = await Promise.all([
        listRaterFirstSeen(sessionId),
        listRawScores(sessionId, session.gridId),
      ]);
      const pseudonyms = pseudonymsFor(raters, raterName(t));
      const rows = rawScoresTable(session.title, scores, pseudonyms, options.locale, tableWords(t));
      return table(rows, t("Exports.sheets.raw"), request.format);
    }
    case "aggregates": {
      const results = await getSessionResults(actor, sessionId);
      if (!results) return null;
      const rows = aggregatesTable(
        {
          sessionTitle: session.title,
          categories: results.categories,
          wises: results.wises.map((wise) => ({ name: wise.wise.name, scores: wise.scores })),
        },
        options.locale,
        tableWords(t),
      );
      return table(rows, t("Exports.sheets.aggregates"), request.format);
    }
    case "report": {
      const results = await getSessionResults(actor, sessionId);
      if (!results) return null;
      const supportNeeds = await getSessionSupportNeeds(sessionId);
      return file(await resultsReportPdf(context, results, supportNeeds), request.format);
    }
    case "summary": {
      const summary = await getSessionSummary(actor, sessionId);
      return summary && file(await summaryPdf(context, summary), request.format);
    }
    default:
      return assertNever(request, "export dataset");
  }
}

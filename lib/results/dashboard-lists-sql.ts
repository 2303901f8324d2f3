import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { filtersWises, ITEM_SCORES, itemsSql, sessionFilterSql } from "./dashboard-sql";
import type { ResultsFilter } from "./schemas";
import type { ResultsScope } from "./scope";

/** Most sessions the dashboard lists; filters narrow them down. */
export const SESSION_LIST_LIMIT = 200;
/** Most WISEs the dashboard lists at once, newest session first. */
export const WISE_LIST_LIMIT = 100;

export type SessionListRow = {
  id: string;
  title: string;
  startsAt: Date;
  countryCode: string;
  status: string;
  wises: number;
  evaluations: number;
  raters: number;
};

/**
 * The sessions in scope with their numbers of WISEs (matching the filters), evaluations and
 * raters. A session without a matching WISE is listed only while no WISE filter is set.
 */
export function sessionListSql(scope: ResultsScope, filter: ResultsFilter) {
  return Prisma.sql`WITH ${itemsSql(scope, filter)},
    stats AS (
      SELECT i.session_id, count(DISTINCT i.agenda_item_id)::int AS wises,
        count(ev.evaluation_id)::int AS evaluations, count(DISTINCT ev.rater_id)::int AS raters
      FROM items i LEFT JOIN ev ON ev.agenda_item_id = i.agenda_item_id
      GROUP BY i.session_id
    )
    SELECT s."id", s."title", s."startsAt", s."countryCode", s."status"::text AS status,
      COALESCE(st.wises, 0) AS wises, COALESCE(st.evaluations, 0) AS evaluations,
      COALESCE(st.raters, 0) AS raters
    FROM "FocusGroupSession" s LEFT JOIN stats st ON st.session_id = s."id"
    WHERE ${sessionFilterSql(scope, filter)}
      ${filtersWises(filter) ? Prisma.sql`AND st.session_id IS NOT NULL` : Prisma.empty}
    ORDER BY s."startsAt" DESC, s."id"
    LIMIT ${SESSION_LIST_LIMIT}`;
}

/** The first WISEs matching the filters, with their category scores over complete evaluations. */
export function wisePageSql(scope: ResultsScope, filter: ResultsFilter) {
  return Prisma.sql`WITH ${itemsSql(scope, filter, WISE_LIST_LIMIT)}, ${ITEM_SCORES}
    SELECT i.agenda_item_id, i.total, isc.category, isc.mean, isc.raters
    FROM items i LEFT JOIN item_scores isc ON isc.agenda_item_id = i.agenda_item_id`;
}

/** The regions and countries of the WISEs in scope, for the filter's choices. */
export function filterChoicesSql(scope: ResultsScope) {
  return Prisma.sql`
    SELECT DISTINCT 'region' AS kind, w."region" AS value
    FROM "FocusGroupSession" s
    JOIN "AgendaItem" ai ON ai."sessionId" = s."id"
    JOIN "Wise" w ON w."id" = ai."wiseId"
    WHERE ${sessionFilterSql(scope, {})} AND w."region" IS NOT NULL AND w."region" <> ''
    UNION
    SELECT DISTINCT 'country', s."countryCode"::text FROM "FocusGroupSession" s
    WHERE ${sessionFilterSql(scope, {})}
    ORDER BY 1, 2`;
}

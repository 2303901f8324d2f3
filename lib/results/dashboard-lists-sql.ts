import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { ITEM_SCORES, itemsSql } from "./dashboard-sql";
import type { ResultsFilter } from "./schemas";
import type { ResultsScope } from "./scope";
import { scopeSql } from "./scope-sql";

/** Most WISEs the dashboard lists at once, newest session first. */
export const WISE_LIST_LIMIT = 100;

export type ScopedSession = {
  id: string;
  title: string;
  startsAt: Date;
  countryCode: string;
  status: string;
};

/** Every session in the reader's scope (and chosen country), newest first. */
export function scopedSessionsSql(scope: ResultsScope, filter: ResultsFilter) {
  return Prisma.sql`
    SELECT s."id", s."title", s."startsAt", s."countryCode", s."status"::text AS status
    FROM "FocusGroupSession" s
    WHERE ${scopeSql(scope)}
      ${filter.country ? Prisma.sql`AND s."countryCode" = ${filter.country}` : Prisma.empty}
    ORDER BY s."startsAt" DESC, s."id"`;
}

/** The first WISEs matching the filters, with their category scores over complete evaluations. */
export function wisePageSql(sessionIds: string[], filter: ResultsFilter) {
  return Prisma.sql`WITH ${itemsSql(sessionIds, filter, { limit: WISE_LIST_LIMIT })}, ${ITEM_SCORES}
    SELECT i.agenda_item_id, i.total, isc.category, isc.mean, isc.raters
    FROM items i LEFT JOIN item_scores isc ON isc.agenda_item_id = i.agenda_item_id`;
}

/** The regions of the WISEs on those sessions' agendas, for the filter's choices. */
export function regionsSql(sessionIds: string[]) {
  return Prisma.sql`
    SELECT DISTINCT w."region" AS region
    FROM "AgendaItem" ai JOIN "Wise" w ON w."id" = ai."wiseId"
    WHERE ai."sessionId" = ANY(${sessionIds}::text[]) AND w."region" IS NOT NULL
      AND w."region" <> ''
    ORDER BY 1`;
}

/** The countries with sessions in the reader's scope, for the country filter. */
export function scopedCountriesSql(scope: ResultsScope) {
  return Prisma.sql`
    SELECT DISTINCT s."countryCode"::text AS country FROM "FocusGroupSession" s
    WHERE ${scopeSql(scope)} ORDER BY 1`;
}

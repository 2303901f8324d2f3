import "server-only";
import { type Actor, assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { CATEGORY_TEXTS } from "@/lib/grids/grid-content";
import { getSessionAccess } from "@/lib/sessions/access";
import { WISE_CLASSIFICATION_FACTS, WISE_THRESHOLD_FACTS } from "@/lib/wises/select";
import type { AgreementRow } from "./agreement-sql";
import {
  regionsSql,
  type ScopedSession,
  scopedCountriesSql,
  scopedSessionsSql,
  wisePageSql,
} from "./dashboard-lists-sql";
import {
  buildDashboard,
  countryOverviews,
  EMPTY_GROUP,
  mediansBy,
  type WisePageRow,
} from "./dashboard-results";
import {
  agreementSql,
  type MediansJson,
  mediansSql,
  type RatersByKey,
  raterCountsSql,
} from "./dashboard-sql";
import { type CountryMixRow, countryMixSql } from "./europe-sql";
import { type LegalStatusRow, legalStatusComparison, legalStatusSql } from "./legal-status-sql";
import type { ResultsFilter } from "./schemas";
import { resultsScope } from "./scope";
import { buildSessionResults } from "./session-results";
import {
  type CommentRow,
  commentsSql,
  type SessionAggregates,
  sessionAggregatesSql,
} from "./session-sql";

/** Memory for one grouped read of many scores; enough for Europe's 1.2 million without spilling. */
const ANALYTIC_WORK_MEM = "64MB";
/** Longest a grouped read may take before PostgreSQL cancels it. */
const ANALYTIC_TIMEOUT_MS = 60_000;

/** How many WISE × criterion pairs the page flags as the ones raters disagree on most. */
export const DISAGREEMENT_LIMIT = 10;

const SESSION_SELECT = {
  id: true,
  title: true,
  startsAt: true,
  countryCode: true,
  status: true,
  grid: {
    select: {
      name: true,
      version: true,
      categories: {
        orderBy: { position: "asc" },
        select: {
          code: true,
          ...CATEGORY_TEXTS,
          criteria: {
            orderBy: { position: "asc" },
            select: { id: true, code: true, ...CATEGORY_TEXTS, weight: true },
          },
        },
      },
    },
  },
  agendaItems: {
    orderBy: { position: "asc" },
    select: {
      id: true,
      position: true,
      classification: { select: { suggestedModel: true, agreedModel: true, suggestion: true } },
      wise: {
        select: {
          id: true,
          name: true,
          region: true,
          ...WISE_THRESHOLD_FACTS,
          ...WISE_CLASSIFICATION_FACTS,
        },
      },
    },
  },
} as const;

/**
 * Everything the results page of one session shows, aggregated in PostgreSQL: per WISE the
 * category and overall scores over raters, distributions of answers per criterion, agreement
 * (ordinal alpha), the pairs raters disagree on most, and comments without their authors.
 * Null when the session does not exist; ForbiddenError unless the actor may read its results.
 */
export async function getSessionResults(actor: Actor, sessionId: string) {
  const access = await getSessionAccess(actor, sessionId);
  if (!access) return null;
  assertCan(actor, "results.read", access);
  const [session, [{ result }], comments] = await Promise.all([
    db.focusGroupSession.findUniqueOrThrow({ where: { id: sessionId }, select: SESSION_SELECT }),
    analytic<[{ result: SessionAggregates }]>(sessionAggregatesSql(sessionId, DISAGREEMENT_LIMIT)),
    db.$queryRaw<CommentRow[]>(commentsSql(sessionId)),
  ]);
  return buildSessionResults(session, result, comments);
}

const WISE_ROW_SELECT = {
  id: true,
  session: { select: { id: true, title: true, startsAt: true, countryCode: true } },
  classification: { select: { agreedModel: true } },
  wise: {
    select: {
      id: true,
      name: true,
      region: true,
      ...WISE_THRESHOLD_FACTS,
    },
  },
} as const;

/** Category codes and names across grid versions, newest version's names first. */
async function categoryNames() {
  const rows = await db.gridCategory.findMany({
    orderBy: [{ grid: { createdAt: "desc" } }, { position: "asc" }],
    select: { code: true, ...CATEGORY_TEXTS, position: true },
  });
  const byCode = new Map<string, (typeof rows)[number]>();
  for (const row of rows) if (!byCode.has(row.code)) byCode.set(row.code, row);
  return [...byCode.values()].sort((a, b) => a.position - b.position);
}

/**
 * Grouped reads over many scores run in a transaction with settings of their own, which end with
 * it: memory enough to aggregate Europe's scores without spilling to disk; joins in the order
 * written (see SCORES_OF_EV in score-sql.ts); and the cost of a random page read of data held in
 * memory or on SSD (1.1, PostgreSQL's default of 4 is for spinning disks), so that reading one
 * country's scores through the index beats scanning Europe's.
 */
async function analytic<T>(query: Prisma.Sql): Promise<T> {
  const [, rows] = await db.$transaction(
    [
      db.$queryRaw`SELECT set_config('work_mem', ${ANALYTIC_WORK_MEM}, true),
        set_config('join_collapse_limit', '1', true), set_config('random_page_cost', '1.1', true),
        set_config('statement_timeout', ${`${ANALYTIC_TIMEOUT_MS}`}, true)`,
      db.$queryRaw<T>(query),
    ],
    // Prisma's default of 5 s would abort the European view on a busy machine; PostgreSQL's
    // statement_timeout above stops a runaway query at the same limit.
    { timeout: ANALYTIC_TIMEOUT_MS + 5_000, maxWait: 10_000 },
  );
  return rows as T;
}

/**
 * The review dashboard: the sessions and WISEs in the actor's scope (a partner's country, a
 * facilitator's own sessions, everything for an administrator), narrowed by the filters, with
 * benchmarks: median category scores per agreed model and per country. Dashboard figures count
 * only complete evaluations (COMPLETE_NUMERATOR in score-sql.ts).
 */
export async function getResultsDashboard(actor: Actor, filter: ResultsFilter) {
  assertCan(actor, "results.review");
  const scope = resultsScope(actor);
  const [categories, sessions, countries] = await Promise.all([
    categoryNames(),
    db.$queryRaw<ScopedSession[]>(scopedSessionsSql(scope, filter)),
    db.$queryRaw<{ country: string }[]>(scopedCountriesSql(scope)),
  ]);
  const ids = sessions.map((session) => session.id);
  const [[{ result }], raters, agreement, page, regions] = await Promise.all([
    analytic<[{ result: MediansJson }]>(
      mediansSql(ids, filter, ["model", "country", "session", "all"]),
    ),
    db.$queryRaw<RatersByKey[]>(raterCountsSql(ids, filter, "session")),
    analytic<AgreementRow[]>(agreementSql(ids, filter, "session")),
    analytic<WisePageRow[]>(wisePageSql(ids, filter)),
    db.$queryRaw<{ region: string }[]>(regionsSql(ids)),
  ]);
  const items = await db.agendaItem.findMany({
    where: { id: { in: [...new Set(page.map((row) => row.agenda_item_id))] } },
    select: WISE_ROW_SELECT,
  });
  return buildDashboard({
    allCountries: scope.everything,
    filter,
    categories,
    sessions,
    medians: { ...result, raters },
    agreement,
    page,
    items,
    choices: {
      countries: countries.map((row) => row.country),
      regions: regions.map((row) => row.region),
    },
  });
}

export type ResultsDashboard = Awaited<ReturnType<typeof getResultsDashboard>>;

/** The European view: every country side by side (model mix, category medians, agreement). */
export async function getEuropeanView(actor: Actor) {
  assertCan(actor, "results.compareCountries");
  const sessions = await db.$queryRaw<ScopedSession[]>(scopedSessionsSql(resultsScope(actor), {}));
  const ids = sessions.map((session) => session.id);
  const [categories, mix, [{ result }], raters, agreement, statuses] = await Promise.all([
    categoryNames(),
    db.$queryRaw<CountryMixRow[]>(countryMixSql(ids)),
    analytic<[{ result: MediansJson }]>(mediansSql(ids, {}, ["country", "all"], false)),
    db.$queryRaw<RatersByKey[]>(raterCountsSql(ids, {}, "country")),
    analytic<AgreementRow[]>(agreementSql(ids, {}, "country")),
    db.$queryRaw<LegalStatusRow[]>(legalStatusSql(ids)),
  ]);
  return {
    categories,
    countries: countryOverviews(mix, result.medians, agreement, raters),
    legalStatuses: legalStatusComparison(statuses),
    all: mediansBy(result.medians, "all").get(null) ?? EMPTY_GROUP,
  };
}

export type EuropeanView = Awaited<ReturnType<typeof getEuropeanView>>;

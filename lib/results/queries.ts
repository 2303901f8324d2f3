import "server-only";
import { type Actor, assertCan } from "@/lib/auth/permissions";
import { PROFILE_SELECT } from "@/lib/classification/profile";
import { db } from "@/lib/db";
import { getSessionAccess } from "@/lib/sessions/access";
import type { AgreementRow } from "./agreement-sql";
import {
  filterChoicesSql,
  type SessionListRow,
  sessionListSql,
  wisePageSql,
} from "./dashboard-lists-sql";
import {
  agreementBy,
  countryOverviews,
  EMPTY_GROUP,
  mediansBy,
  modelBenchmarks,
  type WisePageRow,
  wiseRows,
} from "./dashboard-results";
import { agreementSql, type MedianRow, mediansSql } from "./dashboard-sql";
import { type CountryMixRow, countryMixSql } from "./europe-sql";
import type { DistributionRow, PairableRatersRow } from "./rules";
import type { ResultsFilter } from "./schemas";
import { resultsScope } from "./scope";
import type { SpreadRow } from "./score-sql";
import { buildSessionResults } from "./session-results";
import {
  type CommentRow,
  commentsSql,
  type DisagreementRow,
  disagreementSql,
  distributionSql,
  pairableRatersSql,
  wiseScoresSql,
} from "./session-sql";

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
          nameEn: true,
          nameRo: true,
          criteria: {
            orderBy: { position: "asc" },
            select: { id: true, code: true, nameEn: true, nameRo: true, weight: true },
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
      classification: { select: { suggestedModel: true, agreedModel: true } },
      wise: {
        select: {
          id: true,
          name: true,
          region: true,
          totalEmployees: true,
          supportNeedWorkers: true,
          supportNeedWorkingTimePct: true,
          ...PROFILE_SELECT,
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
  const [session, spreads, distribution, disagreements, pairableRaters, comments] =
    await Promise.all([
      db.focusGroupSession.findUniqueOrThrow({ where: { id: sessionId }, select: SESSION_SELECT }),
      db.$queryRaw<SpreadRow[]>(wiseScoresSql(sessionId)),
      db.$queryRaw<DistributionRow[]>(distributionSql(sessionId)),
      db.$queryRaw<DisagreementRow[]>(disagreementSql(sessionId, DISAGREEMENT_LIMIT)),
      db.$queryRaw<PairableRatersRow[]>(pairableRatersSql(sessionId)),
      db.$queryRaw<CommentRow[]>(commentsSql(sessionId)),
    ]);
  return buildSessionResults(session, {
    spreads,
    distribution,
    disagreements,
    pairableRaters,
    comments,
  });
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
      totalEmployees: true,
      supportNeedWorkers: true,
      supportNeedWorkingTimePct: true,
      salesRevenuePct: true,
    },
  },
} as const;

/** Category codes and names across grid versions, newest version's names first. */
async function categoryNames() {
  const rows = await db.gridCategory.findMany({
    orderBy: [{ grid: { createdAt: "desc" } }, { position: "asc" }],
    select: { code: true, nameEn: true, nameRo: true, position: true },
  });
  const byCode = new Map<string, (typeof rows)[number]>();
  for (const row of rows) if (!byCode.has(row.code)) byCode.set(row.code, row);
  return [...byCode.values()].sort((a, b) => a.position - b.position);
}

/**
 * The review dashboard: the sessions and WISEs in the actor's scope (a partner's country, a
 * facilitator's own sessions, everything for an administrator), narrowed by the filters, with
 * benchmarks: median category scores per agreed model and per country. Dashboard figures count
 * only complete evaluations (COMPLETE_RATER_SCORES in score-sql.ts).
 */
export async function getResultsDashboard(actor: Actor, filter: ResultsFilter) {
  assertCan(actor, "results.review");
  const scope = resultsScope(actor);
  const [categories, medians, sessions, agreement, page, choices] = await Promise.all([
    categoryNames(),
    db.$queryRaw<MedianRow[]>(mediansSql(scope, filter, ["model", "country", "session", "all"])),
    db.$queryRaw<SessionListRow[]>(sessionListSql(scope, filter)),
    db.$queryRaw<AgreementRow[]>(agreementSql(scope, filter, "session_id")),
    db.$queryRaw<WisePageRow[]>(wisePageSql(scope, filter)),
    db.$queryRaw<{ kind: string; value: string }[]>(filterChoicesSql(scope)),
  ]);
  const ids = [...new Set(page.map((row) => row.agenda_item_id))];
  const items = await db.agendaItem.findMany({
    where: { id: { in: ids } },
    select: WISE_ROW_SELECT,
  });
  const bySession = mediansBy(medians, "session");
  const alphaOf = agreementBy(agreement);
  return {
    scope: { allCountries: scope.everything },
    categories,
    choices: {
      regions: choices.filter((c) => c.kind === "region").map((c) => c.value),
      countries: choices.filter((c) => c.kind === "country").map((c) => c.value),
    },
    sessions: sessions.map((session) => ({
      ...session,
      scores: bySession.get(session.id) ?? EMPTY_GROUP,
      agreement: alphaOf(session.id),
    })),
    wises: wiseRows(ids, items, page),
    benchmarks: {
      byModel: modelBenchmarks(medians),
      byCountry: [...mediansBy(medians, "country")].map(([country, group]) => ({
        country: country ?? "",
        ...group,
      })),
      all: mediansBy(medians, "all").get(null) ?? EMPTY_GROUP,
    },
  };
}

export type ResultsDashboard = Awaited<ReturnType<typeof getResultsDashboard>>;

/** The European view: every country side by side (model mix, category medians, agreement). */
export async function getEuropeanView(actor: Actor) {
  assertCan(actor, "results.compareCountries");
  const scope = resultsScope(actor);
  const [categories, mix, medians, agreement] = await Promise.all([
    categoryNames(),
    db.$queryRaw<CountryMixRow[]>(countryMixSql(scope)),
    db.$queryRaw<MedianRow[]>(mediansSql(scope, {}, ["country", "all"])),
    db.$queryRaw<AgreementRow[]>(agreementSql(scope, {}, "country")),
  ]);
  return {
    categories,
    countries: countryOverviews(mix, medians, agreement),
    all: mediansBy(medians, "all").get(null) ?? EMPTY_GROUP,
  };
}

export type EuropeanView = Awaited<ReturnType<typeof getEuropeanView>>;

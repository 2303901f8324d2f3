import "server-only";
import { type Actor, assertCan } from "@/lib/auth/permissions";
import { PROFILE_SELECT } from "@/lib/classification/profile";
import { db } from "@/lib/db";
import { getSessionAccess } from "@/lib/sessions/access";
import type { DistributionRow, PairableRatersRow } from "./rules";
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

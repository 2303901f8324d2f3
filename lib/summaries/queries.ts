import "server-only";
import { type Actor, assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { CATEGORY_TEXTS } from "@/lib/grids/grid-content";
import { getSessionAccess } from "@/lib/sessions/access";
import { readableSessionsWhere } from "@/lib/sessions/queries";
import { WISE_CLASSIFICATION_FACTS, wiseWithNumbers } from "@/lib/wises/select";
import { getSessionSupportNeeds } from "@/lib/wises/support-need-queries";
import { assembleSummary, type SessionSummary } from "./assemble";

/**
 * Each rater's category score as scoring-rules computes it (weighted mean of levels 1-5; N/A
 * and "don't know" left out; weights of 0 ignored; criteria of another grid ignored), then the
 * mean over raters, all in PostgreSQL: one grouped query, however many scores the session has.
 */
function categoryMeans(sessionId: string, gridId: string) {
  return db.$queryRaw<{ agendaItemId: string; categoryId: string; mean: number; raters: number }[]>`
    WITH per_rater AS (
      SELECT e."agendaItemId", cr."categoryId", e."raterId",
             SUM(cr."weight" * s."level") / SUM(cr."weight") AS score
      FROM "AgendaItem" ai
      JOIN "Evaluation" e ON e."agendaItemId" = ai."id"
      JOIN "Score" s ON s."evaluationId" = e."id"
      JOIN "GridCriterion" cr ON cr."id" = s."criterionId"
      JOIN "GridCategory" c ON c."id" = cr."categoryId"
      WHERE ai."sessionId" = ${sessionId} AND c."gridId" = ${gridId}
        AND s."answer" = 'LEVEL' AND s."level" BETWEEN 1 AND 5 AND cr."weight" > 0
      GROUP BY e."agendaItemId", cr."categoryId", e."raterId"
    )
    SELECT "agendaItemId", "categoryId", AVG(score)::float8 AS mean, COUNT(*)::int AS raters
    FROM per_rater GROUP BY "agendaItemId", "categoryId"`;
}

/** People who answered at least one criterion in the session: a number, never a list. */
async function raterCount(sessionId: string): Promise<number> {
  const [row] = await db.$queryRaw<{ count: number }[]>`
    SELECT COUNT(DISTINCT e."raterId")::int AS count
    FROM "Evaluation" e JOIN "AgendaItem" ai ON ai."id" = e."agendaItemId"
    WHERE ai."sessionId" = ${sessionId}
      AND EXISTS (SELECT 1 FROM "Score" s WHERE s."evaluationId" = e."id")`;
  return row?.count ?? 0;
}

/** Reads and assembles a published session's summary; whoever calls it has checked the reader. */
async function buildSummary(sessionId: string): Promise<SessionSummary> {
  const session = await db.focusGroupSession.findUniqueOrThrow({
    where: { id: sessionId },
    select: {
      title: true,
      startsAt: true,
      place: true,
      online: true,
      countryCode: true,
      gridId: true,
      agendaItems: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          wise: {
            select: {
              name: true,
              sectors: true,
              region: true,
              totalEmployees: true,
              supportNeedWorkers: true,
              ...WISE_CLASSIFICATION_FACTS,
            },
          },
          classification: { select: { agreedModel: true, suggestion: true } },
        },
      },
    },
  });
  const { gridId, agendaItems, ...facts } = session;
  const [categories, means, raters, supportNeeds, publicNotes] = await Promise.all([
    db.gridCategory.findMany({
      where: { gridId },
      orderBy: { position: "asc" },
      select: { id: true, code: true, ...CATEGORY_TEXTS },
    }),
    categoryMeans(sessionId, gridId),
    raterCount(sessionId),
    getSessionSupportNeeds(sessionId),
    db.sessionNote.findMany({
      where: { sessionId, isPublic: true },
      orderBy: { createdAt: "asc" },
      select: { agendaItemId: true, theme: true, body: true },
    }),
  ]);
  return assembleSummary({
    session: facts,
    categories,
    agenda: agendaItems.map((item) => ({
      ...item,
      wise: wiseWithNumbers(item.wise),
    })),
    categoryMeans: means,
    raterCount: raters,
    supportNeeds,
    publicNotes,
  });
}

/**
 * A published session's summary for a signed-in reader: its participants and team, the
 * country's partner, admins ("summary.readSession"). Null when the session does not exist;
 * ForbiddenError when it is not published or not theirs.
 */
export async function getSessionSummary(actor: Actor, sessionId: string) {
  const access = await getSessionAccess(actor, sessionId);
  if (!access) return null;
  assertCan(actor, "summary.readSession", access);
  return buildSummary(sessionId);
}

/**
 * The summary behind a share link, for anyone: only while the link is enabled and the session
 * published. Null otherwise, with no hint of which, so that a link cannot be probed.
 */
export async function getSharedSummary(shareToken: string) {
  if (!/^[\w-]{16,64}$/.test(shareToken)) return null;
  const session = await db.focusGroupSession.findFirst({
    where: { shareToken, status: "PUBLISHED" },
    select: { id: true },
  });
  return session ? buildSummary(session.id) : null;
}

/** The published summaries the reader may open, newest first. Agrees with "summary.readSession". */
export async function listReadableSummaries(actor: Actor) {
  assertCan(actor, "summary.read");
  const where = { status: "PUBLISHED" as const, ...readableSessionsWhere(actor) };
  return db.focusGroupSession.findMany({
    where,
    orderBy: { startsAt: "desc" },
    take: 200,
    select: {
      id: true,
      title: true,
      startsAt: true,
      countryCode: true,
      place: true,
      online: true,
      _count: { select: { agendaItems: true } },
    },
  });
}

import "server-only";
import { type Actor, assertCan, can } from "@/lib/auth/permissions";
import { db, type Prisma } from "@/lib/db";
import { getSessionAccess } from "@/lib/sessions/access";
import { type ApprovalSubject, approvalState, isApproved, timelineOf } from "./rules";

/** The session's country and agenda now: what an approval applies to (rules.ts). */
export async function readApprovalSubject(
  client: Prisma.TransactionClient,
  sessionId: string,
): Promise<ApprovalSubject> {
  const session = await client.focusGroupSession.findUniqueOrThrow({
    where: { id: sessionId },
    select: { countryCode: true, agendaItems: { select: { wiseId: true } } },
  });
  return {
    countryCode: session.countryCode,
    wiseIds: session.agendaItems.map((item) => item.wiseId),
  };
}

/**
 * Whether the partner's review approves the session's results now. Takes the caller's client so
 * that the publishing command decides inside its own transaction, on the rows it has locked.
 */
export async function isSessionApproved(
  client: Prisma.TransactionClient,
  sessionId: string,
): Promise<boolean> {
  const reviews = await client.sessionReview.findMany({
    where: { sessionId, step: { in: ["APPROVED", "CHANGES_REQUESTED"] } },
    select: { step: true, createdAt: true, approvedSubject: true, approverCountryCode: true },
  });
  const reopenings = await client.sessionStatusChange.findMany({
    where: { sessionId, fromStatus: "CLOSED", toStatus: "OPEN" },
    select: { fromStatus: true, toStatus: true, changedAt: true },
  });
  return isApproved(reviews, reopenings, await readApprovalSubject(client, sessionId));
}

/**
 * The review page: the session, its review steps and status changes as one timeline, where the
 * review stands, and the share link for those who manage the session. Null when the session
 * does not exist; ForbiddenError for anyone who may not read its results.
 */
export async function getSessionReview(actor: Actor, sessionId: string) {
  const access = await getSessionAccess(actor, sessionId);
  if (!access) return null;
  assertCan(actor, "results.read", access);
  const session = await db.focusGroupSession.findUniqueOrThrow({
    where: { id: sessionId },
    select: {
      id: true,
      title: true,
      startsAt: true,
      countryCode: true,
      shareToken: true,
      reviews: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          step: true,
          body: true,
          createdAt: true,
          approvedSubject: true,
          approverCountryCode: true,
          author: { select: { name: true } },
        },
      },
      statusChanges: {
        orderBy: { changedAt: "asc" },
        select: {
          id: true,
          fromStatus: true,
          toStatus: true,
          reason: true,
          changedAt: true,
          changedBy: { select: { name: true } },
        },
      },
    },
  });
  const { shareToken, reviews, statusChanges, ...facts } = session;
  const now = await readApprovalSubject(db, sessionId);
  return {
    session: facts,
    access,
    approval: approvalState(reviews, statusChanges, now),
    timeline: timelineOf(reviews, statusChanges),
    latestChangeId: statusChanges.at(-1)?.id ?? null,
    // The link opens the summary to anyone holding it: only the team sees it.
    shareToken: can(actor, "session.manage", access) ? shareToken : null,
  };
}

export type SessionReviewView = NonNullable<Awaited<ReturnType<typeof getSessionReview>>>;

import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { NEW_SUMMARY_DAYS } from "./rules";

/** Who the waiting lists are for, decided by the permission layer (see queries.ts). */
export type WaitingScope = {
  /** Lists the sessions this user leads or co-leads by next step; null for no team lists. */
  teamUserId: string | null;
  /** The country whose closed sessions this partner reviews; null for no review lists. */
  reviewCountryCode: string | null;
  /** The user whose invitations to score and published summaries are listed. */
  memberUserId: string;
  pendingInvitations: boolean;
  pendingImports: boolean;
};

/**
 * Where the partner's review of each CLOSED session stands, as `approvalState` in
 * lib/reviews/rules.ts decides it: the latest decision counts unless the session was reopened
 * after it; ties go against approval (strict comparisons). Whether an approval still applies to
 * the session's country and agenda is `approvalState`'s own answer, given as `voidIds`
 * (void-approvals.ts). An integration test holds the two to the same answers.
 */
function closedState(voidIds: readonly string[]) {
  return Prisma.sql`
  SELECT s."id",
    CASE
      WHEN d.approved IS NOT NULL
        AND d.approved > COALESCE(d.requested, '-infinity'::timestamp)
        AND d.approved > COALESCE(r.reopened, '-infinity'::timestamp)
        THEN CASE WHEN s."id" = ANY(${voidIds}::text[]) THEN 'VOID' ELSE 'APPROVED' END
      WHEN d.requested IS NOT NULL
        AND d.requested > COALESCE(r.reopened, '-infinity'::timestamp) THEN 'CHANGES_REQUESTED'
      ELSE 'AWAITING'
    END AS state
  FROM "FocusGroupSession" s
  CROSS JOIN LATERAL (
    SELECT MAX(v."createdAt") FILTER (WHERE v."step" = 'APPROVED') AS approved,
           MAX(v."createdAt") FILTER (WHERE v."step" = 'CHANGES_REQUESTED') AS requested
    FROM "SessionReview" v WHERE v."sessionId" = s."id") d
  CROSS JOIN LATERAL (
    SELECT MAX(c."changedAt") AS reopened FROM "SessionStatusChange" c
    WHERE c."sessionId" = s."id" AND c."fromStatus" = 'CLOSED' AND c."toStatus" = 'OPEN') r
  WHERE s."status" = 'CLOSED'`;
}

/** Every branch yields these columns, so that the branches can be one UNION ALL. */
const SESSION_COLUMNS = Prisma.sql`s."id", s."title" AS label, s."startsAt" AS at, s."countryCode"`;
const NO_PROGRESS = Prisma.sql`NULL::text AS "agendaItemId", NULL::int AS remaining, NULL::int AS total, FALSE AS expired`;

function teamBranch(userId: string, withoutImports: boolean) {
  return Prisma.sql`
    SELECT CASE s."status"
        WHEN 'DRAFT' THEN 'TO_OPEN' WHEN 'OPEN' THEN 'SCORING'
        ELSE CASE cs.state WHEN 'APPROVED' THEN 'READY_TO_PUBLISH'
          WHEN 'CHANGES_REQUESTED' THEN 'CHANGES_REQUESTED' ELSE 'AWAITING_PARTNER' END
      END AS kind, ${SESSION_COLUMNS}, ${NO_PROGRESS}
    FROM "FocusGroupSession" s LEFT JOIN closed_state cs ON cs."id" = s."id"
    WHERE s."status" <> 'PUBLISHED'
      AND (s."facilitatorId" = ${userId} OR EXISTS (SELECT 1 FROM "SessionMember" m
        WHERE m."sessionId" = s."id" AND m."userId" = ${userId} AND m."role" = 'CO_FACILITATOR'))
      ${withoutImports ? Prisma.sql`AND s."bundleKey" IS NULL` : Prisma.empty}`;
}

function reviewBranch(countryCode: string) {
  return Prisma.sql`
    SELECT CASE cs.state WHEN 'CHANGES_REQUESTED' THEN 'ASKED_TO_CHANGE' ELSE 'TO_REVIEW' END AS kind,
      ${SESSION_COLUMNS}, ${NO_PROGRESS}
    FROM closed_state cs JOIN "FocusGroupSession" s ON s."id" = cs."id"
    WHERE s."countryCode" = ${countryCode} AND cs.state <> 'APPROVED'`;
}

/** Open sessions the user is invited to score, with the first WISE they have not started. */
function invitedBranch(userId: string) {
  const started = Prisma.sql`EXISTS (SELECT 1 FROM "Evaluation" e
    WHERE e."agendaItemId" = ai."id" AND e."raterId" = ${userId})`;
  return Prisma.sql`
    SELECT 'INVITED_TO_SCORE' AS kind, ${SESSION_COLUMNS},
      next_item."id" AS "agendaItemId", progress.remaining, progress.total, FALSE AS expired
    FROM "SessionMember" m JOIN "FocusGroupSession" s ON s."id" = m."sessionId"
    CROSS JOIN LATERAL (SELECT COUNT(*)::int AS total,
        (COUNT(*) FILTER (WHERE NOT ${started}))::int AS remaining
      FROM "AgendaItem" ai WHERE ai."sessionId" = s."id") progress
    LEFT JOIN LATERAL (SELECT ai."id" FROM "AgendaItem" ai WHERE ai."sessionId" = s."id"
      ORDER BY ${started}, ai."position" LIMIT 1) next_item ON TRUE
    WHERE m."userId" = ${userId} AND m."role" = 'PARTICIPANT' AND m."canScore"
      AND s."status" = 'OPEN'`;
}

/** Summaries of sessions the user took part in, published in the last NEW_SUMMARY_DAYS days. */
function summaryBranch(userId: string) {
  return Prisma.sql`
    SELECT 'NEW_SUMMARY' AS kind, s."id", s."title" AS label, p.published AS at, s."countryCode",
      ${NO_PROGRESS}
    FROM "SessionMember" m JOIN "FocusGroupSession" s ON s."id" = m."sessionId"
    CROSS JOIN LATERAL (SELECT MAX(c."changedAt") AS published FROM "SessionStatusChange" c
      WHERE c."sessionId" = s."id" AND c."toStatus" = 'PUBLISHED') p
    WHERE m."userId" = ${userId} AND m."role" = 'PARTICIPANT' AND s."status" = 'PUBLISHED'
      AND p.published >= (now() AT TIME ZONE 'UTC') - make_interval(days => ${NEW_SUMMARY_DAYS}::int)`;
}

/** Active accounts that have not chosen a password yet, with their latest link's expiry. */
const INVITATIONS_BRANCH = Prisma.sql`
  SELECT 'PENDING_INVITATION' AS kind, u."id", u."name" AS label, MAX(i."expiresAt") AS at,
    u."countryCode", NULL::text AS "agendaItemId", NULL::int AS remaining, NULL::int AS total,
    MAX(i."expiresAt") < (now() AT TIME ZONE 'UTC') AS expired
  FROM "User" u JOIN "Invitation" i ON i."userId" = u."id" AND i."usedAt" IS NULL
  WHERE u."active" AND NOT u."guest" AND u."passwordHash" IS NULL
  GROUP BY u."id"`;

/** Sessions imported from another installation that still need this one's review. */
const IMPORTS_BRANCH = Prisma.sql`
  SELECT 'PENDING_IMPORT' AS kind, ${SESSION_COLUMNS}, ${NO_PROGRESS}
  FROM "FocusGroupSession" s WHERE s."bundleKey" IS NOT NULL AND s."status" <> 'PUBLISHED'`;

/**
 * The waiting things of one scope as a `waiting` relation to select from (every reader has
 * at least the lists of a session member). `voidIds`: the scope's closed sessions whose approval
 * no longer applies, which wait for the partner again.
 */
export function waitingCte(scope: WaitingScope, voidIds: readonly string[]): Prisma.Sql {
  const branches: Prisma.Sql[] = [];
  if (scope.teamUserId) branches.push(teamBranch(scope.teamUserId, scope.pendingImports));
  if (scope.reviewCountryCode) branches.push(reviewBranch(scope.reviewCountryCode));
  branches.push(invitedBranch(scope.memberUserId), summaryBranch(scope.memberUserId));
  if (scope.pendingInvitations) branches.push(INVITATIONS_BRANCH);
  if (scope.pendingImports) branches.push(IMPORTS_BRANCH);
  return Prisma.sql`WITH closed_state AS (${closedState(voidIds)}),
    waiting AS (${Prisma.join(branches, " UNION ALL ")})`;
}

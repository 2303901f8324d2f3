import "server-only";
import { db } from "@/lib/db";
import { serverEnv } from "@/lib/env";
import { forgetOldJoinAttempts } from "./join-limit-mutations";

/**
 * What a purged guest's account is called from then on. Language-neutral, because it is data,
 * not a message; exports and results never show rater names anyway (they say "Rater n").
 */
export const PURGED_GUEST_NAME = "—";

export type GuestPurge = { guests: number; joinAttempts: number };

/**
 * Forgets the guests of live sessions that ended more than the retention period ago
 * (LIVE_GUEST_RETENTION_DAYS, lib/env.ts): their display name, e-mail placeholder and cookie hash
 * go, their place in the room (LiveParticipant) is deleted, and their account becomes an inactive
 * anonymous rater. The account itself stays, under the same id, so every score, evaluation,
 * membership and rollup row keeps pointing at the same rater: results, agreement and exports
 * are the same after the purge as before, without recomputing anything.
 *
 * A guest of an earlier run of a restarted live part counts from the restart (their run ended
 * then). Run by `npm run live:purge` and, opportunistically, whenever a live part ends.
 */
export async function purgeExpiredGuests(
  retentionDays = serverEnv().liveGuestRetentionDays,
): Promise<GuestPurge> {
  const guests = await db.$transaction(async (tx) => {
    const expired = await tx.$queryRaw<{ participantId: string; userId: string }[]>`
      SELECT p.id AS "participantId", p."userId"
      FROM "LiveParticipant" p JOIN "LiveSession" l ON l."sessionId" = p."sessionId"
      WHERE (l."endedAt" IS NOT NULL
             AND l."endedAt" < now() - make_interval(days => ${retentionDays}::int))
         OR (p."joinedAt" < l."startedAt"
             AND l."startedAt" < now() - make_interval(days => ${retentionDays}::int))
      FOR UPDATE OF p`;
    if (expired.length === 0) return 0;
    const userIds = expired.map((row) => row.userId);
    await tx.liveParticipant.deleteMany({
      where: { id: { in: expired.map((row) => row.participantId) } },
    });
    await tx.$executeRaw`
      UPDATE "User"
      SET name = ${PURGED_GUEST_NAME}, email = 'purged-' || id || '@guests.invalid',
          active = false, "deactivatedAt" = COALESCE("deactivatedAt", now()), "updatedAt" = now()
      WHERE id = ANY(${userIds}) AND guest`;
    return expired.length;
  });
  const joinAttempts = await forgetOldJoinAttempts();
  return { guests, joinAttempts };
}

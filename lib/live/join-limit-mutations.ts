import "server-only";
import { db } from "@/lib/db";
import { serverEnv } from "@/lib/env";
import { notifyLive } from "./notify";

/** Attempts are counted in fixed windows of this length. */
export const JOIN_WINDOW_SECONDS = 600;
/** The console hears about refusals at most this often, however many arrive. */
const REFUSAL_ANNOUNCE_SECONDS = 2;

export type JoinBucket = `address:${string}` | `session:${string}`;

/**
 * Counts one join attempt in its bucket's current window and returns the count so far, in one
 * statement: parallel attempts on any app instance each get their own number, none is lost.
 */
export async function countJoinAttempt(bucket: JoinBucket): Promise<number> {
  const [row] = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO "LiveJoinAttempt" (bucket, "windowStart", count)
    VALUES (${bucket},
            to_timestamp(floor(extract(epoch FROM now()) / ${JOIN_WINDOW_SECONDS}) * ${JOIN_WINDOW_SECONDS})
              AT TIME ZONE 'UTC',
            1)
    ON CONFLICT (bucket, "windowStart") DO UPDATE SET count = "LiveJoinAttempt".count + 1
    RETURNING count`;
  return row?.count ?? 1;
}

/** Whether a count returned by countJoinAttempt is over its bucket's limit. */
export function overJoinLimit(bucket: JoinBucket, count: number): boolean {
  const env = serverEnv();
  const limit = bucket.startsWith("address:")
    ? env.liveJoinAttemptsPerAddress
    : env.liveJoinAttemptsPerSession;
  return count > limit;
}

/**
 * Adds one to the session's refused joins. The console is told (a `participants` notification,
 * so it refetches the list and the counter) at most every two seconds, so a flood of refusals
 * costs the room's screens one refresh per interval, not one per attempt.
 */
export async function recordRefusedJoin(sessionId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ announce: boolean }[]>`
      INSERT INTO "LiveJoinRefusal" ("sessionId", count, "notifiedAt")
      VALUES (${sessionId}, 1, now()::timestamp(3))
      ON CONFLICT ("sessionId") DO UPDATE SET
        count = "LiveJoinRefusal".count + 1,
        "notifiedAt" = CASE
          WHEN "LiveJoinRefusal"."notifiedAt"
               < now()::timestamp(3) - make_interval(secs => ${REFUSAL_ANNOUNCE_SECONDS})
          THEN now()::timestamp(3) ELSE "LiveJoinRefusal"."notifiedAt" END
      RETURNING "notifiedAt" = now()::timestamp(3) AS announce`;
    if (row?.announce) await notifyLive(tx, { sessionId, type: "participants" });
  });
}

/** Joins of the session refused so far. */
export async function countRefusedJoins(sessionId: string): Promise<number> {
  const row = await db.liveJoinRefusal.findUnique({
    where: { sessionId },
    select: { count: true },
  });
  return row?.count ?? 0;
}

/** Drops windows that ended long ago; called by the guest purge. */
export async function forgetOldJoinAttempts(): Promise<number> {
  return db.$executeRaw`
    DELETE FROM "LiveJoinAttempt"
    WHERE "windowStart" < (now() AT TIME ZONE 'UTC') - interval '1 day'`;
}

import "server-only";
import { db, type Prisma } from "@/lib/db";
import {
  decideSignIn,
  type RecentFailures,
  type SignInDecision,
  signInWindowStart,
} from "./throttle-rules";

/** A try that found another under way on the same account for too long waits this long. */
const BUSY_RETRY_SECONDS = 1;

/**
 * The throttle's decision from one read, without a transaction, lock or write: a try it refuses
 * is refused at once (a flood of guesses at a throttled account or from a throttled address then
 * costs one query each, not a locked transaction on a pooled connection). Only a refusal is taken
 * from it; a try it allows goes on to reserveSignInAttempt, which decides again under the lock.
 * Counts as recentFailures does (account failures after its last success in the window, address
 * failures in the window).
 */
export async function peekSignInDecision(
  email: string,
  ip: string,
  now: Date,
): Promise<SignInDecision> {
  const since = sqlUtc(signInWindowStart(now));
  const until = sqlUtc(now);
  const [row] = await db.$queryRaw<
    { forAccount: number; lastFailureMs: number | null; forAddress: number }[]
  >`
    WITH slate AS (
      SELECT coalesce(max("createdAt"), ${since}::timestamp) AS after
      FROM "SignInAttempt"
      WHERE email = ${email} AND succeeded AND "createdAt" >= ${since}::timestamp
    ), account AS (
      SELECT count(*)::int AS failures, max("createdAt") AS last
      FROM "SignInAttempt", slate
      WHERE email = ${email} AND NOT succeeded
        AND "createdAt" > slate.after AND "createdAt" <= ${until}::timestamp
    )
    SELECT account.failures AS "forAccount",
           (extract(epoch FROM account.last) * 1000)::float8 AS "lastFailureMs",
           (SELECT count(*)::int FROM "SignInAttempt"
             WHERE ip = ${ip} AND NOT succeeded
               AND "createdAt" >= ${since}::timestamp AND "createdAt" <= ${until}::timestamp
           ) AS "forAddress"
    FROM account`;
  return decideSignIn(
    {
      forAccount: row?.forAccount ?? 0,
      lastAccountFailureAt: row?.lastFailureMs == null ? null : new Date(row.lastFailureMs),
      forAddress: row?.forAddress ?? 0,
    },
    now,
  );
}

/** A Date as the UTC wall-clock text Prisma stores in `timestamp(3)` columns. */
const sqlUtc = (date: Date) => date.toISOString().replace("T", " ").replace("Z", "");

/**
 * Decides whether a sign-in may be tried and, if so, records it as a failure before the password
 * is checked (it becomes a success afterwards if the password matches). Deciding and recording
 * happen under a transaction-scoped advisory lock on the account, so no try is checked without
 * being counted: of a burst of parallel tries, each one either sees every try counted before it
 * or is refused unchecked.
 */
export async function reserveSignInAttempt(
  email: string,
  ip: string,
  now: Date,
): Promise<SignInDecision & { attemptId?: string }> {
  try {
    return await db.$transaction(async (tx) => {
      // Wait for a try under way on the same account, but briefly: a flood of guesses at one
      // account would otherwise queue on the lock, each holding a pooled connection, and starve
      // everyone else (bench:abuse showed a live room's score saves timing out). A try that
      // waited too long is refused, unchecked and uncounted. The address's count is not locked:
      // its limit is generous, and a room behind one address must not queue its sign-ins.
      await tx.$executeRaw`SET LOCAL lock_timeout = '250ms'`;
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`sign-in:account:${email}`}, 0))`;
      const decision = decideSignIn(await recentFailures(tx, email, ip, now), now);
      if (!decision.allowed) return decision;
      const attempt = await tx.signInAttempt.create({
        data: { email, ip, succeeded: false, createdAt: now },
        select: { id: true },
      });
      return { ...decision, attemptId: attempt.id };
    });
  } catch (error) {
    if (isBusy(error)) return { allowed: false, retryAfterSeconds: BUSY_RETRY_SECONDS };
    throw error;
  }
}

/**
 * PostgreSQL's "lock_not_available" (55P03), wherever the driver adapter put it, or Prisma's
 * P2028 when no pooled connection came free in time (a server starved of CPU, bench:abuse): a
 * try the server could not take now, answered "try again", not a 500.
 */
function isBusy(error: unknown): boolean {
  const text = error instanceof Error ? `${error.message} ${JSON.stringify(error)}` : "";
  return (
    text.includes("55P03") ||
    text.includes("lock timeout") ||
    text.includes("Unable to start a transaction in the given time")
  );
}

export async function markSignInSucceeded(attemptId: string): Promise<void> {
  await db.signInAttempt.update({ where: { id: attemptId }, data: { succeeded: true } });
}

/** A try the server could not check (too busy hashing) was no guess: it does not count. */
export async function cancelSignInAttempt(attemptId: string): Promise<void> {
  await db.signInAttempt.deleteMany({ where: { id: attemptId } });
}

/** Failures from one address in the window, sign-ins and invitation links alike. */
export function countAddressFailures(
  client: Pick<Prisma.TransactionClient, "signInAttempt">,
  ip: string,
  now: Date,
): Promise<number> {
  return client.signInAttempt.count({
    where: { ip, succeeded: false, createdAt: { gte: signInWindowStart(now), lte: now } },
  });
}

/**
 * Failures in the window, counting for the account only those after its last successful sign-in,
 * so that the real owner signing in clears their own slate.
 */
async function recentFailures(
  tx: Prisma.TransactionClient,
  email: string,
  ip: string,
  now: Date,
): Promise<RecentFailures> {
  const since = signInWindowStart(now);
  const lastSuccess = await tx.signInAttempt.findFirst({
    where: { email, succeeded: true, createdAt: { gte: since } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  const accountWhere = {
    email,
    succeeded: false,
    createdAt: { gt: lastSuccess?.createdAt ?? since, lte: now },
  };
  const [forAccount, lastFailure, forAddress] = await Promise.all([
    tx.signInAttempt.count({ where: accountWhere }),
    tx.signInAttempt.findFirst({
      where: accountWhere,
      orderBy: { createdAt: "desc" },
      select: { createdAt: true },
    }),
    countAddressFailures(tx, ip, now),
  ]);
  return { forAccount, lastAccountFailureAt: lastFailure?.createdAt ?? null, forAddress };
}

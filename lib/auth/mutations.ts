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
    if (isLockTimeout(error)) return { allowed: false, retryAfterSeconds: BUSY_RETRY_SECONDS };
    throw error;
  }
}

/** PostgreSQL's "lock_not_available" (55P03), wherever the driver adapter put it. */
function isLockTimeout(error: unknown): boolean {
  const text = error instanceof Error ? `${error.message} ${JSON.stringify(error)}` : "";
  return text.includes("55P03") || text.includes("lock timeout");
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

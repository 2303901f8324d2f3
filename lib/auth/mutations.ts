import "server-only";
import { db, type Prisma } from "@/lib/db";
import {
  decideSignIn,
  type RecentFailures,
  type SignInDecision,
  signInWindowStart,
} from "./throttle-rules";

/**
 * Decides whether a sign-in may be tried and, if so, records it as a failure before the password
 * is checked (it becomes a success afterwards if the password matches). Deciding and recording
 * happen under transaction-scoped advisory locks on the account and on the address, so a burst
 * of parallel tries is counted one by one: each sees every try that came before it.
 */
export async function reserveSignInAttempt(
  email: string,
  ip: string,
  now: Date,
): Promise<SignInDecision & { attemptId?: string }> {
  return db.$transaction(async (tx) => {
    // Always the account first, then the address, so two tries never wait on each other in a cycle.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`sign-in:account:${email}`}, 0))`;
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`sign-in:address:${ip}`}, 0))`;
    const decision = decideSignIn(await recentFailures(tx, email, ip, now), now);
    if (!decision.allowed) return decision;
    const attempt = await tx.signInAttempt.create({
      data: { email, ip, succeeded: false, createdAt: now },
      select: { id: true },
    });
    return { ...decision, attemptId: attempt.id };
  });
}

export async function markSignInSucceeded(attemptId: string): Promise<void> {
  await db.signInAttempt.update({ where: { id: attemptId }, data: { succeeded: true } });
}

/** A try the server could not check (too busy hashing) was no guess: it does not count. */
export async function cancelSignInAttempt(attemptId: string): Promise<void> {
  await db.signInAttempt.deleteMany({ where: { id: attemptId } });
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
    tx.signInAttempt.count({
      where: { ip, succeeded: false, createdAt: { gte: since, lte: now } },
    }),
  ]);
  return { forAccount, lastAccountFailureAt: lastFailure?.createdAt ?? null, forAddress };
}

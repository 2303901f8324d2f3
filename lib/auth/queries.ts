import "server-only";
import { db } from "@/lib/db";
import type { RecentFailures } from "./throttle-rules";

export function findUserForSignIn(email: string) {
  return db.user.findUnique({
    where: { email },
    select: { id: true, name: true, email: true, passwordHash: true, active: true },
  });
}

/**
 * Failures since the window opened, counting for the account only those after its last
 * successful sign-in, so that the real owner signing in clears their own slate.
 */
export async function countRecentFailures(
  email: string,
  ip: string,
  since: Date,
): Promise<RecentFailures> {
  const lastSuccess = await db.signInAttempt.findFirst({
    where: { email, succeeded: true, createdAt: { gte: since } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  const [forAccount, forAddress] = await Promise.all([
    db.signInAttempt.count({
      where: { email, succeeded: false, createdAt: { gt: lastSuccess?.createdAt ?? since } },
    }),
    db.signInAttempt.count({ where: { ip, succeeded: false, createdAt: { gte: since } } }),
  ]);
  return { forAccount, forAddress };
}

/** The signed-in user as the permission module sees them; null once deactivated. */
export function findActiveActor(userId: string) {
  return db.user.findFirst({
    where: { id: userId, active: true },
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      countryCode: true,
      organisationId: true,
      organisation: { select: { name: true } },
    },
  });
}

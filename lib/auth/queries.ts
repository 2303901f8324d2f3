import "server-only";
import { db } from "@/lib/db";

export function findUserForSignIn(email: string) {
  return db.user.findUnique({
    where: { email },
    select: { id: true, name: true, email: true, passwordHash: true, active: true },
  });
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

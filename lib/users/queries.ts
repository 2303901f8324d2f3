import "server-only";
import { type Actor, assertCan } from "@/lib/auth/permissions";
import { db, type Prisma } from "@/lib/db";
import type { UserFilter } from "./schemas";

const PAGE_SIZE = 50;

export async function listUsers(actor: Actor, filter: UserFilter) {
  assertCan(actor, "user.list");
  const where: Prisma.UserWhereInput = {
    // Live-session guests are raters made by a join code, not accounts an admin manages.
    guest: false,
    role: filter.role,
    active: filter.status === undefined ? undefined : filter.status === "active",
    OR: filter.q
      ? [
          { name: { contains: filter.q, mode: "insensitive" } },
          { email: { contains: filter.q, mode: "insensitive" } },
        ]
      : undefined,
  };
  return db.user.findMany({
    where,
    orderBy: [{ active: "desc" }, { name: "asc" }],
    take: PAGE_SIZE,
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      active: true,
      countryCode: true,
      passwordHash: false,
      createdAt: true,
      organisation: { select: { name: true } },
    },
  });
}

export async function getUserForAdmin(actor: Actor, userId: string) {
  assertCan(actor, "user.update", { id: userId });
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      active: true,
      deactivatedAt: true,
      countryCode: true,
      organisationId: true,
      createdAt: true,
      passwordHash: true,
      invitations: {
        where: { usedAt: null },
        orderBy: { createdAt: "desc" },
        take: 1,
        select: { expiresAt: true },
      },
    },
  });
  if (!user) return null;
  const { passwordHash, invitations, ...rest } = user;
  return { ...rest, hasPassword: passwordHash !== null, pendingInvitation: invitations[0] ?? null };
}

/** The invitation behind a link, if it can still be used. Anyone holding the link may read it. */
export function findUsableInvitation(tokenHash: string, now = new Date()) {
  return db.invitation.findFirst({
    where: { tokenHash, usedAt: null, expiresAt: { gt: now }, user: { active: true } },
    select: { id: true, user: { select: { id: true, name: true, email: true } } },
  });
}

import "server-only";
import { defineCommand } from "@/lib/actions/command";
import { DomainError } from "@/lib/actions/result";
import type { SubjectReader } from "@/lib/audit/subjects";
import { assertCan } from "@/lib/auth/permissions";
import { Prisma } from "@/lib/generated/prisma/client";
import { ERASED_NAME, erasedEmail } from "./erasure";
import { EraseUserSchema } from "./schemas";

/**
 * Erases what the app holds about one person (GDPR art. 17), all or nothing. The account row
 * stays, stripped of every personal field, because scores, notes and decisions point at it:
 * their scores become anonymous rows, so results, rollups and agreement figures do not change.
 * Sign-in attempts with the person's e-mail, invitations, session memberships and live-session
 * guest records are deleted. The audit entry names only the account's id.
 */
/**
 * What the trail keeps of an erased account: its id only. The usual user snapshot (name, e-mail)
 * would put back, in the entry recording the erasure, exactly what was erased.
 */
const erasedUserSubject: SubjectReader = async (tx, id) => {
  const exists = await tx.user.findUnique({ where: { id }, select: { id: true } });
  return exists && { type: "User", id, label: ERASED_NAME, countryCode: null, state: {} };
};

export const eraseUser = defineCommand({
  schema: EraseUserSchema,
  authorize: (actor, input) => assertCan(actor, "user.erase", { id: input.userId }),
  run: async (_actor, input, tx) => {
    const user = await tx.user.findUnique({
      where: { id: input.userId },
      select: { email: true },
    });
    if (!user) throw new DomainError(404, "userNotFound");
    // One after another: a transaction's queries share one connection.
    const signInAttempts = await tx.signInAttempt.deleteMany({ where: { email: user.email } });
    const invitations = await tx.invitation.deleteMany({ where: { userId: input.userId } });
    const memberships = await tx.sessionMember.deleteMany({ where: { userId: input.userId } });
    const guestRecords = await tx.liveParticipant.deleteMany({
      where: { userId: input.userId },
    });
    await tx.user.update({
      where: { id: input.userId },
      data: {
        email: erasedEmail(input.userId),
        name: ERASED_NAME,
        passwordHash: null,
        organisationId: null,
        countryCode: null,
        active: false,
        deactivatedAt: new Date(),
      },
    });
    const removed = {
      signInAttempts: signInAttempts.count,
      invitations: invitations.count,
      memberships: memberships.count,
      guestRecords: guestRecords.count,
    };
    // Earlier entries about the account named the person and kept their e-mail: not any more.
    await tx.auditEvent.updateMany({
      where: { targetType: "User", targetId: input.userId },
      data: { targetLabel: ERASED_NAME, before: Prisma.DbNull, after: Prisma.DbNull },
    });
    return { userId: input.userId, removed };
  },
  audit: {
    action: "user.erase",
    subject: erasedUserSubject,
    id: (input) => input.userId,
    details: (_, result) => result.removed,
  },
});

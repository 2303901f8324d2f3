import "server-only";
import { defineCommand } from "@/lib/actions/command";
import { DomainError } from "@/lib/actions/result";
import { recordAudit } from "@/lib/audit/mutations";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { ERASED_NAME, erasedEmail } from "./erasure";
import { EraseUserSchema } from "./schemas";

/**
 * Erases what the app holds about one person (GDPR art. 17), all or nothing. The account row
 * stays, stripped of every personal field, because scores, notes and decisions point at it:
 * their scores become anonymous rows, so results, rollups and agreement figures do not change.
 * Sign-in attempts with the person's e-mail, invitations, session memberships and live-session
 * guest records are deleted. The audit entry names only the account's id.
 */
export const eraseUser = defineCommand({
  schema: EraseUserSchema,
  authorize: (actor, input) => assertCan(actor, "user.erase", { id: input.userId }),
  run: (actor, input) =>
    db.$transaction(async (tx) => {
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
      await recordAudit(tx, {
        actorId: actor.id,
        action: "user.erase",
        targetType: "User",
        targetId: input.userId,
        details: removed,
      });
      return { userId: input.userId, removed };
    }),
});

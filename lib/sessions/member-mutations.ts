import "server-only";
import { defineCommand } from "@/lib/actions/command";
import { DomainError } from "@/lib/actions/result";
import { sessionMemberSubject } from "@/lib/audit/session-subjects";
import { pairId } from "@/lib/audit/subjects";
import { can } from "@/lib/auth/permissions";
import { issueInvitation } from "@/lib/users/mutations";
import { authorizeOnSession } from "./authorize";
import { AddMemberSchema, MemberSchema, SetCanScoreSchema } from "./schemas";

/**
 * Adds a person to a session by e-mail. An existing account is added as it is; an unknown
 * address becomes a new participant account with an invitation link, so a facilitator can bring
 * people into a focus group without waiting for an administrator.
 */
export const addSessionMember = defineCommand({
  schema: AddMemberSchema,
  authorize: (actor, input) => authorizeOnSession(actor, input.sessionId, "session.manage"),
  run: async (actor, input, tx) => {
    const session = await tx.focusGroupSession.findUniqueOrThrow({
      where: { id: input.sessionId },
      select: { facilitatorId: true, countryCode: true },
    });
    let user = await tx.user.findUnique({
      where: { email: input.email },
      select: { id: true, role: true, active: true, countryCode: true, organisationId: true },
    });
    let invitationToken: string | null = null;
    if (!user) {
      if (input.role !== "PARTICIPANT")
        throw new DomainError(400, "coFacilitatorNeedsAccount", "email");
      if (!input.name) throw new DomainError(400, "nameRequiredForNewAccount", "name");
      user = await tx.user.create({
        data: {
          email: input.email,
          name: input.name,
          role: "PARTICIPANT",
          countryCode: session.countryCode,
        },
        select: { id: true, role: true, active: true, countryCode: true, organisationId: true },
      });
      invitationToken = await issueInvitation(tx, user.id, actor.id);
    }
    if (!user.active) throw new DomainError(409, "userInactive", "email");
    if (user.id === session.facilitatorId) throw new DomainError(409, "alreadyLeads", "email");
    if (input.role === "CO_FACILITATOR" && !can(user, "session.coFacilitate")) {
      throw new DomainError(400, "cannotCoFacilitate", "role");
    }
    const existing = await tx.sessionMember.findUnique({
      where: { sessionId_userId: { sessionId: input.sessionId, userId: user.id } },
    });
    if (existing) throw new DomainError(409, "alreadyMember", "email");
    await tx.sessionMember.create({
      data: {
        sessionId: input.sessionId,
        userId: user.id,
        role: input.role,
        canScore: input.role === "CO_FACILITATOR" || input.canScore,
      },
    });
    return { userId: user.id, invitationToken };
  },
  audit: {
    action: "session.addMember",
    subject: sessionMemberSubject,
    createdId: (input, result) => pairId(input.sessionId, result.userId),
    details: (_, result) => ({ invited: result.invitationToken !== null }),
  },
});

/** Removing someone ends their access; whatever they scored stays with the session. */
export const removeSessionMember = defineCommand({
  schema: MemberSchema,
  authorize: (actor, input) => authorizeOnSession(actor, input.sessionId, "session.manage"),
  run: async (_actor, input, tx) => {
    const removed = await tx.sessionMember.deleteMany({
      where: { sessionId: input.sessionId, userId: input.userId },
    });
    if (removed.count === 0) throw new DomainError(404, "memberNotFound");
    return { userId: input.userId };
  },
  audit: {
    action: "session.removeMember",
    subject: sessionMemberSubject,
    id: (input) => pairId(input.sessionId, input.userId),
  },
});

export const setMemberCanScore = defineCommand({
  schema: SetCanScoreSchema,
  authorize: (actor, input) => authorizeOnSession(actor, input.sessionId, "session.manage"),
  run: async (_actor, input, tx) => {
    const updated = await tx.sessionMember.updateMany({
      where: { sessionId: input.sessionId, userId: input.userId, role: "PARTICIPANT" },
      data: { canScore: input.canScore },
    });
    if (updated.count === 0) throw new DomainError(404, "memberNotFound");
    return { userId: input.userId, canScore: input.canScore };
  },
  audit: {
    action: "session.setCanScore",
    subject: sessionMemberSubject,
    id: (input) => pairId(input.sessionId, input.userId),
  },
});

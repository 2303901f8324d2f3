import "server-only";
import { defineCommand, fieldErrorsOf } from "@/lib/actions/command";
import { type ActionResult, DomainError, failure, ok } from "@/lib/actions/result";
import { recordEntries } from "@/lib/audit/mutations";
import { userSubject } from "@/lib/audit/subjects";
import {
  findUsableInvitation,
  mayTryInvitationLink,
  recordFailedInvitationLink,
} from "@/lib/auth/invitation-mutations";
import { hashPassword } from "@/lib/auth/password";
import { assertCan } from "@/lib/auth/permissions";
import { db, type Prisma } from "@/lib/db";
import { hashInvitationToken, invitationExpiry, newInvitationToken } from "./invitation-tokens";
import {
  AcceptInvitationSchema,
  CreateInvitationSchema,
  CreateUserSchema,
  SetUserActiveSchema,
  UpdateUserSchema,
} from "./schemas";

/**
 * A partner's country is their organisation's: it scopes what they may read, so it must not
 * drift from the organisation. Other roles may name a country of their own.
 */
async function resolveAffiliation(
  tx: Prisma.TransactionClient,
  input: { role: string; organisationId?: string; countryCode?: string },
) {
  if (!input.organisationId)
    return { organisationId: null, countryCode: input.countryCode ?? null };
  const organisation = await tx.organisation.findUnique({
    where: { id: input.organisationId },
    select: { id: true, countryCode: true },
  });
  if (!organisation) throw new DomainError(400, "organisationNotFound", "organisationId");
  const countryCode =
    input.role === "PARTNER"
      ? organisation.countryCode
      : (input.countryCode ?? organisation.countryCode);
  return { organisationId: organisation.id, countryCode };
}

/** Issues a fresh one-time link for a user inside the caller's transaction; returns the token to show. */
export async function issueInvitation(
  tx: Prisma.TransactionClient,
  userId: string,
  createdById: string,
) {
  const { token, tokenHash } = newInvitationToken();
  // A new link replaces any earlier one: only the latest link sent works.
  await tx.invitation.deleteMany({ where: { userId, usedAt: null } });
  await tx.invitation.create({
    data: { userId, createdById, tokenHash, expiresAt: invitationExpiry(new Date()) },
  });
  return token;
}

export const createUser = defineCommand({
  schema: CreateUserSchema,
  authorize: (actor) => assertCan(actor, "user.create"),
  run: async (actor, input, tx) => {
    // Hashing takes a while: a slow transaction, but a rare command.
    const passwordHash = input.password ? await hashPassword(input.password) : null;
    if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
      throw new DomainError(409, "emailTaken", "email");
    }
    const affiliation = await resolveAffiliation(tx, input);
    const user = await tx.user.create({
      data: {
        email: input.email,
        name: input.name,
        role: input.role,
        passwordHash,
        ...affiliation,
      },
      select: { id: true },
    });
    const invitationToken = passwordHash ? null : await issueInvitation(tx, user.id, actor.id);
    return { userId: user.id, invitationToken };
  },
  audit: {
    action: "user.create",
    subject: userSubject,
    createdId: (_, result) => result.userId,
    details: (_, result) => ({ invited: result.invitationToken !== null }),
  },
});

export const updateUser = defineCommand({
  schema: UpdateUserSchema,
  authorize: (actor, input) => assertCan(actor, "user.update", { id: input.userId }),
  run: async (_actor, input, tx) => {
    const existing = await tx.user.findUnique({
      where: { id: input.userId },
      select: { role: true },
    });
    if (!existing) throw new DomainError(404, "userNotFound");
    const affiliation = await resolveAffiliation(tx, input);
    await tx.user.update({
      where: { id: input.userId },
      data: { name: input.name, role: input.role, ...affiliation },
    });
    return { userId: input.userId };
  },
  audit: { action: "user.update", subject: userSubject, id: (input) => input.userId },
});

/** Deactivation keeps the account and everything it did; the user simply can no longer sign in. */
export const setUserActive = defineCommand({
  schema: SetUserActiveSchema,
  authorize: (actor, input) => assertCan(actor, "user.deactivate", { id: input.userId }),
  run: async (_actor, input, tx) => {
    const updated = await tx.user.updateMany({
      where: { id: input.userId },
      data: { active: input.active, deactivatedAt: input.active ? null : new Date() },
    });
    if (updated.count === 0) throw new DomainError(404, "userNotFound");
    return { userId: input.userId, active: input.active };
  },
  audit: {
    action: (input) => (input.active ? "user.reactivate" : "user.deactivate"),
    subject: userSubject,
    id: (input) => input.userId,
  },
});

export const createInvitation = defineCommand({
  schema: CreateInvitationSchema,
  authorize: (actor, input) => assertCan(actor, "user.invite", { id: input.userId }),
  run: async (actor, input, tx) => {
    const user = await tx.user.findUnique({
      where: { id: input.userId },
      select: { active: true },
    });
    if (!user) throw new DomainError(404, "userNotFound");
    if (!user.active) throw new DomainError(409, "userInactive");
    const invitationToken = await issueInvitation(tx, input.userId, actor.id);
    return { invitationToken };
  },
  // The link's token stays out of the trail: it is a credential.
  audit: { action: "user.invite", subject: userSubject, id: (input) => input.userId },
});

/**
 * Sets the password chosen through an invitation link. Public by nature (the link is the
 * credential), so it takes no actor; the link works once, only before it expires, and only for
 * an active account.
 */
export async function acceptInvitation(
  rawInput: unknown,
  from = "unknown",
): Promise<ActionResult<{ email: string }>> {
  const parsed = AcceptInvitationSchema.safeParse(rawInput);
  if (!parsed.success) return failure(400, "invalidInput", fieldErrorsOf(parsed.error));
  // Guessing links is throttled per address, and a link is looked up before any password is
  // hashed: a stream of made-up tokens costs a query each, not an argon2 hash each.
  if (!(await mayTryInvitationLink(from))) return failure(429, "tooManyAttempts");
  const tokenHash = hashInvitationToken(parsed.data.token);
  if (!(await findUsableInvitation(tokenHash))) {
    await recordFailedInvitationLink(from);
    return failure(404, "invitationInvalid");
  }
  const passwordHash = await hashPassword(parsed.data.password);
  const email = await db.$transaction(async (tx) => {
    // Claiming the link and using it happen in one statement, so two tabs cannot both use it.
    const claimed = await tx.invitation.updateMany({
      where: { tokenHash, usedAt: null, expiresAt: { gt: new Date() }, user: { active: true } },
      data: { usedAt: new Date() },
    });
    if (claimed.count === 0) return null;
    const { user } = await tx.invitation.findUniqueOrThrow({
      where: { tokenHash },
      select: { user: { select: { id: true, email: true } } },
    });
    const before = await userSubject(tx, user.id);
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    const after = await userSubject(tx, user.id);
    await recordEntries(tx, { actorId: user.id, action: "user.acceptInvitation" }, [
      { before, after },
    ]);
    return user.email;
  });
  return email ? ok({ email }) : failure(404, "invitationInvalid");
}

import "server-only";
import { db } from "@/lib/db";
import { countAddressFailures } from "./mutations";
import { MAX_FAILURES_PER_ADDRESS } from "./throttle-rules";

/**
 * Wrong invitation links are recorded beside failed sign-ins (SignInAttempt) under this marker in
 * place of an e-mail: it is not an address anyone can sign in with, so it never throttles an
 * account, and the per-address limit counts link guesses and password guesses together.
 */
export const INVITATION_LINK_ATTEMPT = "(invitation link)";

export async function mayTryInvitationLink(ip: string, now = new Date()): Promise<boolean> {
  return (await countAddressFailures(db, ip, now)) < MAX_FAILURES_PER_ADDRESS;
}

export async function recordFailedInvitationLink(ip: string, now = new Date()): Promise<void> {
  await db.signInAttempt.create({
    data: { email: INVITATION_LINK_ATTEMPT, ip, succeeded: false, createdAt: now },
  });
}

/** The invitation a link stands for, if it can still be used. */
export function findUsableInvitation(tokenHash: string) {
  return db.invitation.findFirst({
    where: { tokenHash, usedAt: null, expiresAt: { gt: new Date() }, user: { active: true } },
    select: { id: true },
  });
}

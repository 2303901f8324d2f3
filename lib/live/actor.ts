import "server-only";
import { cookies } from "next/headers";
import type { Actor } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import type { LiveGuest } from "./events";
import { GUEST_COOKIE, hashGuestSecret } from "./guest-token";
import { findGuestByTokenHash, findGuestRaterByTokenHash } from "./queries";

export type LiveActor = { actor: Actor; guest: LiveGuest | null };

/**
 * Who is calling a live route or page: a guest (their `wf_live` cookie names a guest record),
 * otherwise the signed-in user, otherwise null. The guest cookie comes first, as the contract
 * says. A guest's record is returned even when their access has ended (removed, session closed)
 * so that callers can say so; whether they may act is for the live permissions to decide.
 */
export async function getLiveActor(): Promise<LiveActor | null> {
  const secret = (await cookies()).get(GUEST_COOKIE)?.value;
  if (secret) {
    const found = await findGuestByTokenHash(hashGuestSecret(secret));
    if (found) return found;
  }
  return getSignedInActor();
}

/**
 * Who is saving a score: the guest of the cookie (identity only: the save checks their standing
 * itself), otherwise the signed-in user. Lighter than getLiveActor, for the busiest route.
 */
export async function getLiveRater(): Promise<{ actor: Actor; isGuest: boolean } | null> {
  const secret = (await cookies()).get(GUEST_COOKIE)?.value;
  if (secret) {
    const actor = await findGuestRaterByTokenHash(hashGuestSecret(secret));
    if (actor) return { actor, isGuest: true };
  }
  const signedIn = await getSignedInActor();
  return signedIn && { actor: signedIn.actor, isGuest: false };
}

/** The signed-in user only, ignoring any guest cookie (facilitators' controls). */
export async function getSignedInActor(): Promise<LiveActor | null> {
  const user = await getCurrentUser();
  if (!user) return null;
  return {
    actor: {
      id: user.id,
      role: user.role,
      countryCode: user.countryCode,
      organisationId: user.organisationId,
    },
    guest: null,
  };
}

import { createHash, randomBytes } from "node:crypto";

/** The guest's cookie: a random secret whose SHA-256 is LiveParticipant.tokenHash. */
export const GUEST_COOKIE = "wf_live";
/** Long enough for a day's focus group; the session closing ends access sooner anyway. */
export const GUEST_COOKIE_MAX_AGE_SECONDS = 12 * 60 * 60;

export function makeGuestSecret(): string {
  return randomBytes(32).toString("base64url");
}

export function hashGuestSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

/** Options for `cookies().set(GUEST_COOKIE, secret, ...)`. */
export function guestCookieOptions(production: boolean) {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    path: "/",
    secure: production,
    maxAge: GUEST_COOKIE_MAX_AGE_SECONDS,
  };
}

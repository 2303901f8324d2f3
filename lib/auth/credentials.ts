import "server-only";
import pLimit from "p-limit";
import { z } from "@/lib/validation/zod";
import {
  cancelSignInAttempt,
  markSignInSucceeded,
  peekSignInDecision,
  reserveSignInAttempt,
} from "./mutations";
import { decoyPasswordHash, PasswordHashingBusy, verifyPassword } from "./password";
import { findUserForSignIn } from "./queries";

export const SignInSchema = z.object({
  email: z.email().trim().toLowerCase().max(254),
  password: z.string().min(1).max(200),
});
export type SignInInput = z.infer<typeof SignInSchema>;

export type CredentialsOutcome =
  | { ok: true; user: { id: string; name: string; email: string } }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

/** When the server is busy hashing, a try is refused like a throttled one, briefly. */
const BUSY_RETRY_SECONDS = 5;

/**
 * Checks an e-mail and password. Every failure looks the same to the caller ("invalid"), whether
 * the account is unknown, deactivated, not yet set up or the password wrong, so that the sign-in
 * page reveals nothing about who has an account. The try is counted before the password is
 * checked (see reserveSignInAttempt), so parallel guesses cannot slip past the throttle.
 */
/**
 * At most this many sign-ins use the database at once, and no more than SIGN_IN_QUEUE wait for
 * it: a flood of guesses must not take the connections a live room's score saves need
 * (bench:abuse). Past the queue a try is refused as busy, to be tried again.
 */
const SIGN_IN_DATABASE_CONCURRENCY = 2;
const SIGN_IN_QUEUE = 32;
const signInDatabase = pLimit(SIGN_IN_DATABASE_CONCURRENCY);

function reserveWithinLimit(email: string, ip: string, now: Date) {
  if (signInDatabase.pendingCount >= SIGN_IN_QUEUE) {
    return Promise.resolve({ allowed: false as const, retryAfterSeconds: BUSY_RETRY_SECONDS });
  }
  return signInDatabase(() => reserveSignInAttempt(email, ip, now));
}

export async function verifyCredentials(
  input: SignInInput,
  ip: string,
  now = new Date(),
): Promise<CredentialsOutcome> {
  // A throttled account or address is refused after one read, before any lock, write or hash.
  const peeked = await peekSignInDecision(input.email, ip, now);
  if (!peeked.allowed) {
    return { ok: false, reason: "throttled", retryAfterSeconds: peeked.retryAfterSeconds };
  }
  const reservation = await reserveWithinLimit(input.email, ip, now);
  if (!reservation.allowed) {
    return { ok: false, reason: "throttled", retryAfterSeconds: reservation.retryAfterSeconds };
  }

  const user = await findUserForSignIn(input.email);
  let passwordMatches: boolean;
  try {
    const hash = user?.passwordHash ?? (await decoyPasswordHash());
    passwordMatches = await verifyPassword(hash, input.password);
  } catch (error) {
    if (error instanceof PasswordHashingBusy) {
      if (reservation.attemptId) await cancelSignInAttempt(reservation.attemptId);
      return { ok: false, reason: "throttled", retryAfterSeconds: BUSY_RETRY_SECONDS };
    }
    throw error;
  }
  const succeeded = Boolean(user?.active && user.passwordHash && passwordMatches);
  if (!succeeded || !user || !reservation.attemptId) return { ok: false, reason: "invalid" };
  await markSignInSucceeded(reservation.attemptId);
  return { ok: true, user: { id: user.id, name: user.name, email: user.email } };
}

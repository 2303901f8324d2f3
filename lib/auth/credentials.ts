import "server-only";
import { z } from "@/lib/validation/zod";
import { recordSignInAttempt } from "./mutations";
import { decoyPasswordHash, verifyPassword } from "./password";
import { countRecentFailures, findUserForSignIn } from "./queries";
import { isSignInThrottled, signInWindowStart } from "./throttle-rules";

export const SignInSchema = z.object({
  email: z.email().trim().toLowerCase().max(254),
  password: z.string().min(1).max(200),
});
export type SignInInput = z.infer<typeof SignInSchema>;

export type CredentialsOutcome =
  | { ok: true; user: { id: string; name: string; email: string } }
  | { ok: false; reason: "invalid" | "throttled" };

/**
 * Checks an e-mail and password. Every failure looks the same to the caller ("invalid"), whether
 * the account is unknown, deactivated, not yet set up or the password wrong, so that the sign-in
 * page reveals nothing about who has an account.
 */
export async function verifyCredentials(
  input: SignInInput,
  ip: string,
  now = new Date(),
): Promise<CredentialsOutcome> {
  const failures = await countRecentFailures(input.email, ip, signInWindowStart(now));
  if (isSignInThrottled(failures)) return { ok: false, reason: "throttled" };

  const user = await findUserForSignIn(input.email);
  const hash = user?.passwordHash ?? (await decoyPasswordHash());
  const passwordMatches = await verifyPassword(hash, input.password);
  const succeeded = Boolean(user?.active && user.passwordHash && passwordMatches);

  await recordSignInAttempt(input.email, ip, succeeded);
  if (!succeeded || !user) return { ok: false, reason: "invalid" };
  return { ok: true, user: { id: user.id, name: user.name, email: user.email } };
}

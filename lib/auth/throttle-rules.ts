/**
 * How sign-in failures slow further attempts. An account is never locked: after a few free
 * failures each further one makes the account wait longer before the next try (1 s, 2 s, 4 s …
 * up to 5 minutes), so a stranger guessing a password crawls while the owner, who tries rarely,
 * gets in between two guesses. An address that fails on many accounts (spraying one password
 * across them) is refused for the window; its limit is high because a room of participants on
 * one wifi shares one public address.
 */
export const SIGN_IN_WINDOW_MINUTES = 15;
export const FREE_FAILURES_PER_ACCOUNT = 5;
export const LONGEST_ACCOUNT_DELAY_SECONDS = 300;
export const MAX_FAILURES_PER_ADDRESS = 30;

export type RecentFailures = {
  /** Failures of the account in the window, after its last successful sign-in. */
  forAccount: number;
  lastAccountFailureAt: Date | null;
  /** Failures from the address in the window, whichever accounts it tried. */
  forAddress: number;
};

export type SignInDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** How long the account rests after its latest failure, given how many it has had. */
export function accountDelaySeconds(failures: number): number {
  if (failures < FREE_FAILURES_PER_ACCOUNT) return 0;
  return Math.min(2 ** (failures - FREE_FAILURES_PER_ACCOUNT), LONGEST_ACCOUNT_DELAY_SECONDS);
}

export function decideSignIn(failures: RecentFailures, now: Date): SignInDecision {
  if (failures.forAddress >= MAX_FAILURES_PER_ADDRESS) {
    return { allowed: false, retryAfterSeconds: SIGN_IN_WINDOW_MINUTES * 60 };
  }
  const delay = accountDelaySeconds(failures.forAccount);
  if (delay > 0 && failures.lastAccountFailureAt) {
    const readyAt = failures.lastAccountFailureAt.getTime() + delay * 1000;
    if (now.getTime() < readyAt) {
      return { allowed: false, retryAfterSeconds: Math.ceil((readyAt - now.getTime()) / 1000) };
    }
  }
  return { allowed: true };
}

export function signInWindowStart(now: Date): Date {
  return new Date(now.getTime() - SIGN_IN_WINDOW_MINUTES * 60_000);
}

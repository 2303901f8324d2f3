/**
 * How many failed sign-ins we tolerate before refusing further attempts for a while. Per account
 * the limit is low (guessing one person's password); per address it is higher, because a room
 * of participants on one wifi shares a public address.
 */
export const SIGN_IN_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 30;

export type RecentFailures = { forAccount: number; forAddress: number };

export function isSignInThrottled(failures: RecentFailures): boolean {
  return (
    failures.forAccount >= MAX_FAILURES_PER_ACCOUNT ||
    failures.forAddress >= MAX_FAILURES_PER_ADDRESS
  );
}

export function signInWindowStart(now: Date): Date {
  return new Date(now.getTime() - SIGN_IN_WINDOW_MINUTES * 60_000);
}

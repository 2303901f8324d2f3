import { describe, expect, it } from "vitest";
import {
  accountDelaySeconds,
  decideSignIn,
  FREE_FAILURES_PER_ACCOUNT,
  LONGEST_ACCOUNT_DELAY_SECONDS,
  MAX_FAILURES_PER_ADDRESS,
  signInWindowStart,
} from "./throttle-rules";

const now = new Date("2026-05-01T10:00:00Z");
const secondsAgo = (seconds: number) => new Date(now.getTime() - seconds * 1000);

describe("sign-in throttling", () => {
  it("lets the first few failures through at once", () => {
    expect(accountDelaySeconds(FREE_FAILURES_PER_ACCOUNT - 1)).toBe(0);
    const decision = decideSignIn(
      { forAccount: FREE_FAILURES_PER_ACCOUNT - 1, lastAccountFailureAt: now, forAddress: 0 },
      now,
    );
    expect(decision).toEqual({ allowed: true });
  });

  it("then makes the account wait longer after each failure, up to five minutes", () => {
    const delays = [5, 6, 7, 8, 12, 13, 40].map(accountDelaySeconds);
    expect(delays).toEqual([1, 2, 4, 8, 128, 256, LONGEST_ACCOUNT_DELAY_SECONDS]);
  });

  it("refuses during the wait and says how long is left", () => {
    const failures = { forAccount: 8, lastAccountFailureAt: secondsAgo(3), forAddress: 0 };
    expect(decideSignIn(failures, now)).toEqual({ allowed: false, retryAfterSeconds: 5 });
  });

  it("never locks the owner out: once the wait is over, a try is allowed however many failed", () => {
    const failures = {
      forAccount: 500,
      lastAccountFailureAt: secondsAgo(LONGEST_ACCOUNT_DELAY_SECONDS),
      forAddress: 0,
    };
    expect(decideSignIn(failures, now)).toEqual({ allowed: true });
  });

  it("refuses an address that failed on many accounts, for the window", () => {
    const failures = {
      forAccount: 0,
      lastAccountFailureAt: null,
      forAddress: MAX_FAILURES_PER_ADDRESS,
    };
    expect(decideSignIn(failures, now)).toEqual({ allowed: false, retryAfterSeconds: 900 });
  });

  it("looks back fifteen minutes", () => {
    expect(signInWindowStart(now).toISOString()).toBe("2026-05-01T09:45:00.000Z");
  });
});

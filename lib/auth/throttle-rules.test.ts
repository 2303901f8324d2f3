import { describe, expect, it } from "vitest";
import {
  isSignInThrottled,
  MAX_FAILURES_PER_ACCOUNT,
  MAX_FAILURES_PER_ADDRESS,
  signInWindowStart,
} from "./throttle-rules";

describe("sign-in throttling", () => {
  it("lets attempts through below both limits", () => {
    expect(isSignInThrottled({ forAccount: MAX_FAILURES_PER_ACCOUNT - 1, forAddress: 0 })).toBe(
      false,
    );
  });

  it("refuses once one account has failed too often", () => {
    expect(isSignInThrottled({ forAccount: MAX_FAILURES_PER_ACCOUNT, forAddress: 0 })).toBe(true);
  });

  it("refuses once one address has failed too often, whichever accounts it tried", () => {
    expect(isSignInThrottled({ forAccount: 0, forAddress: MAX_FAILURES_PER_ADDRESS })).toBe(true);
  });

  it("looks back fifteen minutes", () => {
    const now = new Date("2026-05-01T10:00:00Z");
    expect(signInWindowStart(now).toISOString()).toBe("2026-05-01T09:45:00.000Z");
  });
});

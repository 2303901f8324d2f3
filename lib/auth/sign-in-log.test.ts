import { CredentialsSignin } from "@auth/core/errors";
import { describe, expect, it } from "vitest";
import { logAuthError, SignInRefused } from "./sign-in-log";

function logged(error: Error) {
  const lines: string[] = [];
  logAuthError(error, (...parts) => lines.push(parts.map(String).join(" ")));
  return lines.join("\n");
}

describe("the sign-in log", () => {
  it("logs a wrong password as one line: who, from where, why, and no stack", () => {
    const text = logged(new SignInRefused("invalid", "ana@example.org", "203.0.113.9"));
    expect(text).toBe(
      '[auth] sign-in refused: who="ana@example.org" from="203.0.113.9" why=invalid',
    );
    expect(text).not.toContain("\n");
  });

  it("keeps a typed e-mail with a line break on one line", () => {
    const text = logged(new SignInRefused("throttled", "x\n[auth] fake line", "unknown"));
    expect(text.split("\n")).toHaveLength(1);
    expect(text).toContain("why=throttled");
  });

  it("is still what the sign-in action recognises as a refused sign-in", () => {
    const error = new SignInRefused("throttled", "ana@example.org", "::1");
    expect(error).toBeInstanceOf(CredentialsSignin);
    expect(error.type).toBe("CredentialsSignin");
    expect(error.code).toBe("throttled");
  });

  it("logs other errors with their stack, as Auth.js does", () => {
    const text = logged(new Error("database down"));
    expect(text).toContain("[auth][error] Error: database down");
    expect(text).toMatch(/at .*sign-in-log\.test\.ts/);
  });
});

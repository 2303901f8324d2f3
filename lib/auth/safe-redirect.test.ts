import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "./safe-redirect";

describe("safeRedirectPath", () => {
  it("keeps a path on this site, with its query", () => {
    expect(safeRedirectPath("/admin/users?role=PARTNER")).toBe("/admin/users?role=PARTNER");
    expect(safeRedirectPath("/sessions/abc/results#agreement")).toBe(
      "/sessions/abc/results#agreement",
    );
  });

  it("refuses other hosts, protocol-relative and backslash tricks", () => {
    for (const target of [
      "https://evil.example/",
      "//evil.example/",
      "/\\evil.example",
      "\\\\evil.example",
      "javascript:alert(1)",
      "evil.example",
    ]) {
      expect(safeRedirectPath(target), target).toBe("/");
    }
  });

  it("refuses tabs, newlines and other control characters that browsers strip", () => {
    for (const target of [
      "/\t/evil.example",
      "/\n/evil.example",
      "/\r\n/evil.example",
      "/%09/evil.example",
    ]) {
      expect(safeRedirectPath(target), JSON.stringify(target)).toBe("/");
    }
  });

  it("refuses encoded variants of a second slash or a backslash", () => {
    for (const target of [
      "/%2F%2Fevil.example",
      "/%2f/evil.example",
      "/%5Cevil.example",
      "%2F%2Fevil.example",
    ]) {
      expect(safeRedirectPath(target), target).toBe("/");
    }
  });

  it("does not loop back to the sign-in page", () => {
    expect(safeRedirectPath("/sign-in")).toBe("/");
    expect(safeRedirectPath("/sign-in?callbackUrl=/x")).toBe("/");
  });

  it("falls back when nothing usable is given", () => {
    expect(safeRedirectPath(undefined)).toBe("/");
    expect(safeRedirectPath(42)).toBe("/");
    expect(safeRedirectPath("/%E0%A4%A")).toBe("/");
  });
});

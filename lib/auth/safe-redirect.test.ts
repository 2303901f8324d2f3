import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "./safe-redirect";

describe("safeRedirectPath", () => {
  it("keeps a path on this site", () => {
    expect(safeRedirectPath("/admin/users?role=PARTNER")).toBe("/admin/users?role=PARTNER");
  });

  it("refuses other hosts, protocol-relative and backslash tricks", () => {
    expect(safeRedirectPath("https://evil.example/")).toBe("/");
    expect(safeRedirectPath("//evil.example/")).toBe("/");
    expect(safeRedirectPath("/\\evil.example")).toBe("/");
  });

  it("does not loop back to the sign-in page", () => {
    expect(safeRedirectPath("/sign-in")).toBe("/");
  });

  it("falls back when nothing usable is given", () => {
    expect(safeRedirectPath(undefined)).toBe("/");
    expect(safeRedirectPath(42)).toBe("/");
  });
});

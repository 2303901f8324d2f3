import { describe, expect, it } from "vitest";
import { isMalformedUrl } from "./malformed-url";

describe("addresses no page or handler can take", () => {
  it("passes ordinary ones, encoded letters and spaces included", () => {
    expect(isMalformedUrl("/sessions/cm123/score/cm456", "")).toBe(false);
    expect(isMalformedUrl("/s/%C8%99tiin%C8%9Ba%20x", "?q=Gr%C4%83dina&status=OPEN")).toBe(false);
  });

  it("refuses percent-encoding that is not UTF-8 and NUL bytes in the path or query", () => {
    expect(isMalformedUrl("/api/auth/%ED%A0%80%FF", "")).toBe(true);
    expect(isMalformedUrl("/sessions/%E0%A4%A", "")).toBe(true);
    expect(isMalformedUrl("/api/admin/users/%00/personal-data", "")).toBe(true);
    expect(isMalformedUrl("/sessions", "?q=a%00b")).toBe(true);
  });
});

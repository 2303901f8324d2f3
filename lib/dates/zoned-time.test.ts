import { describe, expect, it } from "vitest";
import { instantToWallTime, wallTimeToInstant } from "./zoned-time";

describe("zoned wall time", () => {
  it("reads a Bucharest morning in summer time (UTC+3)", () => {
    expect(wallTimeToInstant("2026-05-12T09:30", "Europe/Bucharest").toISOString()).toBe(
      "2026-05-12T06:30:00.000Z",
    );
  });

  it("reads a Bucharest morning in winter time (UTC+2)", () => {
    expect(wallTimeToInstant("2026-01-12T09:30", "Europe/Bucharest").toISOString()).toBe(
      "2026-01-12T07:30:00.000Z",
    );
  });

  it("round-trips through the form value", () => {
    const instant = wallTimeToInstant("2026-10-25T14:05", "Europe/Brussels");
    expect(instantToWallTime(instant, "Europe/Brussels")).toBe("2026-10-25T14:05");
  });
});

import { describe, expect, it } from "vitest";
import type { Actor, SessionAccess } from "@/lib/auth/permissions";
import { normaliseMeasuredValue, scoringMode } from "./rules";

describe("normaliseMeasuredValue", () => {
  it("treats an empty box as no value", () => {
    expect(normaliseMeasuredValue("EUR", "  ")).toEqual({ ok: true, value: null });
    expect(normaliseMeasuredValue("EUR", null)).toEqual({ ok: true, value: null });
  });

  it("reads amounts with spaces and a decimal comma", () => {
    expect(normaliseMeasuredValue("EUR", "12 500,50")).toEqual({ ok: true, value: "12500.5" });
    expect(normaliseMeasuredValue("EUR", "300000")).toEqual({ ok: true, value: "300000" });
  });

  it("accepts a percentage with or without the sign, within 0-100", () => {
    expect(normaliseMeasuredValue("PERCENT", "35%")).toEqual({ ok: true, value: "35" });
    expect(normaliseMeasuredValue("PERCENT", "100")).toEqual({ ok: true, value: "100" });
    expect(normaliseMeasuredValue("PERCENT", "101")).toEqual({
      ok: false,
      error: "scoreValuePercentRange",
    });
  });

  it("wants a whole, non-negative headcount", () => {
    expect(normaliseMeasuredValue("HEADCOUNT", "12")).toEqual({ ok: true, value: "12" });
    expect(normaliseMeasuredValue("HEADCOUNT", "2.5")).toEqual({
      ok: false,
      error: "scoreValueWholeNumber",
    });
    expect(normaliseMeasuredValue("HEADCOUNT", "-1")).toEqual({
      ok: false,
      error: "scoreValueNegative",
    });
  });

  it("refuses words where a number is expected", () => {
    expect(normaliseMeasuredValue("EUR", "about 2 million")).toEqual({
      ok: false,
      error: "scoreValueNotNumber",
    });
    expect(normaliseMeasuredValue("EUR", "1.2.3")).toEqual({
      ok: false,
      error: "scoreValueNotNumber",
    });
  });

  it("keeps text as typed for TEXT and for criteria without a unit", () => {
    expect(normaliseMeasuredValue("TEXT", " CNC machines ")).toEqual({
      ok: true,
      value: "CNC machines",
    });
    expect(normaliseMeasuredValue(null, "n/a")).toEqual({ ok: true, value: "n/a" });
  });

  it("refuses an overlong value", () => {
    expect(normaliseMeasuredValue("TEXT", "x".repeat(201))).toEqual({
      ok: false,
      error: "tooLong",
    });
  });
});

describe("scoringMode", () => {
  const facilitator: Actor = {
    id: "f",
    role: "FACILITATOR",
    countryCode: "RO",
    organisationId: null,
  };
  const participant: Actor = {
    id: "p",
    role: "PARTICIPANT",
    countryCode: "RO",
    organisationId: null,
  };
  const admin: Actor = { id: "a", role: "ADMIN", countryCode: null, organisationId: null };
  const session = (
    status: SessionAccess["status"],
    membership: SessionAccess["membership"] = null,
  ): SessionAccess => ({
    facilitatorId: "f",
    countryCode: "RO",
    status,
    membership,
  });
  const invited = { role: "PARTICIPANT" as const, canScore: true };
  const notInvited = { role: "PARTICIPANT" as const, canScore: false };

  it("lets the facilitator and invited participants edit an OPEN session", () => {
    expect(scoringMode(facilitator, session("OPEN"), false)).toBe("edit");
    expect(scoringMode(participant, session("OPEN", invited), false)).toBe("edit");
  });

  it("tells raters of a DRAFT session to wait, and refuses everyone else", () => {
    expect(scoringMode(facilitator, session("DRAFT"), false)).toBe("notOpenYet");
    expect(scoringMode(participant, session("DRAFT", notInvited), false)).toBe("forbidden");
  });

  it("shows raters their scores read-only once the session is closed or published", () => {
    expect(scoringMode(facilitator, session("CLOSED"), true)).toBe("readOnly");
    expect(scoringMode(participant, session("PUBLISHED", invited), false)).toBe("readOnly");
  });

  it("refuses a participant who was never invited to score, and an admin who is no rater", () => {
    expect(scoringMode(participant, session("OPEN", notInvited), false)).toBe("forbidden");
    expect(scoringMode(admin, session("OPEN"), false)).toBe("forbidden");
  });

  it("lets a participant whose invitation was withdrawn read what they saved", () => {
    expect(scoringMode(participant, session("OPEN", notInvited), true)).toBe("readOnly");
  });
});

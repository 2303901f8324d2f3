import { describe, expect, it } from "vitest";
import { formatLinkCode, LINK_CODE_ALPHABET, newLinkCode, normaliseLinkCode } from "./codes";
import { surveyAcceptsAnswers, surveyPhase } from "./rules";

const survey = {
  status: "OPEN" as const,
  opensAt: new Date("2027-03-01T00:00:00Z"),
  closesAt: new Date("2027-03-15T00:00:00Z"),
};

describe("a survey's phase", () => {
  it("takes answers only between its dates, and never once closed", () => {
    expect(surveyPhase(survey, new Date("2027-02-28T23:59:59Z"))).toBe("scheduled");
    expect(surveyAcceptsAnswers(survey, new Date("2027-03-01T00:00:00Z"))).toBe(true);
    expect(surveyAcceptsAnswers(survey, new Date("2027-03-14T23:59:59Z"))).toBe(true);
    expect(surveyPhase(survey, new Date("2027-03-15T00:00:00Z"))).toBe("ended");
    const closed = { ...survey, status: "CLOSED" as const };
    expect(surveyAcceptsAnswers(closed, new Date("2027-03-05T00:00:00Z"))).toBe(false);
    expect(surveyPhase({ ...survey, status: "DRAFT" }, new Date("2027-03-05T00:00:00Z"))).toBe(
      "draft",
    );
  });
});

describe("link codes", () => {
  it("never use 0, O, 1 or I, and are unlikely to repeat", () => {
    expect(LINK_CODE_ALPHABET).not.toMatch(/[01OI]/);
    const codes = Array.from({ length: 2000 }, newLinkCode);
    expect(codes.every((code) => /^[2-9A-HJ-NP-Z]{8}$/.test(code))).toBe(true);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("are read back however they were typed, and refused when they cannot be one", () => {
    expect(normaliseLinkCode(" abcd-efgh ")).toBe("ABCDEFGH");
    expect(normaliseLinkCode(formatLinkCode("K7M2P9QR"))).toBe("K7M2P9QR");
    expect(normaliseLinkCode("ABCD-EFG0")).toBeNull();
    expect(normaliseLinkCode("ABCDEFG")).toBeNull();
  });
});

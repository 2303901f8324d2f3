import { describe, expect, it } from "vitest";
import {
  consentProblems,
  containsContactDetails,
  isPublishable,
  publishableQuotes,
  type QuoteConsent,
  storedConsentDay,
} from "./consent";

const quote = (overrides: Partial<QuoteConsent> = {}): QuoteConsent => ({
  text: "Here I learnt to work with others again.",
  consentMethod: "WRITTEN",
  consentGivenOn: "2026-11-20",
  recordedOn: "2026-11-21",
  withdrawn: false,
  ...overrides,
});
const TODAY = "2026-12-07";

describe("consent rules for quotes", () => {
  it("publishes a quote with a method, a past consent day and no contact details", () => {
    expect(consentProblems(quote(), TODAY)).toEqual([]);
    expect(isPublishable(quote({ consentGivenOn: "2026-11-21" }), TODAY)).toBe(true);
  });

  it("refuses a quote without a consent method or without a consent day", () => {
    expect(consentProblems(quote({ consentMethod: null }), TODAY)).toEqual(["noMethod"]);
    expect(consentProblems(quote({ consentGivenOn: null }), TODAY)).toEqual(["noDate"]);
  });

  it("refuses a consent day in the future, or after the day the quote was recorded", () => {
    expect(consentProblems(quote({ consentGivenOn: "2026-12-08" }), TODAY)).toContain(
      "dateInFuture",
    );
    expect(consentProblems(quote({ consentGivenOn: "2026-11-22" }), TODAY)).toEqual([
      "dateAfterRecorded",
    ]);
  });

  it("never publishes a quote whose consent was withdrawn", () => {
    expect(consentProblems(quote({ withdrawn: true }), TODAY)).toEqual(["withdrawn"]);
  });

  it("refuses text holding an e-mail address, a phone number or a handle", () => {
    for (const text of [
      "Write to ana.pop@example.ro if you want to know more.",
      "Call me on 0721 123 456.",
      "Call +40 721 123 456 any time.",
      "My number is 0721-123-456.",
      "Follow @ana_pop for photos of the bakery.",
    ]) {
      expect(containsContactDetails(text), text).toBe(true);
      expect(consentProblems(quote({ text }), TODAY)).toEqual(["contactDetails"]);
    }
  });

  it("lets years, amounts and percentages through", () => {
    for (const text of [
      "Since 2019 we trained 45 people; 12 found jobs in 2024.",
      "We earned 1 500 000 lei last year, 30% from contracts.",
      "Our e-mail list and our phone line are open to everyone.",
    ]) {
      expect(containsContactDetails(text), text).toBe(false);
    }
  });

  it("publishableQuotes keeps the order and drops every quote whose consent does not hold", () => {
    const recorded = new Date("2026-11-21T10:00:00Z");
    const stored = [
      {
        id: "a",
        text: "First.",
        consentMethod: "WRITTEN" as const,
        consentGivenAt: storedConsentDay("2026-11-20"),
        consentWithdrawnAt: null,
        createdAt: recorded,
      },
      {
        id: "b",
        text: "Withdrawn.",
        consentMethod: "WRITTEN" as const,
        consentGivenAt: storedConsentDay("2026-11-20"),
        consentWithdrawnAt: new Date("2026-12-01T00:00:00Z"),
        createdAt: recorded,
      },
      {
        id: "c",
        text: "Later consent.",
        consentMethod: "ORAL_RECORDED" as const,
        consentGivenAt: storedConsentDay("2026-11-25"),
        consentWithdrawnAt: null,
        createdAt: recorded,
      },
      {
        id: "d",
        text: "Third.",
        consentMethod: "ORAL_WITNESSED" as const,
        consentGivenAt: storedConsentDay("2026-11-21"),
        consentWithdrawnAt: null,
        createdAt: recorded,
      },
    ];
    const kept = publishableQuotes(stored, undefined, new Date("2026-12-07T09:00:00Z"));
    expect(kept.map((q) => q.id)).toEqual(["a", "d"]);
  });
});

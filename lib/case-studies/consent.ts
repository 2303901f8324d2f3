import type { ConsentMethod } from "@/lib/generated/prisma/enums";

/**
 * When a case-study quote may appear in any output (the study page's read-only view, a report,
 * its PDF and DOCX). Pure: the quote form, the commands and the report builder decide the same way.
 *
 * A quote is publishable only when all of these hold:
 * - the speaker's consent was recorded: a method (written, oral and recorded, oral before a
 *   witness) and the day it was given;
 * - that day is not in the future and not after the day the quote was recorded in the app
 *   (consent comes first; a later day means the record is wrong, not that consent was given);
 * - the consent has not been withdrawn (withdrawal is final: a new consent is a new quote);
 * - the text holds no contact details: an e-mail address, a phone number or a social-media
 *   handle would identify the speaker, whom a quote names by role only.
 *
 * Days are calendar days ("2026-12-07"): consent is given on a day, not at an instant, and the
 * day the quote was recorded is taken in the installation's time zone by the caller.
 */

export type ConsentProblem =
  | "noMethod"
  | "noDate"
  | "dateInFuture"
  | "dateAfterRecorded"
  | "withdrawn"
  | "contactDetails";

export type QuoteConsent = {
  text: string;
  consentMethod: ConsentMethod | null;
  /** The day consent was given, "YYYY-MM-DD"; null when not recorded. */
  consentGivenOn: string | null;
  /** The day the quote was recorded, "YYYY-MM-DD". */
  recordedOn: string;
  withdrawn: boolean;
};

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/u;
/** A handle such as "@ana_pop" (not an e-mail: no letter or digit right before the @). */
const HANDLE = /(?:^|[^\p{L}\p{N}._%+-])@[\p{L}\p{N}_.]{2,}/u;
/**
 * Seven or more digits, allowing the separators people type in phone numbers (spaces, dots,
 * dashes, slashes, brackets) and a leading "+": "0721 123 456", "+40 721 123 456", "0721-123-456".
 */
const PHONE = /(?:\+|\b)\d(?:[\s./()-]{0,2}\d){6,}/gu;
/** An amount grouped in thousands ("1 500 000", "2.000.000"): not a phone, unless it starts with 0. */
const THOUSANDS = /^[1-9]\d{0,2}(?:[ .,\u00a0]\d{3})+$/u;

function containsPhone(text: string): boolean {
  for (const match of text.matchAll(PHONE)) {
    if (!THOUSANDS.test(match[0].trim())) return true;
  }
  return false;
}

/** Whether a quote's text holds something that reaches its speaker: e-mail, phone, handle. */
export function containsContactDetails(text: string): boolean {
  return EMAIL.test(text) || HANDLE.test(text) || containsPhone(text);
}

/** Every reason the quote may not be published, in a fixed order; empty when it may. */
export function consentProblems(quote: QuoteConsent, today: string): ConsentProblem[] {
  const problems: ConsentProblem[] = [];
  if (!quote.consentMethod) problems.push("noMethod");
  if (!quote.consentGivenOn) problems.push("noDate");
  else {
    if (quote.consentGivenOn > today) problems.push("dateInFuture");
    if (quote.consentGivenOn > quote.recordedOn) problems.push("dateAfterRecorded");
  }
  if (quote.withdrawn) problems.push("withdrawn");
  if (containsContactDetails(quote.text)) problems.push("contactDetails");
  return problems;
}

export function isPublishable(quote: QuoteConsent, today: string): boolean {
  return consentProblems(quote, today).length === 0;
}

/** A stored quote as the database holds it. */
export type StoredQuote = {
  text: string;
  consentMethod: ConsentMethod | null;
  consentGivenAt: Date | null;
  consentWithdrawnAt: Date | null;
  createdAt: Date;
};

/**
 * A consent day is stored as noon UTC of that day (see schemas.ts), so its UTC date is the day
 * in every European time zone.
 */
export function consentDayOf(consentGivenAt: Date): string {
  return consentGivenAt.toISOString().slice(0, 10);
}

export function storedConsentDay(day: string): Date {
  return new Date(`${day}T12:00:00.000Z`);
}

/**
 * The quotes that may appear in an output, in their order. `dayOf` gives an instant's calendar
 * day in the installation's time zone (the day the quote was recorded, and today).
 */
export function publishableQuotes<Q extends StoredQuote>(
  quotes: readonly Q[],
  dayOf: (instant: Date) => string = (instant) => instant.toISOString().slice(0, 10),
  now: Date = new Date(),
): Q[] {
  const today = dayOf(now);
  return quotes.filter((quote) =>
    isPublishable(
      {
        text: quote.text,
        consentMethod: quote.consentMethod,
        consentGivenOn: quote.consentGivenAt ? consentDayOf(quote.consentGivenAt) : null,
        recordedOn: dayOf(quote.createdAt),
        withdrawn: quote.consentWithdrawnAt !== null,
      },
      today,
    ),
  );
}

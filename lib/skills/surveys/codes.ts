import { randomInt } from "node:crypto";

/**
 * A link's short code is read aloud, typed from paper and scanned: no 0/O or 1/I, which people
 * confuse. 32 symbols × 8 places ≈ 10^12 codes, so guessing a live one is hopeless.
 */
export const LINK_CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
export const LINK_CODE_LENGTH = 8;

const CODE_PATTERN = new RegExp(`^[${LINK_CODE_ALPHABET}]{${LINK_CODE_LENGTH}}$`);

export function newLinkCode(): string {
  let code = "";
  for (let i = 0; i < LINK_CODE_LENGTH; i += 1) {
    code += LINK_CODE_ALPHABET[randomInt(LINK_CODE_ALPHABET.length)];
  }
  return code;
}

/** A code as someone typed it ("abcd-efgh ") in its stored form, or null if it cannot be one. */
export function normaliseLinkCode(typed: string): string | null {
  const code = typed.replace(/[\s-]/g, "").toUpperCase();
  return CODE_PATTERN.test(code) ? code : null;
}

/** Printed in two halves, easier to copy by hand: "ABCD-EFGH". */
export function formatLinkCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** The answer page of a link, on the public address (lib/http/public-origin.ts). */
export function surveyLinkUrl(origin: string, code: string): string {
  return `${origin}/survey/${code}`;
}

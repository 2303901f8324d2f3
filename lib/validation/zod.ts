import { z } from "zod";
import type { ErrorKey } from "@/lib/i18n/error-keys";

/**
 * Zod configured to report message keys of the "Errors" catalogue instead of English text, so
 * that a form shows every validation error in the reader's language. Schemas import `z` from
 * here; a field that needs a more specific message passes `{ error: errorKey("key") }` itself.
 */
z.config({
  // Zod compiles object parsers with `new Function` when it may; the Content-Security-Policy
  // forbids eval (decision 0012), so the probe alone would be a violation in the browser.
  jitless: true,
  customError: (issue): ErrorKey => {
    switch (issue.code) {
      case "invalid_type":
        return issue.input === undefined || issue.input === null ? "required" : "invalidValue";
      case "too_small":
        return issue.origin === "string" && issue.minimum === 1 ? "required" : "tooShort";
      case "too_big":
        return "tooLong";
      case "invalid_format":
        return issue.format === "email" ? "invalidEmail" : "invalidValue";
      default:
        return "invalidValue";
    }
  },
});

/**
 * A message key for a zod check or issue: `.min(1, { error: errorKey("rationaleRequired") })`,
 * `context.addIssue({ code: "custom", message: errorKey("…") })`. Zod types messages as any
 * string; going through here makes a misspelt key fail the type-check. zod-messages.test.ts
 * makes sure no schema passes a bare string instead.
 */
export function errorKey<const K extends ErrorKey>(key: K): K {
  return key;
}

/** A text field from a form: trimmed, and an empty box counts as "not given". */
export const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();

export { z };

import { z } from "zod";

/**
 * Zod configured to report message keys of the "Errors" catalogue instead of English text, so
 * that a form shows every validation error in the reader's language. Schemas import `z` from
 * here; a field that needs a more specific message passes `{ error: "key" }` itself.
 */
z.config({
  customError: (issue) => {
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

/** A text field from a form: trimmed, and an empty box counts as "not given". */
export const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();

export { z };

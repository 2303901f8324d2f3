import { COUNTRY_CODES } from "@/lib/countries/catalogue";
import type { ErrorKey } from "@/lib/i18n/error-keys";
import { errorKey, optionalText, z } from "@/lib/validation/zod";

/**
 * Field parsers for WISE profiles. Input is always text (a form, or a cell of an imported file),
 * so every parser takes a string and treats an empty one as "not given". Each failure names a key
 * of the "Errors" catalogue that says what to type, because an import lists them next to the row.
 */

/** Spreadsheets hand over numbers as numbers; everything else arrives as text. */
const asText = (value: unknown) => (typeof value === "number" ? String(value) : value);
const blankToUndefined = (value: unknown) => {
  const text = asText(value);
  return typeof text === "string" && text.trim() === "" ? undefined : text;
};

export function optionalTextOf(max: number) {
  return z.preprocess(asText, optionalText.pipe(z.string().max(max).optional()));
}

/** A whole number in [min, max]; `key` explains the expected range. */
export function optionalWholeNumber(min: number, max: number, key: ErrorKey) {
  return z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .regex(/^\d+$/, { error: key })
      .transform(Number)
      .pipe(z.number().int().min(min, { error: key }).max(max, { error: key }))
      .optional(),
  );
}

/**
 * A percentage 0-100 with at most two decimals (the column is DECIMAL(5,2)). Accepts a decimal
 * comma, as Romanian spreadsheets write it, and a trailing "%".
 */
export function optionalPercent() {
  const key = errorKey("percentOutOfRange");
  return z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .transform((text) => text.replace(/\s*%$/, "").replace(",", "."))
      .pipe(z.string().regex(/^\d{1,3}(\.\d{1,2})?$/, { error: key }))
      .transform(Number)
      .pipe(z.number().min(0, { error: key }).max(100, { error: key }))
      .optional(),
  );
}

export const YEAR_MIN = 1800;

/** From 1800 (the oldest co-operative workshops) to the current year: no future foundings. */
export function optionalYear() {
  return z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .regex(/^\d{4}$/, { error: errorKey("yearOutOfRange") })
      .transform(Number)
      .refine((year) => year >= YEAR_MIN && year <= new Date().getFullYear(), {
        error: errorKey("yearOutOfRange"),
      })
      .optional(),
  );
}

export const CountryCodeField = z.preprocess(
  (value) => (typeof value === "string" ? value.trim().toUpperCase() : value),
  z
    .string({ error: errorKey("countryRequired") })
    .min(1, { error: errorKey("countryRequired") })
    .refine((code) => COUNTRY_CODES.includes(code), { error: errorKey("unknownCountry") }),
);

/** "Bakery, catering , , bakery" → ["Bakery", "catering"]: trimmed, blanks and repeats dropped. */
export const SectorsField = z.preprocess(
  (value) => (typeof value === "string" ? value : ""),
  z
    .string()
    .transform((text) => {
      const seen = new Set<string>();
      return text
        .split(",")
        .map((sector) => sector.trim().replace(/\s+/g, " "))
        .filter((sector) => {
          const key = sector.toLocaleLowerCase();
          if (sector === "" || seen.has(key)) return false;
          seen.add(key);
          return true;
        });
    })
    .pipe(
      z
        .array(z.string().max(80, { error: errorKey("sectorTooLong") }))
        .max(20, { error: errorKey("tooManySectors") }),
    ),
);

/** A web address; "www.example.org" is read as https://www.example.org. */
export const WebsiteField = z.preprocess(
  blankToUndefined,
  z
    .string()
    .trim()
    .max(300)
    .transform((text) => (/^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`))
    .refine(
      (text) => {
        try {
          const url = new URL(text);
          return (
            (url.protocol === "https:" || url.protocol === "http:") && url.hostname.includes(".")
          );
        } catch {
          return false;
        }
      },
      { error: errorKey("invalidWebsite") },
    )
    .optional(),
);

export const OptionalEmailField = z.preprocess((value) => {
  const text = blankToUndefined(value);
  return typeof text === "string" ? text.trim().toLowerCase() : text;
}, z.email().max(254).optional());

export const INTEGRATION_MODES = ["PERMANENT", "TRANSITIONAL", "MIXED"] as const;

export const IntegrationModeField = z.preprocess((value) => {
  const text = blankToUndefined(value);
  return typeof text === "string" ? text.trim().toUpperCase() : text;
}, z.enum(INTEGRATION_MODES, { error: errorKey("integrationModeInvalid") }).optional());

/**
 * Full-time equivalents: 0 or more with at most two decimals (the columns are DECIMAL(9,2)), a
 * decimal comma accepted as in optionalPercent.
 */
export function optionalFte() {
  const key = errorKey("fteInvalid");
  return z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .transform((text) => text.replace(",", "."))
      .pipe(z.string().regex(/^\d{1,7}(\.\d{1,2})?$/, { error: key }))
      .transform(Number)
      .optional(),
  );
}

/** A code from a fixed list (a legal form, a region), upper-cased; whether the country offers it is checked across fields. */
export function optionalCode(codes: readonly string[]) {
  return z.preprocess(
    (value) => {
      const text = blankToUndefined(value);
      return typeof text === "string" ? text.trim().toUpperCase() : text;
    },
    z
      .string()
      .refine((code) => codes.includes(code), { error: errorKey("codeNotOffered") })
      .optional(),
  );
}

import { errorKey, optionalText, z } from "@/lib/validation/zod";
import { STAFF_GROUPS } from "../gaps/rules";

export const TRAINING_FORMATS = ["CLASSROOM", "ONLINE", "BLENDED", "ON_THE_JOB"] as const;

/** Languages an offer may be given in (ISO 639-1): the EU's official ones. */
export const OFFER_LANGUAGES = [
  "bg",
  "cs",
  "da",
  "de",
  "el",
  "en",
  "es",
  "et",
  "fi",
  "fr",
  "ga",
  "hr",
  "hu",
  "it",
  "lb",
  "lt",
  "lv",
  "mt",
  "nl",
  "pl",
  "pt",
  "ro",
  "sk",
  "sl",
  "sv",
] as const;

const SKILL_CODE = /^[A-Z][A-Z0-9_]{1,63}$/;

/** Skill codes typed as a list ("DIGCOMP_1_1, DIGCOMP_2_4"): upper-cased, split, deduplicated. */
const skillCodes = z
  .string()
  .transform((text) => [
    ...new Set(
      text
        .split(/[\s,;]+/)
        .map((code) => code.trim().toUpperCase())
        .filter(Boolean),
    ),
  ])
  .pipe(
    z
      .array(z.string().regex(SKILL_CODE, { error: errorKey("skillCodeInvalid") }))
      .min(1, { error: errorKey("required") })
      .max(40, { error: errorKey("tooLong") }),
  );

/** A whole number from a form box, or nothing when the box is empty. */
const optionalWhole = (min: number, max: number) =>
  z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    z.coerce
      .number({ error: errorKey("invalidValue") })
      .int({ error: errorKey("invalidValue") })
      .min(min, { error: errorKey("numberOutOfRange") })
      .max(max, { error: errorKey("numberOutOfRange") })
      .optional(),
  );

export const TrainingOfferSchema = z.object({
  title: z.string().trim().min(1).max(200),
  skillCodes,
  group: z.enum(STAFF_GROUPS),
  eqfLevel: optionalWhole(1, 8),
  format: z.enum(TRAINING_FORMATS),
  hours: optionalWhole(1, 2000),
  language: z.enum(OFFER_LANGUAGES, { error: errorKey("required") }),
  countryCode: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, { error: errorKey("countryRequired") }),
  provider: z.string().trim().min(1).max(200),
  costEur: z
    .string()
    .trim()
    .transform((value) => (value === "" ? undefined : value.replace(",", ".")))
    .pipe(
      z
        .string()
        .regex(/^\d{1,8}(\.\d{1,2})?$/, { error: errorKey("costInvalid") })
        .optional(),
    )
    .optional(),
  accessibility: optionalText.pipe(z.string().max(1000).optional()),
  url: optionalText.pipe(
    z
      .url({ protocol: /^https?$/, error: errorKey("urlInvalid") })
      .max(500)
      .optional(),
  ),
});
export type TrainingOfferInput = z.infer<typeof TrainingOfferSchema>;

export const UpdateTrainingOfferSchema = TrainingOfferSchema.extend({ offerId: z.string().min(1) });
export const DeleteTrainingOfferSchema = z.object({ offerId: z.string().min(1) });

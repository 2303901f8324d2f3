import { errorKey, z } from "@/lib/validation/zod";

const IdSchema = z.string().trim().min(1).max(64);
const DaySchema = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: errorKey("invalidDate") })
  .refine((day) => !Number.isNaN(Date.parse(`${day}T00:00:00Z`)), {
    error: errorKey("invalidDate"),
  });

/** One checkbox sends a string, several an array: both become a list without repeats. */
const WiseIdsSchema = z
  .union([IdSchema, z.array(IdSchema)], { error: errorKey("surveyNeedsWises") })
  .transform((value) => [...new Set(Array.isArray(value) ? value : [value])])
  .pipe(
    z
      .array(IdSchema)
      .min(1, { error: errorKey("surveyNeedsWises") })
      .max(500),
  );

/**
 * A new survey: its title, the WISEs of one country, and the first and last day answers are
 * taken (days in the installation's time zone; the last day is included).
 */
export const CreateSurveySchema = z
  .object({
    title: z.string().trim().min(1).max(200),
    countryCode: z
      .string()
      .trim()
      .regex(/^[A-Z]{2}$/),
    wiseIds: WiseIdsSchema,
    opensOn: DaySchema,
    closesOn: DaySchema,
    sessionId: z
      .string()
      .trim()
      .max(64)
      .optional()
      .transform((value) => value || undefined),
  })
  .refine((input) => input.closesOn >= input.opensOn, {
    error: errorKey("surveyClosesBeforeOpens"),
    path: ["closesOn"],
  });
export type CreateSurveyInput = z.infer<typeof CreateSurveySchema>;

export const SurveyIdSchema = z.object({ surveyId: IdSchema });
export const SurveyWiseIdSchema = z.object({ surveyWiseId: IdSchema });

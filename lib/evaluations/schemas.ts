import { errorKey, z } from "@/lib/validation/zod";
import { MAX_COMMENT_LENGTH, MAX_VALUE_LENGTH } from "./limits";

export const SCORE_ANSWERS = ["LEVEL", "NOT_APPLICABLE", "UNKNOWN"] as const;

const IdSchema = z.string().trim().min(1).max(64);

/** Text boxes: trimmed, an empty box is stored as null. */
const optionalBox = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .optional()
    .transform((text) => (text ? text : null));

/**
 * One criterion of one rater's evaluation, as the scoring page sends it on every change: the
 * whole (small) state of the criterion, and the version of it the page last saw (0: none yet).
 * A level goes with LEVEL only: "not applicable" and "don't know" carry none, so that they
 * can never be read as a score.
 */
export const SaveScoreSchema = z
  .object({
    agendaItemId: IdSchema,
    criterionId: IdSchema,
    answer: z.enum(SCORE_ANSWERS),
    level: z
      .number()
      .int()
      .min(1, { error: errorKey("scoreLevelRange") })
      .max(5, { error: errorKey("scoreLevelRange") })
      .nullable()
      .optional(),
    value: optionalBox(MAX_VALUE_LENGTH),
    comment: optionalBox(MAX_COMMENT_LENGTH),
    expectedVersion: z.number().int().min(0),
    /** Made on the device for this one change: a retry carrying it is answered, not re-applied. */
    clientChangeId: z.uuid().optional(),
  })
  .superRefine((score, context) => {
    if (score.answer === "LEVEL" && score.level == null) {
      context.addIssue({
        code: "custom",
        path: ["level"],
        message: errorKey("scoreLevelRequired"),
      });
    }
    if (score.answer !== "LEVEL" && score.level != null) {
      context.addIssue({
        code: "custom",
        path: ["level"],
        message: errorKey("scoreLevelNotAllowed"),
      });
    }
  })
  .transform((score) => ({
    ...score,
    level: score.answer === "LEVEL" ? (score.level ?? null) : null,
  }));

export type SaveScoreInput = z.input<typeof SaveScoreSchema>;

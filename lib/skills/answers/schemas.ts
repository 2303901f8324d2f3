import { errorKey, z } from "@/lib/validation/zod";
import { CHANGE_ID_PATTERN } from "./change-id";

import { BARRIERS, NEED_TEXT_MAX, TRAINING_FORMATS } from "./options";

/**
 * A link's code as typed or scanned: spaces around it forgiven, letters in any case. The lookup
 * (link-queries.ts) compares without regard to case; anything longer than a code or with other
 * characters is simply an unknown code (and a counted attempt).
 */
export const SurveyCodeSchema = z
  .string()
  .trim()
  .min(1, { error: errorKey("required"), abort: true })
  .max(32, { error: errorKey("surveyCodeUnknown"), abort: true })
  .regex(/^[A-Za-z0-9-]+$/, { error: errorKey("surveyCodeUnknown") });

const ChangeIdSchema = z.string().regex(CHANGE_ID_PATTERN);
/**
 * The response the device made the change for: the token decides whose response is written, and
 * a change queued for an earlier response on this device (an interviewer's previous interview) is
 * refused rather than written into the next one.
 */
const ResponseIdSchema = z.string().min(1).max(64);
const Importance = z.number().int().min(1).max(5).nullable();
const Mastery = z.number().int().min(1).max(4).nullable();

/**
 * One skill's answer as it stands after the change: the whole card, not the field just touched,
 * so the last change applied is the whole answer. "Not part of my job" clears the three ratings.
 */
export const SkillChangeSchema = z
  .object({
    kind: z.literal("skill"),
    changeId: ChangeIdSchema,
    responseId: ResponseIdSchema,
    skillId: z.string().min(1).max(64),
    importanceNow: Importance,
    importanceFuture: Importance,
    mastery: Mastery,
    notPartOfJob: z.boolean(),
  })
  .refine(
    (change) =>
      !change.notPartOfJob ||
      (change.importanceNow === null &&
        change.importanceFuture === null &&
        change.mastery === null),
    { error: errorKey("surveyNotPartOfJobRated"), path: ["notPartOfJob"] },
  );

/** The questions after the skills, as they stand after the change; `submitted` ends the survey. */
export const ProfileChangeSchema = z.object({
  kind: z.literal("profile"),
  changeId: ChangeIdSchema,
  responseId: ResponseIdSchema,
  barriers: z
    .array(z.enum(BARRIERS))
    .max(BARRIERS.length)
    .transform((list) => [...new Set(list)]),
  preferredFormat: z.enum(TRAINING_FORMATS).nullable(),
  needText: z
    .string()
    .trim()
    .max(NEED_TEXT_MAX, { error: errorKey("surveyNeedTooLong") })
    .transform((text) => (text === "" ? null : text)),
  submitted: z.boolean(),
});

export const SurveyChangeSchema = z.discriminatedUnion("kind", [
  SkillChangeSchema,
  ProfileChangeSchema,
]);
export type SurveyChangeInput = z.input<typeof SurveyChangeSchema>;
export type SurveyChange = z.output<typeof SurveyChangeSchema>;
export type SkillChange = z.output<typeof SkillChangeSchema>;
export type ProfileChange = z.output<typeof ProfileChangeSchema>;

/** Consent, given on the consent page (or by the interviewer, after reading it out). */
export const StartResponseSchema = z.object({
  code: SurveyCodeSchema,
  consent: z.literal("yes", { error: errorKey("surveyConsentRequired") }),
});

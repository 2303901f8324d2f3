import { SaveScoreSchema } from "@/lib/evaluations/schemas";
import { errorKey, z } from "@/lib/validation/zod";
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from "./join-code";

const IdSchema = z.string().trim().min(1).max(64);

/**
 * What a phone sends to join: the code as read off the screen (any case, spaces or dashes
 * between groups are forgiven) and the name the room will see.
 */
export const JoinLiveSchema = z.object({
  code: z
    .string()
    .max(32)
    .transform((code) => code.replace(/[\s-]/g, "").toUpperCase())
    // One message per problem: an empty box is "required", and a code of the wrong length is not
    // also checked for its letters (each check stops the ones after it).
    .pipe(
      z
        .string()
        .min(1, { error: errorKey("required"), abort: true })
        .length(JOIN_CODE_LENGTH, { error: errorKey("liveCodeUnknown"), abort: true })
        .regex(new RegExp(`^[${JOIN_CODE_ALPHABET}]+$`), { error: errorKey("liveCodeUnknown") }),
    ),
  displayName: z.string().trim().min(1).max(40),
});
export type JoinLiveInput = z.input<typeof JoinLiveSchema>;

const action = <A extends string, S extends z.ZodRawShape>(name: A, shape: S) =>
  z.object({ sessionId: IdSchema, action: z.literal(name), ...shape });

/** Everything the facilitator's console can do, one shape per button (docs/decisions/0010). */
export const LiveControlSchema = z.discriminatedUnion("action", [
  action("start", {}),
  action("admit", { participantId: IdSchema }),
  action("admitAll", {}),
  action("remove", { participantId: IdSchema }),
  action("present", { agendaItemId: IdSchema }),
  action("openScoring", {}),
  action("closeScoring", {}),
  action("reveal", {}),
  action("secondRound", {
    criterionIds: z
      .array(IdSchema)
      .min(1, { error: errorKey("liveRoundCriteriaRequired") })
      .max(200)
      .transform((ids) => [...new Set(ids)]),
  }),
  action("agree", {
    criterionId: IdSchema,
    level: z
      .number()
      .int()
      .min(1, { error: errorKey("scoreLevelRange") })
      .max(5, { error: errorKey("scoreLevelRange") }),
  }),
  action("end", {}),
  // The console's settings: the most guests at once, and whether admitting everyone goes on
  // while scoring is open.
  action("configure", {
    guestCap: z
      .number({ error: errorKey("liveGuestCapRange") })
      .int({ error: errorKey("liveGuestCapRange") })
      .min(1, { error: errorKey("liveGuestCapRange") })
      .max(500, { error: errorKey("liveGuestCapRange") })
      .optional(),
    admitDuringScoring: z.boolean().optional(),
  }),
]);
export type LiveControlInput = z.input<typeof LiveControlSchema>;
export type LiveControl = z.output<typeof LiveControlSchema>;
export type LiveAction = LiveControl["action"];

/** A score from a live client: the scoring page's fields plus the id the device made for it. */
export const LiveScoreSchema = SaveScoreSchema.refine((score) => score.clientChangeId != null, {
  path: ["clientChangeId"],
  error: errorKey("required"),
});
export type LiveScoreInput = z.input<typeof LiveScoreSchema>;

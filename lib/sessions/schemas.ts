import { errorKey, optionalText, z } from "@/lib/validation/zod";

const Id = z.string().trim().min(1).max(64);
const Checkbox = z
  .union([z.literal("on"), z.literal("true"), z.literal("false"), z.literal("")])
  .optional()
  .transform((value) => value === "on" || value === "true");
/** A form may send one value or many under the same name. */
const IdList = z
  .union([Id, z.array(Id)])
  .optional()
  .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]));

const SessionFields = {
  title: z.string().trim().min(1).max(160),
  /** From <input type="datetime-local">, read in the installation's time zone by the caller. */
  startsAt: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { error: errorKey("invalidDateTime") }),
  countryCode: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, { error: errorKey("countryRequired") }),
  place: optionalText.pipe(z.string().max(200).optional()),
  online: Checkbox,
  organisationIds: IdList,
};

export const CreateSessionSchema = z.object({ ...SessionFields, gridId: Id });
export type CreateSessionInput = z.infer<typeof CreateSessionSchema>;

export const UpdateSessionSchema = z.object({ sessionId: Id, ...SessionFields, gridId: Id });
export type UpdateSessionInput = z.infer<typeof UpdateSessionSchema>;

export const ChangeStatusSchema = z.object({
  sessionId: Id,
  to: z.enum(["OPEN", "CLOSED", "PUBLISHED"]),
  reason: optionalText.pipe(z.string().max(1000).optional()),
});

export const AddAgendaItemSchema = z.object({ sessionId: Id, wiseId: Id });
export const AgendaItemSchema = z.object({ sessionId: Id, agendaItemId: Id });
export const MoveAgendaItemSchema = AgendaItemSchema.extend({ direction: z.enum(["up", "down"]) });

export const AddMemberSchema = z.object({
  sessionId: Id,
  email: z.email().trim().toLowerCase().max(254),
  /** Only needed when the e-mail has no account yet: the new participant's name. */
  name: optionalText.pipe(z.string().max(120).optional()),
  role: z.enum(["CO_FACILITATOR", "PARTICIPANT"]),
  canScore: Checkbox,
});

export const MemberSchema = z.object({ sessionId: Id, userId: Id });
export const SetCanScoreSchema = MemberSchema.extend({
  canScore: z.enum(["true", "false"]).transform((v) => v === "true"),
});

export const DISCUSSION_THEMES = [
  "DIGITAL_SKILLS_MANAGERS",
  "DIGITAL_SKILLS_COUNSELLORS",
  "DIGITAL_SKILLS_WORKERS",
  "SKILLS_MAPPING",
  "TRAINING_PROGRAMMES",
  "GOOD_PRACTICE",
  "SECTOR_ATTRACTIVENESS",
] as const;

/** A note is about one agenda item or one discussion theme, or the session in general. */
export const AddNoteSchema = z.object({
  sessionId: Id,
  subject: z.union([
    z.literal("GENERAL"),
    z.string().regex(/^item:[\w-]+$/),
    z.string().regex(new RegExp(`^theme:(${DISCUSSION_THEMES.join("|")})$`)),
  ]),
  body: z.string().trim().min(1).max(5000),
  isPublic: Checkbox,
});

export const NoteSchema = z.object({ sessionId: Id, noteId: Id });

import { WiseModel } from "@/lib/generated/prisma/enums";
import { errorKey, optionalText, z } from "@/lib/validation/zod";

const Id = z.string().trim().min(1).max(64);

export const DecideClassificationSchema = z.object({
  agendaItemId: Id,
  agreedModel: z.enum(WiseModel, { error: errorKey("chooseModel") }),
  /** Why the group agreed on this model; required so that a later reader understands the choice. */
  rationale: z
    .string()
    .trim()
    .min(1, { error: errorKey("rationaleRequired") })
    .max(4000),
});

export const ProposeModelSchema = z.object({
  agendaItemId: Id,
  model: z.enum(WiseModel, { error: errorKey("chooseModel") }),
  comment: optionalText.pipe(z.string().max(1000).optional()),
});

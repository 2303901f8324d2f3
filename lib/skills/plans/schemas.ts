import { z } from "@/lib/validation/zod";

const ownerRole = z.string().trim().min(1).max(120);

/** The owner roles a newly adopted plan's actions start with, per group (the reader's wording). */
export const AdoptPlanSchema = z.object({
  surveyId: z.string().min(1),
  wiseId: z.string().min(1),
  ownerENABLER: ownerRole,
  ownerSUPPORTER: ownerRole,
  ownerWORKER: ownerRole,
});

export const PLAN_ACTION_STATUSES = ["PLANNED", "IN_PROGRESS", "DONE", "DROPPED"] as const;

export const UpdatePlanActionSchema = z.object({
  actionId: z.string().min(1),
  ownerRole,
  dueDate: z
    .string()
    .trim()
    .transform((value) => (value === "" ? undefined : value))
    .pipe(z.iso.date().optional())
    .optional(),
  status: z.enum(PLAN_ACTION_STATUSES),
});

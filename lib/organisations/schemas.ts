import { errorKey, z } from "@/lib/validation/zod";

export const CreateOrganisationSchema = z.object({
  name: z.string().trim().min(1).max(160),
  countryCode: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, { error: errorKey("countryRequired") }),
});
export type CreateOrganisationInput = z.infer<typeof CreateOrganisationSchema>;

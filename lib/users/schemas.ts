import { errorKey, optionalText, z } from "@/lib/validation/zod";

export const ROLES = ["ADMIN", "FACILITATOR", "PARTNER", "PARTICIPANT"] as const;

const RoleSchema = z.enum(ROLES);
const IdSchema = z.string().trim().min(1).max(64);
const CountryCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/)
  .optional()
  .or(z.literal("").transform(() => undefined));

/** A password long enough to resist guessing; length beats composition rules (NIST 800-63B). */
export const PasswordSchema = z
  .string()
  .min(12, { error: errorKey("passwordTooShort") })
  .max(200);

const UserFields = {
  name: z.string().trim().min(1).max(120),
  role: RoleSchema,
  organisationId: IdSchema.optional().or(z.literal("").transform(() => undefined)),
  countryCode: CountryCodeSchema,
};

/** A partner reviews their country's results, so they must belong to an organisation. */
function partnersHaveAnOrganisation<T extends { role: string; organisationId?: string }>(
  value: T,
  context: z.RefinementCtx,
) {
  if (value.role === "PARTNER" && !value.organisationId) {
    context.addIssue({
      code: "custom",
      path: ["organisationId"],
      message: errorKey("partnerNeedsOrganisation"),
    });
  }
}

export const CreateUserSchema = z
  .object({
    ...UserFields,
    email: z.email().trim().toLowerCase().max(254),
    /** Empty: the user gets an invitation link and chooses their own password. */
    password: PasswordSchema.optional().or(z.literal("").transform(() => undefined)),
  })
  .superRefine(partnersHaveAnOrganisation);
export type CreateUserInput = z.infer<typeof CreateUserSchema>;

export const UpdateUserSchema = z
  .object({ userId: IdSchema, ...UserFields })
  .superRefine(partnersHaveAnOrganisation);
export type UpdateUserInput = z.infer<typeof UpdateUserSchema>;

export const SetUserActiveSchema = z.object({
  userId: IdSchema,
  active: z.enum(["true", "false"]).transform((value) => value === "true"),
});

export const CreateInvitationSchema = z.object({ userId: IdSchema });

export const EraseUserSchema = z.object({ userId: IdSchema });

export const AcceptInvitationSchema = z
  .object({
    token: z.string().trim().min(20).max(200),
    password: PasswordSchema,
    confirmPassword: z.string(),
  })
  .refine((value) => value.password === value.confirmPassword, {
    path: ["confirmPassword"],
    message: errorKey("passwordsDoNotMatch"),
  });

export const UserFilterSchema = z.object({
  role: RoleSchema.optional().catch(undefined),
  status: z.enum(["active", "inactive"]).optional().catch(undefined),
  q: optionalText.catch(undefined),
});
export type UserFilter = z.infer<typeof UserFilterSchema>;

import { z } from "@/lib/validation/zod";
import { AUDIT_TARGET_TYPES } from "./actions";

/** Free text of a filter: trimmed, empty means "not given", anything odd is simply ignored. */
const searchText = z
  .string()
  .trim()
  .max(160)
  .optional()
  .catch(undefined)
  .transform((text) => text || undefined);

/** A day as a `date` input sends it (2026-12-06), read in the app's time zone by the query. */
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((text) => !Number.isNaN(Date.parse(text)))
  .optional()
  .catch(undefined);

/** The audit page's filters, from its address: a bad value is dropped, never an error page. */
export const AuditFilterSchema = z.object({
  person: searchText,
  type: z.enum(AUDIT_TARGET_TYPES).optional().catch(undefined),
  object: searchText,
  from: day,
  to: day,
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});

export type AuditFilter = Partial<z.infer<typeof AuditFilterSchema>>;

import { TranslationLocaleSchema } from "@/lib/grids/schemas";
import { errorKey, z } from "@/lib/validation/zod";

/** A language other than English (the reference, never reviewed or corrected as a translation). */
export const LanguageSchema = TranslationLocaleSchema;

export const LANGUAGE_STATUSES = ["DRAFT", "REVIEWED"] as const;

export const SetLanguageStatusSchema = z.object({
  locale: LanguageSchema,
  status: z.enum(LANGUAGE_STATUSES),
});
export type SetLanguageStatusInput = z.infer<typeof SetLanguageStatusSchema>;

const KeySchema = z.string().trim().min(1).max(200);

export const CorrectTextSchema = z.object({
  locale: LanguageSchema,
  key: KeySchema,
  // Not trimmed: a message may end with a space before a link, as its original does.
  text: z
    .string()
    .max(2000)
    .refine((text) => text.trim() !== "", { error: errorKey("textCorrectionEmpty") }),
});
export type CorrectTextInput = z.infer<typeof CorrectTextSchema>;

export const RestoreTextSchema = z.object({ locale: LanguageSchema, key: KeySchema });

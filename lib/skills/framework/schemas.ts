import { isLocale } from "@/lib/i18n/locales";
import { errorKey, optionalText, z } from "@/lib/validation/zod";

const IdSchema = z.string().trim().min(1).max(64);

export const CreateSkillFrameworkVersionSchema = z.object({ frameworkId: IdSchema });

/** A skill's wording in one of the app's languages; an empty easy-read box removes the sentence. */
export const UpdateSkillTextSchema = z.object({
  skillId: IdSchema,
  locale: z.string().refine(isLocale, { error: errorKey("unknownLocale") }),
  name: z.string().trim().min(1).max(300),
  easyRead: optionalText.pipe(z.string().max(300).optional()),
});

import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { errorKey, z } from "@/lib/validation/zod";

export const VALUE_UNITS = ["EUR", "PERCENT", "HEADCOUNT", "TEXT"] as const;

const IdSchema = z.string().trim().min(1).max(64);
const NameSchema = z.string().trim().min(1).max(200);
const DescriptorSchema = z.string().trim().min(1).max(400);

/** Five descriptors, weakest first; the form sends five fields of the same name. */
const LevelsSchema = z.array(DescriptorSchema).length(5, { error: errorKey("gridFiveLevels") });

/** An empty choice means "no measured value"; stored as null. */
const UnitSchema = z
  .enum(VALUE_UNITS)
  .nullable()
  .optional()
  .or(z.literal("").transform(() => null))
  .transform((unit) => unit ?? null);

/**
 * A weight as typed: "1", "1.5" or "1,5" (Romanian keyboards). Between 0.1 and 10, rounded to
 * the three decimals the column keeps; a zero weight would make a criterion silently count
 * for nothing, so it is refused rather than stored.
 */
const WeightSchema = z
  .union([z.number(), z.string().trim().min(1)])
  .transform((value) => (typeof value === "number" ? value : Number(value.replace(",", "."))))
  .pipe(
    z
      .number()
      .min(0.1, { error: errorKey("gridWeightOutOfRange") })
      .max(10, { error: errorKey("gridWeightOutOfRange") }),
  )
  .transform((value) => Math.round(value * 1000) / 1000);

/** A criterion's unit, weight and English wording (English is every grid's reference text). */
const CriterionFields = {
  name: NameSchema,
  unit: UnitSchema,
  weight: WeightSchema,
  levels: LevelsSchema,
};

export const CreateGridVersionSchema = z.object({ gridId: IdSchema });

export const UpdateCriterionSchema = z.object({ criterionId: IdSchema, ...CriterionFields });
export type UpdateCriterionInput = z.infer<typeof UpdateCriterionSchema>;

export const AddCriterionSchema = z.object({
  categoryId: IdSchema,
  /** Stable across versions so that results line up; upper case, digits and underscores. */
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z][A-Z0-9_]{1,39}$/, { error: errorKey("gridCriterionCodeInvalid") }),
  ...CriterionFields,
});
export type AddCriterionInput = z.infer<typeof AddCriterionSchema>;

export const RemoveCriterionSchema = z.object({ criterionId: IdSchema });

export const UpdateCategorySchema = z.object({ categoryId: IdSchema, name: NameSchema });

/**
 * A translation of grid wording into a language other than English. Every field may be left
 * empty: an empty field shows the English text to readers (marked as such in the editor).
 */
export const TranslationLocaleSchema = z
  .string()
  .trim()
  .refine(isLocale, { error: errorKey("languageUnknown") })
  .refine((locale) => locale !== DEFAULT_LOCALE, {
    error: errorKey("languageEnglishIsReference"),
  });
const OptionalNameSchema = z.string().trim().max(200);
const OptionalDescriptorSchema = z.string().trim().max(400);

export const SetCategoryWordingSchema = z.object({
  categoryId: IdSchema,
  locale: TranslationLocaleSchema,
  name: OptionalNameSchema,
});
export type SetCategoryWordingInput = z.infer<typeof SetCategoryWordingSchema>;

export const SetCriterionWordingSchema = z.object({
  criterionId: IdSchema,
  locale: TranslationLocaleSchema,
  name: OptionalNameSchema,
  levels: z.array(OptionalDescriptorSchema).length(5, { error: errorKey("gridFiveLevels") }),
});
export type SetCriterionWordingInput = z.infer<typeof SetCriterionWordingSchema>;

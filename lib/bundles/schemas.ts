import { MAX_COMMENT_LENGTH, MAX_VALUE_LENGTH } from "@/lib/evaluations/limits";
import {
  DiscussionTheme,
  IntegrationMode,
  ScoreAnswer,
  SessionStatus,
  SupportNeedCategory,
  ValueUnit,
  WiseModel,
} from "@/lib/generated/prisma/enums";
import { errorKey, z } from "@/lib/validation/zod";
import { checkBundleConsistency } from "./consistency";

/**
 * A session bundle: one focus group's results as JSON, for another installation to import
 * (national results pooled for a European report). Everything in it is checked before anything
 * is written. Privacy is part of the format, not left to the exporter: raters are "Rater n" and
 * nothing else, WISE representatives are left out, and a count of 1-4 workers in a support-need
 * category cannot appear (it travels as "fewer than 5").
 */

export const BUNDLE_FORMAT = "wise-focus-session-bundle";
/** Version 2 carries grid wording per language (`texts`); version 1 files are still read. */
export const BUNDLE_FORMAT_VERSION = 2;
export const READABLE_FORMAT_VERSIONS: readonly number[] = [1, 2];
export const SUPPRESSED_BELOW = 5;

const Code = z.string().trim().min(1).max(64);
const Name = z.string().trim().min(1).max(200);
const OptionalText = (max: number) => z.string().max(max).nullable();
const Percent = z.number().min(0).max(100).nullable();
const Count = z.int().min(0).max(1_000_000).nullable();
const FunctionWeight = z.int().min(0).max(100).nullable();
const DateTime = z.iso.datetime({ offset: true }).transform((text) => new Date(text));
export const PSEUDONYM_PATTERN = /^Rater [1-9]\d{0,4}$/;

/** A name in one language; a bundle carries every language the grid has, English required. */
const Locale = z.string().regex(/^[a-z]{2,3}$/);
const NameTextSchema = z.object({ locale: Locale, name: z.string().trim().max(200) });
const CriterionTextSchema = NameTextSchema.extend({
  levels: z.array(z.string().max(400)).length(5),
});
const hasEnglishName = (texts: readonly { locale: string; name: string }[]) =>
  texts.some((text) => text.locale === "en" && text.name.trim() !== "");
const withEnglish = <T extends z.ZodType<{ locale: string; name: string }>>(text: T) =>
  z
    .array(text)
    .min(1)
    .max(50)
    .refine(hasEnglishName, { error: errorKey("bundleGridEnglishMissing") })
    .refine((texts) => new Set(texts.map((t) => t.locale)).size === texts.length, {
      error: errorKey("bundleGridLanguageTwice"),
    });

const CriterionFields = {
  code: Code,
  position: z.int().min(0),
  unit: z.enum(ValueUnit).nullable(),
  // Decimal(6, 3) in the database.
  weight: z.number().min(0).max(999.999),
};
const CriterionSchema = z.object({ ...CriterionFields, texts: withEnglish(CriterionTextSchema) });

/** Format version 1 had one field per language (English and Romanian): still read, never written. */
const LegacyCriterionSchema = z
  .object({
    ...CriterionFields,
    nameEn: Name,
    nameRo: Name,
    levelsEn: z.array(z.string().max(400)).length(5),
    levelsRo: z.array(z.string().max(400)).length(5),
  })
  .transform(({ nameEn, nameRo, levelsEn, levelsRo, ...criterion }) => ({
    ...criterion,
    texts: [
      { locale: "en", name: nameEn, levels: levelsEn },
      { locale: "ro", name: nameRo, levels: levelsRo },
    ],
  }));

const CategoryFields = { code: Code, position: z.int().min(0) };
const CategorySchema = z.object({
  ...CategoryFields,
  texts: withEnglish(NameTextSchema),
  criteria: z.array(z.union([CriterionSchema, LegacyCriterionSchema])).min(1),
});
const LegacyCategorySchema = z
  .object({
    ...CategoryFields,
    nameEn: Name,
    nameRo: Name,
    criteria: z.array(z.union([CriterionSchema, LegacyCriterionSchema])).min(1),
  })
  .transform(({ nameEn, nameRo, ...category }) => ({
    ...category,
    texts: [
      { locale: "en", name: nameEn },
      { locale: "ro", name: nameRo },
    ],
  }));

export const BundleGridSchema = z.object({
  name: Name,
  version: z.int().min(1),
  categories: z.array(z.union([CategorySchema, LegacyCategorySchema])).min(1),
});

/**
 * An exact count (0, or 5 and more), a small group whose size is not given, or a count withheld
 * so that a small group beside it cannot be worked out (lib/wises/support-need-suppression.ts).
 */
const SupportNeedCountSchema = z.union([
  z.object({
    category: z.enum(SupportNeedCategory),
    count: z
      .int()
      .min(0)
      .refine((count) => count === 0 || count >= SUPPRESSED_BELOW, {
        error: errorKey("bundleSmallCountDisclosed"),
      }),
  }),
  z.object({
    category: z.enum(SupportNeedCategory),
    fewerThan: z.literal(SUPPRESSED_BELOW),
  }),
  z.object({ category: z.enum(SupportNeedCategory), withheld: z.literal(true) }),
]);

const WiseSchema = z.object({
  /** The WISE's key inside this file, which scores, classifications and notes refer to. */
  ref: Code,
  position: z.int().min(1),
  name: Name,
  countryCode: z.string().regex(/^[A-Z]{2}$/),
  legalForm: OptionalText(200),
  region: OptionalText(200),
  yearFounded: z.int().min(1800).max(2200).nullable(),
  sectors: z.array(z.string().max(100)).max(50),
  website: OptionalText(500),
  description: OptionalText(5000),
  totalEmployees: Count,
  supportNeedWorkers: Count,
  supportNeedWorkingTimePct: Percent,
  integrationMode: z.enum(IntegrationMode).nullable(),
  productionWeight: FunctionWeight,
  trainingWeight: FunctionWeight,
  socialSupportWeight: FunctionWeight,
  placementWeight: FunctionWeight,
  salesRevenuePct: Percent,
  publicContractsRevenuePct: Percent,
  subsidiesRevenuePct: Percent,
  donationsRevenuePct: Percent,
  supportNeedCounts: z.array(SupportNeedCountSchema).max(12),
});

const ScoreSchema = z.object({
  wise: Code,
  rater: z.string().regex(PSEUDONYM_PATTERN, { error: errorKey("bundleRaterNotPseudonym") }),
  category: Code,
  criterion: Code,
  answer: z.enum(ScoreAnswer),
  level: z
    .int()
    .min(1, { error: errorKey("scoreLevelRange") })
    .max(5, { error: errorKey("scoreLevelRange") })
    .nullable(),
  value: OptionalText(MAX_VALUE_LENGTH),
  comment: OptionalText(MAX_COMMENT_LENGTH),
});

const ClassificationSchema = z.object({
  wise: Code,
  /** Null when the rules suggested no model (a tie, or not enough information). */
  suggestedModel: z.enum(WiseModel).nullable(),
  /** The reasons and closeness of every model when it was suggested (lib/classification/rules). */
  suggestion: z.json(),
  agreedModel: z.enum(WiseModel).nullable(),
  rationale: OptionalText(4000),
  decidedAt: DateTime.nullable(),
});

const NoteSchema = z.object({
  wise: Code.nullable(),
  theme: z.enum(DiscussionTheme).nullable(),
  body: z.string().trim().min(1).max(5000),
  isPublic: z.boolean(),
  createdAt: DateTime,
});

export const BundleSchema = z
  .object({
    format: z.literal(BUNDLE_FORMAT, { error: errorKey("bundleNotABundle") }),
    formatVersion: z.union([z.literal(1), z.literal(BUNDLE_FORMAT_VERSION)], {
      error: errorKey("bundleFormatVersion"),
    }),
    bundleKey: z.string().trim().min(1).max(100),
    /**
     * Where the session was held: the exporting installation's id and the session's id there
     * (the bundleKey). Files written before origins were carried have none.
     */
    origin: z
      .object({
        installationId: z.string().trim().min(1).max(100),
        sessionId: z.string().trim().min(1).max(100),
      })
      .optional(),
    exportedAt: DateTime,
    session: z.object({
      title: Name,
      startsAt: DateTime,
      countryCode: z.string().regex(/^[A-Z]{2}$/),
      place: OptionalText(200),
      online: z.boolean(),
      status: z.enum(SessionStatus),
    }),
    grid: BundleGridSchema,
    wises: z.array(WiseSchema).max(500),
    raters: z
      .array(z.string().regex(PSEUDONYM_PATTERN, { error: errorKey("bundleRaterNotPseudonym") }))
      .max(10_000),
    scores: z.array(ScoreSchema).max(500_000),
    classifications: z.array(ClassificationSchema).max(500),
    notes: z.array(NoteSchema).max(10_000),
  })
  .superRefine(checkBundleConsistency);

/** A bundle as written (dates as ISO text). */
export type BundleInput = z.input<typeof BundleSchema>;
/** A bundle once checked (dates as Date). */
export type Bundle = z.output<typeof BundleSchema>;
export type BundleGrid = z.output<typeof BundleGridSchema>;
export type BundleWise = Bundle["wises"][number];

const ChangesSchema = z.object({
  added: z.int().min(0),
  updated: z.int().min(0),
  removed: z.int().min(0),
});

/** The import's report as the import page reads it back from its address. */
export const ImportReportSchema = z.object({
  outcome: z.enum(["imported", "updated", "own"]),
  changes: z.object({ wises: ChangesSchema, scores: ChangesSchema, notes: ChangesSchema }),
  gridCreated: z.object({ name: z.string().max(200), version: z.int().min(1) }).nullable(),
});
export type ImportReport = z.infer<typeof ImportReportSchema>;

/** The report from the page's `report` parameter; null when missing or not a report. */
export function parseImportReport(text: string | undefined): ImportReport | null {
  if (!text) return null;
  try {
    const parsed = ImportReportSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

import { LOCALES } from "@/lib/i18n/locales";
import { errorKey, optionalText, z } from "@/lib/validation/zod";
import { CHAPTER_ORDER } from "./chapters";

/** Longest narrative one chapter may hold (characters): a long chapter, not a book. */
export const NARRATIVE_MAX = 50_000;

/**
 * A new report: `coverage` is "EUROPE" (the European report) or a country's code (that country's
 * report), one field so that a form cannot send a country with the European scope.
 */
export const CreateReportSchema = z.object({
  title: z.string().trim().min(1).max(200),
  locale: z.enum(LOCALES, { error: errorKey("required") }),
  coverage: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^(EUROPE|[A-Z]{2})$/, { error: errorKey("countryRequired") })
    .transform((coverage) =>
      coverage === "EUROPE"
        ? { scope: "EUROPE" as const, countryCode: null }
        : { scope: "COUNTRY" as const, countryCode: coverage },
    ),
});
export type CreateReportInput = z.infer<typeof CreateReportSchema>;

/** A chapter's text as last read by the writer (`version` 0: none had been saved). */
export const SaveNarrativeSchema = z.object({
  reportId: z.string().trim().min(1).max(64),
  chapterKey: z.enum(CHAPTER_ORDER as [string, ...string[]], { error: errorKey("chapterUnknown") }),
  body: z.string().max(NARRATIVE_MAX),
  version: z.coerce.number().int().min(0).max(1_000_000),
});
export type SaveNarrativeInput = z.infer<typeof SaveNarrativeSchema>;

export const ReleaseReportSchema = z.object({
  reportId: z.string().trim().min(1).max(64),
  note: optionalText.pipe(z.string().max(500).optional()),
});
export type ReleaseReportInput = z.infer<typeof ReleaseReportSchema>;

import { WISE_MODELS } from "@/lib/classification/models";
import {
  CaseStudySection,
  SkillArea,
  StaffGroup,
  type WiseModel,
} from "@/lib/generated/prisma/enums";
import { LOCALES } from "@/lib/i18n/locales";
import { errorKey, z } from "@/lib/validation/zod";

export const STAFF_GROUP_TAGS = Object.values(StaffGroup);
export const SKILL_AREA_TAGS = Object.values(SkillArea);
export const CASE_STUDY_SECTIONS = Object.values(CaseStudySection);

/** Ticked boxes of one name: none (absent), one (a string) or several (an array); no repeats. */
const tags = <T extends string>(values: readonly [T, ...T[]]) =>
  z.preprocess(
    (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
    z
      .array(z.enum(values))
      .max(values.length)
      .transform((list) => [...new Set(list)]),
  );

const text = (max: number) => z.string().trim().min(1).max(max);

/** The short structure every good practice has, whatever it was drawn from. */
export const GoodPracticeFieldsSchema = z.object({
  title: text(200),
  need: text(4000),
  practice: text(8000),
  results: text(4000),
  transfer: text(4000),
  digitalTools: z.string().trim().max(2000).default(""),
  locale: z.enum(LOCALES, { error: errorKey("required") }),
  models: tags(WISE_MODELS as [WiseModel, ...WiseModel[]]),
  staffGroups: tags(STAFF_GROUP_TAGS as [StaffGroup, ...StaffGroup[]]),
  skillAreas: tags(SKILL_AREA_TAGS as [SkillArea, ...SkillArea[]]),
});
export type GoodPracticeFields = z.infer<typeof GoodPracticeFieldsSchema>;

const id = z.string().trim().min(1).max(64);

/**
 * Marking: the source is a public focus-group note, or one section of a case study. Exactly one
 * of the two; the country, the WISE and the source's text are read from the source itself.
 */
export const CreateGoodPracticeSchema = GoodPracticeFieldsSchema.extend({
  sessionNoteId: id.optional(),
  caseStudyId: id.optional(),
  caseStudySection: z.enum(CASE_STUDY_SECTIONS).optional(),
}).superRefine((input, context) => {
  const fromNote = input.sessionNoteId !== undefined;
  const fromStudy = input.caseStudyId !== undefined;
  if (fromNote === fromStudy) {
    context.addIssue({ code: "custom", path: ["form"], message: errorKey("goodPracticeSource") });
  }
  if (fromStudy && input.caseStudySection === undefined) {
    context.addIssue({ code: "custom", path: ["caseStudySection"], message: errorKey("required") });
  }
});
export type CreateGoodPracticeInput = z.infer<typeof CreateGoodPracticeSchema>;

/** An edit names the version it was made from: a newer one saved meanwhile is a conflict. */
export const UpdateGoodPracticeSchema = GoodPracticeFieldsSchema.extend({
  goodPracticeId: id,
  version: z.coerce.number().int().min(1).max(2_147_483_647),
});

export const PublishGoodPracticeSchema = z.object({
  goodPracticeId: id,
  publish: z.enum(["true", "false"]).transform((value) => value === "true"),
});

/** The library's search and filters, from the address's search parameters (so results link). */
export const LibraryFilterSchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  model: z
    .enum(WISE_MODELS as [WiseModel, ...WiseModel[]])
    .optional()
    .catch(undefined),
  group: z
    .enum(STAFF_GROUP_TAGS as [StaffGroup, ...StaffGroup[]])
    .optional()
    .catch(undefined),
  area: z
    .enum(SKILL_AREA_TAGS as [SkillArea, ...SkillArea[]])
    .optional()
    .catch(undefined),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/)
    .optional()
    .catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
export type LibraryFilter = z.infer<typeof LibraryFilterSchema>;

/** The first value of each search parameter (a repeated one counts once), for the schema above. */
export function parseLibraryFilter(params: Record<string, string | string[] | undefined>) {
  const first = Object.fromEntries(
    Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
  );
  const filter = LibraryFilterSchema.parse(first);
  return { ...filter, q: filter.q === "" ? undefined : filter.q };
}

export const LIBRARY_PAGE_SIZE = 20;

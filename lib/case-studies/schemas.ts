import { ConsentMethod, QuoteSpeaker } from "@/lib/generated/prisma/enums";
import { LOCALES } from "@/lib/i18n/locales";
import { errorKey, optionalText, z } from "@/lib/validation/zod";
import { containsContactDetails } from "./consent";
import { REVIEWER_STEPS, SECTION_FIELDS, SECTION_MAX_LENGTH, stepNeedsBody } from "./rules";

const Id = z.string().trim().min(1).max(64);
/** The version the form was loaded with: a save naming an older one is refused as a conflict. */
const Version = z.coerce.number().int().min(1).max(1_000_000_000);
const Section = z.string().max(SECTION_MAX_LENGTH);

export const CreateCaseStudySchema = z.object({
  wiseId: Id,
  locale: z.enum(LOCALES),
});
export type CreateCaseStudyInput = z.infer<typeof CreateCaseStudySchema>;

export const SaveSectionsSchema = z.object({
  caseStudyId: Id,
  version: Version,
  ...(Object.fromEntries(SECTION_FIELDS.map((field) => [field, Section])) as Record<
    (typeof SECTION_FIELDS)[number],
    typeof Section
  >),
});
export type SaveSectionsInput = z.infer<typeof SaveSectionsSchema>;

const Day = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: errorKey("invalidDate") })
  .refine((day) => !Number.isNaN(Date.parse(`${day}T12:00:00Z`)), {
    error: errorKey("invalidDate"),
  });

/** A quote: what was said, by whom (a role, never a name), and the consent to quote it. */
export const AddQuoteSchema = z.object({
  caseStudyId: Id,
  text: z
    .string()
    .trim()
    .min(1)
    .max(2000)
    .refine((text) => !containsContactDetails(text), {
      error: errorKey("quoteContactDetails"),
    }),
  speaker: z.enum(Object.values(QuoteSpeaker) as [QuoteSpeaker, ...QuoteSpeaker[]], {
    error: errorKey("required"),
  }),
  consentMethod: z.enum(Object.values(ConsentMethod) as [ConsentMethod, ...ConsentMethod[]], {
    error: errorKey("quoteConsentMethodRequired"),
  }),
  consentGivenOn: Day,
});
export type AddQuoteInput = z.infer<typeof AddQuoteSchema>;

/** A quote of a study: removing one or recording its withdrawn consent overwrites nothing. */
export const QuoteRefSchema = z.object({ caseStudyId: Id, quoteId: Id });

export const SubmitCaseStudySchema = z.object({ caseStudyId: Id, version: Version });

export const ReviewCaseStudySchema = z
  .object({
    caseStudyId: Id,
    step: z.enum(REVIEWER_STEPS),
    body: optionalText.pipe(z.string().max(5000).optional()),
    /** The version the reviewer read: a step about text that changed since is refused. */
    version: Version,
  })
  .superRefine((input, context) => {
    if (stepNeedsBody(input.step) && !input.body) {
      context.addIssue({ code: "custom", path: ["body"], message: errorKey("reviewBodyRequired") });
    }
  });
export type ReviewCaseStudyInput = z.infer<typeof ReviewCaseStudySchema>;

export const ReplyCaseStudySchema = z.object({
  caseStudyId: Id,
  body: z.string().trim().min(1).max(5000),
});

import { WISE_MODELS } from "@/lib/classification/models";
import { z } from "@/lib/validation/zod";
import { THRESHOLD_OUTCOMES, THRESHOLD_RULE_IDS } from "@/lib/wises/threshold-rules";

/**
 * The dashboard's filters, from the query string; a bad value is dropped rather than failing
 * the page. `model=NONE` asks for WISEs whose model the group has not agreed yet.
 */
export const ResultsFilterSchema = z.object({
  country: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/)
    .optional()
    .catch(undefined),
  model: z
    .enum([...WISE_MODELS, "NONE"])
    .optional()
    .catch(undefined),
  region: z
    .string()
    .trim()
    .max(120)
    .optional()
    .catch(undefined)
    .transform((region) => region || undefined),
  check: z.enum(THRESHOLD_RULE_IDS).optional().catch(undefined),
  outcome: z.enum(THRESHOLD_OUTCOMES).optional().catch(undefined),
});

/** Every filter is optional: code that builds one (a test, the benchmark) names only those it sets. */
export type ResultsFilter = Partial<z.infer<typeof ResultsFilterSchema>>;

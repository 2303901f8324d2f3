import { WISE_MODELS } from "@/lib/classification/models";
import { z } from "@/lib/validation/zod";
import { SIZE_BANDS, STAFF_GROUPS } from "./rules";

export const HEATMAP_ROWS = ["group", "model", "country"] as const;
export type HeatmapRows = (typeof HEATMAP_ROWS)[number];

export const ANSWER_MODES = ["SELF", "EASY_READ", "INTERVIEWER"] as const;

/**
 * The gap map's cuts, from the query string; a bad value is dropped rather than failing the page.
 * `country=EU` (admins) asks for Europe: every country pooled. `model=NONE`: WISEs whose model
 * no focus group has agreed yet.
 */
export const GapFilterSchema = z.object({
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
  size: z.enum(SIZE_BANDS).optional().catch(undefined),
  mode: z.enum(ANSWER_MODES).optional().catch(undefined),
  group: z.enum(STAFF_GROUPS).optional().catch(undefined),
  rows: z.enum(HEATMAP_ROWS).optional().catch(undefined),
});

export type GapFilter = Partial<z.infer<typeof GapFilterSchema>> & {
  /** One survey's answers (its gap map), one WISE's (its plan). */
  surveyId?: string;
  wiseId?: string;
};

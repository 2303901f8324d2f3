import type { ScoreAnswer } from "@/lib/generated/prisma/enums";

/** A criterion's saved state as the scoring page and the phone show it. */
export type SavedScore = {
  criterionId: string;
  answer: ScoreAnswer;
  level: number | null;
  value: string | null;
  comment: string | null;
  version: number;
};

/** The Prisma select that reads a Score as a SavedScore. */
export const SAVED_SCORE_SELECT = {
  criterionId: true,
  answer: true,
  level: true,
  value: true,
  comment: true,
  version: true,
} as const;

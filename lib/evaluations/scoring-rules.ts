/**
 * How one rater's answers become category and overall scores. Pure: no Prisma, no Next, so
 * the scoring page (in the browser, as the rater answers), the session pages and the results
 * all compute the same numbers the same way.
 *
 * Two counts are kept apart on purpose:
 * - `ratedCount`: criteria answered with a level 1-5. Only these enter the mean.
 * - `answeredCount`: criteria with any answer, "not applicable" and "don't know" included.
 *   This is progress: the rater has dealt with the criterion, even if it adds nothing to the mean.
 * "Not applicable" and "don't know" are never a zero: counting them as zero would punish a WISE
 * for a question that does not fit it or that nobody could answer during the session.
 */

export type ScoreAnswerKind = "LEVEL" | "NOT_APPLICABLE" | "UNKNOWN";

export type AnswerForScoring = {
  criterionId: string;
  answer: ScoreAnswerKind;
  /** 1-5 with LEVEL, null otherwise. */
  level: number | null;
};

export type CriterionForScoring = { id: string; weight: number };
export type CategoryForScoring = { id: string; criteria: readonly CriterionForScoring[] };

export type ScoreSummary = {
  /** Weighted mean of the levels given, between 1 and 5; null when no criterion has a level. */
  score: number | null;
  /** Criteria answered with a level: the ones the score is the mean of. */
  ratedCount: number;
  /** Criteria with any answer, including "not applicable" and "don't know": progress. */
  answeredCount: number;
  /** Criteria in the category, or in the whole grid for the overall summary. */
  criterionCount: number;
};

export type CategoryScore = ScoreSummary & { categoryId: string };

export type EvaluationScores = {
  categories: CategoryScore[];
  /**
   * The weighted mean over every rated criterion of the grid, not the mean of the category
   * means. Pooling criteria keeps each criterion's weight meaning the same thing everywhere,
   * and stops a category in which a single criterion was rated (the others "not applicable")
   * from counting as much as a category rated in full. The price: categories with more
   * criteria (job integration has 8, public policies 4) weigh more in the overall score, as
   * they do in the grid itself. Category scores are shown beside it, so nothing is hidden.
   */
  overall: ScoreSummary;
};

export const MIN_LEVEL = 1;
export const MAX_LEVEL = 5;

export function isValidLevel(level: unknown): level is number {
  return (
    typeof level === "number" && Number.isInteger(level) && level >= MIN_LEVEL && level <= MAX_LEVEL
  );
}

/** A level that enters the mean, or null for "not applicable", "don't know" and malformed rows. */
export function ratedLevel(answer: Pick<AnswerForScoring, "answer" | "level">): number | null {
  return answer.answer === "LEVEL" && isValidLevel(answer.level) ? answer.level : null;
}

/** Whether the rater has dealt with the criterion, for progress. */
export function isAnswered(answer: Pick<AnswerForScoring, "answer" | "level">): boolean {
  return answer.answer !== "LEVEL" || ratedLevel(answer) !== null;
}

/** Σ(weight × level) / Σ(weight); null when nothing is rated or the weights add up to nothing. */
export function weightedMean(items: readonly { weight: number; level: number }[]): number | null {
  let weightedSum = 0;
  let totalWeight = 0;
  for (const { weight, level } of items) {
    if (!(weight > 0)) continue;
    weightedSum += weight * level;
    totalWeight += weight;
  }
  return totalWeight > 0 ? weightedSum / totalWeight : null;
}

function summarise(
  criteria: readonly CriterionForScoring[],
  answersByCriterion: ReadonlyMap<string, AnswerForScoring>,
): ScoreSummary {
  const rated: { weight: number; level: number }[] = [];
  let answeredCount = 0;
  for (const criterion of criteria) {
    const answer = answersByCriterion.get(criterion.id);
    if (!answer || !isAnswered(answer)) continue;
    answeredCount += 1;
    const level = ratedLevel(answer);
    if (level !== null) rated.push({ weight: criterion.weight, level });
  }
  return {
    score: weightedMean(rated),
    ratedCount: rated.length,
    answeredCount,
    criterionCount: criteria.length,
  };
}

/**
 * Category and overall scores of one rater's answers. Answers to criteria that are not in
 * `categories` (another grid version) are ignored rather than trusted.
 */
export function scoreEvaluation(
  categories: readonly CategoryForScoring[],
  answers: readonly AnswerForScoring[],
): EvaluationScores {
  const answersByCriterion = new Map(answers.map((answer) => [answer.criterionId, answer]));
  return {
    categories: categories.map((category) => ({
      categoryId: category.id,
      ...summarise(category.criteria, answersByCriterion),
    })),
    overall: summarise(
      categories.flatMap((category) => category.criteria),
      answersByCriterion,
    ),
  };
}

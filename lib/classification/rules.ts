import type { IntegrationMode, WiseModel } from "@/lib/generated/prisma/enums";
import { WISE_MODELS } from "./models";
import { functionReasons, modeReasons, type Reason, revenueReasons, type Weights } from "./points";
import {
  FUNCTION_WEIGHT_FACTS,
  INTEGRATION_MODES,
  PROFILE_FACTS,
  type ProfileFact,
} from "./profile-facts";

export type { Reason } from "./points";
export type { ProfileFact } from "./profile-facts";

/**
 * Suggests which of the five WISE models a profile fits, with every point's reason and how close
 * every model came; or says that it cannot tell. The facilitator decides; this only proposes.
 *
 * Each model earns points (0-100) from the profile facts that characterise it (docs/domain.md):
 *
 * | model               | function share (60)        | integration mode (20)      | revenue (20)               |
 * | ------------------- | -------------------------- | -------------------------- | -------------------------- |
 * | PRODUCTIVE          | production                 | permanent 20, mixed 10     | market sales share         |
 * | VOCATIONAL_TRAINING | training                   | transitional 20, mixed 10  | public contracts+subsidies |
 * | SOCIAL_ENTERPRISE   | social support             | permanent 20, mixed 10     | subsidies + donations      |
 * | PLACEMENT           | job placement              | transitional 20, mixed 10  | not producing (1 - prod.)  |
 * | ONE_STOP_SHOP       | balance of production,     | mixed 20, other 10         | 20 when at least three     |
 * |                     | training and social support|                            | functions are performed    |
 *
 * A missing fact is never taken as zero. Each model gets a worst and a best case over every
 * value the missing facts could take (a weight 0-100, any mode, revenue shares up to what is
 * left of 100%). `points` is the worst case, each of its points with a reason; `best` the best.
 * "Enough information" (decision 0004): one model's worst case beats every other model's best
 * case by at least half a point, so no value of the missing facts could change the answer.
 * Otherwise there is no suggestion: a "tie" when every fact is known (models within half a point),
 * "not enough information" when facts are missing, with the missing facts named.
 */
export type ClassificationProfile = {
  productionWeight: number | null;
  trainingWeight: number | null;
  socialSupportWeight: number | null;
  placementWeight: number | null;
  integrationMode: IntegrationMode | null;
  salesRevenuePct: number | null;
  publicContractsRevenuePct: number | null;
  subsidiesRevenuePct: number | null;
  donationsRevenuePct: number | null;
};

export type ModelCloseness = {
  model: WiseModel;
  /** Points earned whatever the missing facts are: the sum of the reasons' points. */
  points: number;
  /** Points if every missing fact were as favourable to this model as it could be. */
  best: number;
  reasons: Reason[];
};

export type SuggestionOutcome = "suggested" | "tie" | "notEnoughInformation";

export type Suggestion = {
  outcome: SuggestionOutcome;
  /** The suggested model; null on a tie or when the profile cannot separate the models. */
  model: WiseModel | null;
  /** Every model, best first, with its points and why. */
  ranking: ModelCloseness[];
  /** The models too close to call (every fact known), or null. */
  tie: WiseModel[] | null;
  /** The models that could still come first, given what is missing (the suggested one alone when suggested). */
  contenders: WiseModel[];
  /** Facts not given, named as the WISE form names them. */
  missing: ProfileFact[];
};

export const TIE_MARGIN = 0.5;

const tenth = (value: number) => Math.round(value * 10) / 10;
const sumPoints = (reasons: readonly Reason[]) =>
  tenth(reasons.reduce((sum, reason) => sum + reason.points, 0));

const WEIGHT_OF_FACT = {
  productionWeight: "production",
  trainingWeight: "training",
  socialSupportWeight: "socialSupport",
  placementWeight: "placement",
} as const satisfies Record<(typeof FUNCTION_WEIGHT_FACTS)[number], keyof Weights>;

/**
 * Every way the missing weights could be filled in that matters for the extremes: 0, 100 and
 * the weights given. The single-function shares and the placement formula are monotone in each
 * weight, so their extremes are at 0 or 100; the one-stop-shop's balance peaks where a missing
 * weight equals the smallest given one, which is among the weights given.
 */
function weightCompletions(profile: ClassificationProfile): Weights[] {
  const given = FUNCTION_WEIGHT_FACTS.map((fact) => profile[fact]).filter(
    (w): w is number => w !== null,
  );
  const candidates = [...new Set([0, 100, ...given])];
  let completions: Weights[] = [{ production: 0, training: 0, socialSupport: 0, placement: 0 }];
  for (const fact of FUNCTION_WEIGHT_FACTS) {
    const known = profile[fact];
    const values = known === null ? candidates : [known];
    completions = completions.flatMap((partial) =>
      values.map((value) => ({ ...partial, [WEIGHT_OF_FACT[fact]]: value })),
    );
  }
  return completions;
}

/** The worst case's reasons and the best case's points over a list of possible completions. */
function extremes(options: readonly Reason[][], uncertain: boolean) {
  const scored = options.map((reasons) => ({ reasons, points: sumPoints(reasons) }));
  const worst = scored.reduce((a, b) => (b.points < a.points ? b : a));
  const best = scored.reduce((a, b) => (b.points > a.points ? b : a));
  return {
    worst: uncertain ? worst.reasons.map((r) => ({ ...r, worstCase: true })) : worst.reasons,
    best: best.points,
  };
}

function closeness(
  model: WiseModel,
  profile: ClassificationProfile,
  completions: readonly Weights[],
): ModelCloseness {
  const functions = extremes(
    completions.map((weights) => functionReasons(model, weights)),
    completions.length > 1,
  );
  const modes = profile.integrationMode ? [profile.integrationMode] : INTEGRATION_MODES;
  const mode = extremes(
    modes.map((m) => modeReasons(model, m)),
    modes.length > 1,
  );
  const revenue = revenueReasons(model, {
    sales: profile.salesRevenuePct,
    publicContracts: profile.publicContractsRevenuePct,
    subsidies: profile.subsidiesRevenuePct,
    donations: profile.donationsRevenuePct,
  });
  const reasons = [...functions.worst, ...mode.worst, ...revenue.worst];
  return {
    model,
    points: sumPoints(reasons),
    best: tenth(functions.best + mode.best + revenue.best),
    reasons,
  };
}

export function missingFacts(profile: ClassificationProfile): ProfileFact[] {
  return PROFILE_FACTS.filter((fact) => profile[fact] === null);
}

/**
 * The outcome of a suggestion stored with a decision: a stored model was suggested; otherwise
 * the stored JSON says whether it was a tie (older rows without it lacked the facts).
 */
export function storedOutcome(
  suggestedModel: WiseModel | null,
  stored: unknown,
): SuggestionOutcome {
  if (suggestedModel) return "suggested";
  const outcome = (stored as { outcome?: unknown } | null)?.outcome;
  return outcome === "tie" ? "tie" : "notEnoughInformation";
}

export function suggestModel(profile: ClassificationProfile): Suggestion {
  const completions = weightCompletions(profile);
  const ranking = WISE_MODELS.map((model) => closeness(model, profile, completions)).sort(
    (a, b) =>
      b.points - a.points ||
      b.best - a.best ||
      WISE_MODELS.indexOf(a.model) - WISE_MODELS.indexOf(b.model),
  );
  const missing = missingFacts(profile);
  const [leader, ...others] = ranking;
  if (others.every((other) => leader.points - other.best >= TIE_MARGIN)) {
    return {
      outcome: "suggested",
      model: leader.model,
      ranking,
      tie: null,
      contenders: [leader.model],
      missing,
    };
  }
  // Could still come first (or tie for first) for some value of the missing facts.
  const contenders = ranking
    .filter((entry) => entry.best > leader.points - TIE_MARGIN)
    .map((entry) => entry.model);
  if (missing.length === 0) {
    return { outcome: "tie", model: null, ranking, tie: contenders, contenders, missing };
  }
  return { outcome: "notEnoughInformation", model: null, ranking, tie: null, contenders, missing };
}

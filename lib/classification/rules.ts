import { assertNever } from "@/lib/assert-never";
import type { IntegrationMode, WiseModel } from "@/lib/generated/prisma/enums";
import { WISE_MODELS } from "./models";

/**
 * Suggests which of the five WISE models a profile fits, with the reasons in plain words and how
 * close every model came. The facilitator decides; this only proposes.
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
 * "Function share" is the function's weight over the sum of all four weights; for the one-stop
 * shop it is three times the smallest of the three shares (1 when perfectly balanced). Revenue
 * points are the relevant share of income (0-1) times 20. Missing facts earn no points and are
 * listed, so a thin profile shows as such rather than as a confident answer.
 *
 * Ties (within half a point) are reported; the suggestion then follows the order of the models
 * in docs/domain.md (the European sub-models first), and the facilitator is told to decide.
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

/** A reason as a message key and its values, so the UI words it in the reader's language. */
export type Reason = { key: string; values?: Record<string, number | string> };

export type ModelCloseness = { model: WiseModel; points: number; reasons: Reason[] };

export type Suggestion = {
  model: WiseModel;
  /** Every model, best first, with its points and why. */
  ranking: ModelCloseness[];
  tie: WiseModel[] | null;
  missing: string[];
};

const TIE_MARGIN = 0.5;

type Shares = { production: number; training: number; socialSupport: number; placement: number };

function functionShares(profile: ClassificationProfile): Shares | null {
  const weights = {
    production: profile.productionWeight ?? 0,
    training: profile.trainingWeight ?? 0,
    socialSupport: profile.socialSupportWeight ?? 0,
    placement: profile.placementWeight ?? 0,
  };
  const total = weights.production + weights.training + weights.socialSupport + weights.placement;
  if (total <= 0) return null;
  return {
    production: weights.production / total,
    training: weights.training / total,
    socialSupport: weights.socialSupport / total,
    placement: weights.placement / total,
  };
}

const pct = (share: number) => Math.round(share * 100);
const fraction = (value: number | null) => (value ?? 0) / 100;

function modePoints(
  mode: IntegrationMode | null,
  preferred: IntegrationMode,
): { points: number; reason?: Reason } {
  if (!mode) return { points: 0 };
  if (mode === preferred) return { points: 20, reason: { key: `mode.${mode}` } };
  if (mode === "MIXED") return { points: 10, reason: { key: "mode.MIXED" } };
  return { points: 0 };
}

function score(
  model: WiseModel,
  profile: ClassificationProfile,
  shares: Shares | null,
): ModelCloseness {
  const reasons: Reason[] = [];
  let points = 0;
  const addFunction = (share: number, key: string) => {
    points += 60 * share;
    if (share > 0) reasons.push({ key, values: { share: pct(share) } });
  };
  const addRevenue = (share: number, key: string) => {
    points += 20 * Math.min(1, share);
    if (share > 0) reasons.push({ key, values: { share: pct(share) } });
  };
  const addMode = (preferred: IntegrationMode) => {
    const mode = modePoints(profile.integrationMode, preferred);
    points += mode.points;
    if (mode.reason) reasons.push(mode.reason);
  };

  switch (model) {
    case "PRODUCTIVE":
      if (shares) addFunction(shares.production, "function.production");
      addMode("PERMANENT");
      addRevenue(fraction(profile.salesRevenuePct), "revenue.sales");
      break;
    case "VOCATIONAL_TRAINING":
      if (shares) addFunction(shares.training, "function.training");
      addMode("TRANSITIONAL");
      addRevenue(
        fraction(profile.publicContractsRevenuePct) + fraction(profile.subsidiesRevenuePct),
        "revenue.public",
      );
      break;
    case "SOCIAL_ENTERPRISE":
      if (shares) addFunction(shares.socialSupport, "function.socialSupport");
      addMode("PERMANENT");
      addRevenue(
        fraction(profile.subsidiesRevenuePct) + fraction(profile.donationsRevenuePct),
        "revenue.grants",
      );
      break;
    case "PLACEMENT":
      if (shares) {
        addFunction(shares.placement, "function.placement");
        points += 20 * (1 - shares.production);
        if (shares.production < 0.25)
          reasons.push({
            key: "function.littleProduction",
            values: { share: pct(shares.production) },
          });
      }
      addMode("TRANSITIONAL");
      break;
    case "ONE_STOP_SHOP":
      if (shares) {
        const balance = Math.min(
          1,
          3 * Math.min(shares.production, shares.training, shares.socialSupport),
        );
        points += 60 * balance;
        if (balance > 0)
          reasons.push({ key: "function.integrated", values: { share: pct(balance) } });
        const performed = [
          shares.production,
          shares.training,
          shares.socialSupport,
          shares.placement,
        ].filter((s) => s > 0).length;
        if (performed >= 3) {
          points += 20;
          reasons.push({ key: "function.manyFunctions", values: { count: performed } });
        }
      }
      // Integrating functions usually means integrating paths too: mixed fits best, any mode a little.
      if (profile.integrationMode) {
        const mixed = profile.integrationMode === "MIXED";
        points += mixed ? 20 : 10;
        if (mixed) reasons.push({ key: "mode.MIXED" });
      }
      break;
    default:
      assertNever(model, "WISE model");
  }
  return { model, points: Math.round(points * 10) / 10, reasons };
}

function missingFacts(profile: ClassificationProfile, shares: Shares | null): string[] {
  const missing: string[] = [];
  if (!shares) missing.push("functions");
  if (!profile.integrationMode) missing.push("integrationMode");
  const revenue = [
    profile.salesRevenuePct,
    profile.publicContractsRevenuePct,
    profile.subsidiesRevenuePct,
    profile.donationsRevenuePct,
  ];
  if (revenue.every((value) => value === null)) missing.push("revenueMix");
  return missing;
}

export function suggestModel(profile: ClassificationProfile): Suggestion {
  const shares = functionShares(profile);
  const ranking = WISE_MODELS.map((model) => score(model, profile, shares)).sort(
    (a, b) => b.points - a.points || WISE_MODELS.indexOf(a.model) - WISE_MODELS.indexOf(b.model),
  );
  const best = ranking[0];
  const tied = ranking
    .filter((entry) => best.points - entry.points < TIE_MARGIN)
    .map((entry) => entry.model);
  return {
    model: best.model,
    ranking,
    tie: tied.length > 1 ? tied : null,
    missing: missingFacts(profile, shares),
  };
}

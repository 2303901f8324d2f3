import { assertNever } from "@/lib/assert-never";
import type { IntegrationMode, WiseModel } from "@/lib/generated/prisma/enums";

/**
 * The points each model earns from one part of a profile (functions, integration mode, revenue
 * mix), each point with the reason that earned it (the table is in rules.ts). Pure.
 */

/** A reason as a message key and its values, with the points it earns (0.1 precision). */
export type Reason = {
  key: string;
  values?: Record<string, number | string>;
  points: number;
  /** The points hold whatever the missing facts are; the shares shown are the least favourable. */
  worstCase?: boolean;
};

export type Weights = {
  production: number;
  training: number;
  socialSupport: number;
  placement: number;
};

const tenth = (value: number) => Math.round(value * 10) / 10;
const pct = (share: number) => Math.round(share * 100);
const reason = (key: string, points: number, values?: Reason["values"]): Reason[] =>
  tenth(points) > 0 ? [{ key, ...(values ? { values } : {}), points: tenth(points) }] : [];

/** Points from what the WISE does: the function weights, each over the sum of all four. */
export function functionReasons(model: WiseModel, weights: Weights): Reason[] {
  const total = weights.production + weights.training + weights.socialSupport + weights.placement;
  if (total <= 0) return [];
  const share = {
    production: weights.production / total,
    training: weights.training / total,
    socialSupport: weights.socialSupport / total,
    placement: weights.placement / total,
  };
  const own = (key: keyof Weights) =>
    reason(`function.${key}`, 60 * share[key], { share: pct(share[key]) });
  switch (model) {
    case "PRODUCTIVE":
      return own("production");
    case "VOCATIONAL_TRAINING":
      return own("training");
    case "SOCIAL_ENTERPRISE":
      return own("socialSupport");
    case "PLACEMENT":
      return [
        ...own("placement"),
        ...reason("function.notProducing", 20 * (1 - share.production), {
          share: pct(1 - share.production),
        }),
      ];
    case "ONE_STOP_SHOP": {
      const balance = Math.min(
        1,
        3 * Math.min(share.production, share.training, share.socialSupport),
      );
      const performed = Object.values(share).filter((s) => s > 0).length;
      return [
        ...reason("function.integrated", 60 * balance, { share: pct(balance) }),
        ...(performed >= 3 ? reason("function.manyFunctions", 20, { count: performed }) : []),
      ];
    }
    default:
      return assertNever(model, "WISE model");
  }
}

const PREFERRED_MODE: Record<Exclude<WiseModel, "ONE_STOP_SHOP">, IntegrationMode> = {
  PRODUCTIVE: "PERMANENT",
  VOCATIONAL_TRAINING: "TRANSITIONAL",
  SOCIAL_ENTERPRISE: "PERMANENT",
  PLACEMENT: "TRANSITIONAL",
};

/**
 * Points from the integration mode: the model's own mode 20, mixed 10. The one-stop-shop:
 * mixed 20, any other mode 10 (integrating functions usually means integrating paths too).
 */
export function modeReasons(model: WiseModel, mode: IntegrationMode): Reason[] {
  if (model === "ONE_STOP_SHOP")
    return mode === "MIXED" ? reason("mode.MIXED", 20) : reason("mode.anyForOneStop", 10);
  if (mode === PREFERRED_MODE[model]) return reason(`mode.${mode}`, 20);
  if (mode === "MIXED") return reason("mode.MIXED", 10);
  return [];
}

export type RevenueShares = {
  sales: number | null;
  publicContracts: number | null;
  subsidies: number | null;
  donations: number | null;
};

/** The revenue shares that count for a model, and the reason key; placement earns none. */
const REVENUE_OF_MODEL: Record<WiseModel, { parts: (keyof RevenueShares)[]; key: string } | null> =
  {
    PRODUCTIVE: { parts: ["sales"], key: "revenue.sales" },
    VOCATIONAL_TRAINING: { parts: ["publicContracts", "subsidies"], key: "revenue.public" },
    SOCIAL_ENTERPRISE: { parts: ["subsidies", "donations"], key: "revenue.grants" },
    PLACEMENT: null,
    ONE_STOP_SHOP: null,
  };

/**
 * Points from the revenue mix, worst and best case over the shares not given: the worst case
 * counts what is known (a missing share may be 0), the best case gives what is left of 100% to
 * the shares that count for the model.
 */
export function revenueReasons(
  model: WiseModel,
  revenue: RevenueShares,
): { worst: Reason[]; best: number } {
  const spec = REVENUE_OF_MODEL[model];
  if (!spec) return { worst: [], best: 0 };
  const known = spec.parts.reduce((sum, part) => sum + (revenue[part] ?? 0), 0);
  const partly = spec.parts.some((part) => revenue[part] === null);
  const given = Object.values(revenue).reduce<number>((sum, share) => sum + (share ?? 0), 0);
  const bestShare = partly ? known + Math.max(0, 100 - given) : known;
  const worst = reason(spec.key, 20 * Math.min(1, known / 100), { share: Math.round(known) });
  return {
    worst: partly ? worst.map((r) => ({ ...r, worstCase: true })) : worst,
    best: tenth(20 * Math.min(1, bestShare / 100)),
  };
}

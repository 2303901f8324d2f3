/**
 * Puts the session's grouped rows together into what the results page shows. Pure: the rows
 * come from lib/results/queries.ts, already aggregated by PostgreSQL.
 */

import { WISE_MODELS } from "@/lib/classification/models";
import { classificationProfileOf } from "@/lib/classification/profile";
import { type SuggestionOutcome, storedOutcome, suggestModel } from "@/lib/classification/rules";
import type { SessionStatus, WiseModel } from "@/lib/generated/prisma/enums";
import type { NameText } from "@/lib/grids/rules";
import {
  checkThresholds,
  emptyThresholdInput,
  type ThresholdCheck,
  type ThresholdInput,
} from "@/lib/wises/threshold-rules";
import { type Distribution, distributions, modelCounts, sessionAgreement } from "./rules";
import type { CommentRow, SessionAggregates, SpreadRow } from "./session-sql";

type Decimalish = { toNumber(): number } | number | null;
const num = (value: Decimalish) =>
  value === null ? null : typeof value === "number" ? value : value.toNumber();

/** What the page's Prisma read returns (see `SESSION_SELECT` in queries.ts). */
export type SessionRecord = {
  id: string;
  title: string;
  startsAt: Date;
  countryCode: string;
  status: SessionStatus;
  grid: {
    name: string;
    version: number;
    categories: {
      code: string;
      texts: NameText[];
      criteria: {
        id: string;
        code: string;
        texts: NameText[];
        weight: { toNumber(): number };
      }[];
    }[];
  };
  agendaItems: {
    id: string;
    position: number;
    classification: {
      suggestedModel: WiseModel | null;
      agreedModel: WiseModel | null;
      suggestion: unknown;
    } | null;
    wise: Parameters<typeof classificationProfileOf>[0] &
      WiseRuleFacts & {
        id: string;
        name: string;
        region: string | null;
        totalEmployees: number | null;
        supportNeedWorkers: number | null;
        supportNeedWorkingTimePct: Decimalish;
      };
  }[];
};

/** The facts the national rules read, as Prisma returns them (WISE_THRESHOLD_FACTS). */
export type WiseRuleFacts = { countryCode: string } & Record<
  Exclude<keyof ThresholdInput, "countryCode">,
  Decimalish | string
>;

/** The national and EU rules, checked from the figures on a WISE's profile (Decimals as numbers). */
export function wiseChecks(wise: WiseRuleFacts): ThresholdCheck[] {
  const input = emptyThresholdInput(wise.countryCode);
  for (const fact of Object.keys(input) as (keyof ThresholdInput)[]) {
    if (fact === "countryCode") continue;
    const value = wise[fact];
    (input as Record<string, unknown>)[fact] = typeof value === "string" ? value : num(value);
  }
  return checkThresholds(input);
}

export type Spread = Omit<SpreadRow, "group_key" | "category">;

const NO_SCORES: Spread = {
  mean: null,
  median: null,
  sd: null,
  min: null,
  max: null,
  raters: 0,
  evaluations: 0,
  answered: 0,
};

export type WiseResult = {
  agendaItemId: string;
  position: number;
  wise: { id: string; name: string; region: string | null };
  agreedModel: WiseModel | null;
  /** The stored suggestion once decided, otherwise the rules' live suggestion from the profile. */
  suggestedModel: WiseModel | null;
  /** Whether the rules suggested a model, found a tie, or lacked the facts to tell. */
  suggestionOutcome: SuggestionOutcome;
  checks: ThresholdCheck[];
  /** Per category code, and `overall`. */
  scores: Record<string, Spread>;
  distribution: Map<string, Distribution>;
  comments: { criterionId: string; text: string }[];
};

export function buildSessionResults(
  session: SessionRecord,
  rows: SessionAggregates,
  comments: readonly CommentRow[],
) {
  const categories = session.grid.categories.map((category) => ({
    ...category,
    criteria: category.criteria.map((c) => ({ ...c, weight: c.weight.toNumber() })),
  }));
  const categoryOfCriterion = new Map(
    categories.flatMap((category) => category.criteria.map((c) => [c.id, category.code] as const)),
  );
  const byItem = distributions(rows.units);
  const wises: WiseResult[] = session.agendaItems.map((item) => {
    const spreads = rows.spreads.filter((row) => row.group_key === item.id);
    const scores: Record<string, Spread> = {};
    for (const key of [...categories.map((c) => c.code), null]) {
      const row = spreads.find((spread) => spread.category === key);
      const {
        group_key: _g,
        category: _c,
        ...spread
      } = row ?? { ...NO_SCORES, group_key: "", category: null };
      scores[key ?? "overall"] = spread;
    }
    const live = item.classification ? null : suggestModel(classificationProfileOf(item.wise));
    return {
      agendaItemId: item.id,
      position: item.position,
      wise: { id: item.wise.id, name: item.wise.name, region: item.wise.region },
      agreedModel: item.classification?.agreedModel ?? null,
      suggestedModel: item.classification
        ? item.classification.suggestedModel
        : (live?.model ?? null),
      suggestionOutcome: item.classification
        ? storedOutcome(item.classification.suggestedModel, item.classification.suggestion)
        : (live?.outcome ?? "notEnoughInformation"),
      checks: wiseChecks(item.wise),
      scores,
      distribution: byItem.get(item.id) ?? new Map(),
      comments: comments
        .filter((row) => row.agenda_item_id === item.id)
        .map((row) => ({ criterionId: row.criterion_id, text: row.comment })),
    };
  });
  const agreement = sessionAgreement(
    rows.units,
    categoryOfCriterion,
    categories.map((c) => c.code),
    rows.raters,
  );
  return {
    session: {
      id: session.id,
      title: session.title,
      startsAt: session.startsAt,
      countryCode: session.countryCode,
      status: session.status,
      grid: { name: session.grid.name, version: session.grid.version },
    },
    categories,
    wises,
    agreement,
    disagreements: rows.disputes.map((row) => ({
      agendaItemId: row.agenda_item_id,
      criterionId: row.criterion_id,
      ratings: row.ratings,
      variance: row.variance,
      range: row.range,
    })),
    models: modelCounts(
      wises.map((w) => ({
        agreed: w.agreedModel,
        suggested: w.suggestedModel,
        outcome: w.suggestionOutcome,
      })),
      WISE_MODELS,
    ),
  };
}

export type SessionResults = ReturnType<typeof buildSessionResults>;

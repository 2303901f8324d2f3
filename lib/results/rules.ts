/**
 * Pure shaping of the aggregates PostgreSQL returns for the results pages: no Prisma, no Next.
 * Everything here works on grouped rows (one per WISE × criterion × answer), never on scores.
 */
import { type AlphaResult, alphaFromValueCounts } from "./krippendorff";

export type AnswerKind = "LEVEL" | "NOT_APPLICABLE" | "UNKNOWN";

/** How many raters gave each answer to one criterion for one WISE. */
export type DistributionRow = {
  agenda_item_id: string;
  criterion_id: string;
  answer: AnswerKind;
  level: number | null;
  n: number;
};

export type Distribution = {
  /** Raters per level, levels 1 to 5 at indexes 0 to 4. */
  levels: [number, number, number, number, number];
  notApplicable: number;
  unknown: number;
  /** Everyone who answered, N/A and don't know included. */
  total: number;
};

const emptyDistribution = (): Distribution => ({
  levels: [0, 0, 0, 0, 0],
  notApplicable: 0,
  unknown: 0,
  total: 0,
});

/** Distributions keyed by agenda item, then criterion. */
export function distributions(rows: readonly DistributionRow[]) {
  const byItem = new Map<string, Map<string, Distribution>>();
  for (const row of rows) {
    const byCriterion = byItem.get(row.agenda_item_id) ?? new Map<string, Distribution>();
    byItem.set(row.agenda_item_id, byCriterion);
    const entry = byCriterion.get(row.criterion_id) ?? emptyDistribution();
    byCriterion.set(row.criterion_id, entry);
    if (row.answer === "LEVEL" && row.level !== null && row.level >= 1 && row.level <= 5) {
      entry.levels[row.level - 1] += row.n;
    } else if (row.answer === "NOT_APPLICABLE") {
      entry.notApplicable += row.n;
    } else if (row.answer === "UNKNOWN") {
      entry.unknown += row.n;
    } else {
      continue;
    }
    entry.total += row.n;
  }
  return byItem;
}

/** Raters behind the pairable values, per category code; `null` = the whole session. */
export type PairableRatersRow = { category: string | null; raters: number };

export type SessionAgreement = {
  session: AlphaResult;
  byCategory: { category: string; result: AlphaResult }[];
};

/**
 * Ordinal alpha for the whole session and per category. A unit is one criterion for one WISE:
 * the raters' levels for it are the values; "not applicable" and "don't know" are missing values.
 */
export function sessionAgreement(
  rows: readonly DistributionRow[],
  categoryOfCriterion: ReadonlyMap<string, string>,
  categoryOrder: readonly string[],
  pairableRaters: readonly PairableRatersRow[],
): SessionAgreement {
  const units = new Map<string, { category: string; counts: Map<number, number> }>();
  for (const row of rows) {
    const category = categoryOfCriterion.get(row.criterion_id);
    if (row.answer !== "LEVEL" || row.level === null || category === undefined) continue;
    const key = `${row.agenda_item_id}|${row.criterion_id}`;
    const unit = units.get(key) ?? { category, counts: new Map<number, number>() };
    units.set(key, unit);
    unit.counts.set(row.level, (unit.counts.get(row.level) ?? 0) + row.n);
  }
  const ratersOf = new Map(pairableRaters.map((row) => [row.category, row.raters]));
  const all = [...units.values()];
  return {
    session: alphaFromValueCounts(
      all.map((unit) => unit.counts),
      "ordinal",
      ratersOf.get(null) ?? 0,
    ),
    byCategory: categoryOrder.map((category) => ({
      category,
      result: alphaFromValueCounts(
        all.filter((unit) => unit.category === category).map((unit) => unit.counts),
        "ordinal",
        ratersOf.get(category) ?? 0,
      ),
    })),
  };
}

/** How many WISEs of the session have each model, agreed and suggested. */
export function modelCounts<M extends string>(
  items: readonly { agreed: M | null; suggested: M }[],
  models: readonly M[],
) {
  return models.map((model) => ({
    model,
    agreed: items.filter((item) => item.agreed === model).length,
    suggested: items.filter((item) => item.suggested === model).length,
  }));
}

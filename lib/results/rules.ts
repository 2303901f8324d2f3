/**
 * Pure shaping of the aggregates PostgreSQL returns for the results pages: no Prisma, no Next.
 * Everything here works on grouped rows (one per WISE × criterion), never on scores.
 */
import { type AlphaResult, alphaFromValueCounts } from "./krippendorff";

/** Per WISE × criterion: raters per level 1-5, "not applicable" and "don't know". */
export type UnitCountRow = {
  agenda_item_id: string;
  criterion_id: string;
  n1: number;
  n2: number;
  n3: number;
  n4: number;
  n5: number;
  not_applicable: number;
  unknown: number;
};

export type Distribution = {
  /** Raters per level, levels 1 to 5 at indexes 0 to 4. */
  levels: [number, number, number, number, number];
  notApplicable: number;
  unknown: number;
  /** Everyone who answered, N/A and don't know included. */
  total: number;
};

const levelsOf = (row: UnitCountRow): Distribution["levels"] => [
  row.n1,
  row.n2,
  row.n3,
  row.n4,
  row.n5,
];

/** Distributions keyed by agenda item, then criterion. */
export function distributions(rows: readonly UnitCountRow[]) {
  const byItem = new Map<string, Map<string, Distribution>>();
  for (const row of rows) {
    const byCriterion = byItem.get(row.agenda_item_id) ?? new Map<string, Distribution>();
    byItem.set(row.agenda_item_id, byCriterion);
    const levels = levelsOf(row);
    byCriterion.set(row.criterion_id, {
      levels,
      notApplicable: row.not_applicable,
      unknown: row.unknown,
      total: levels.reduce((a, b) => a + b, 0) + row.not_applicable + row.unknown,
    });
  }
  return byItem;
}

/** Raters who gave a level, per category code; `null` = the whole session. */
export type RatersRow = { category: string | null; raters: number };

export type SessionAgreement = {
  session: AlphaResult;
  byCategory: { category: string; result: AlphaResult }[];
};

/**
 * Ordinal alpha for the whole session and per category. A unit is one criterion for one WISE:
 * the raters' levels for it are the values; "not applicable" and "don't know" are missing values.
 */
export function sessionAgreement(
  rows: readonly UnitCountRow[],
  categoryOfCriterion: ReadonlyMap<string, string>,
  categoryOrder: readonly string[],
  raters: readonly RatersRow[],
): SessionAgreement {
  const units = rows.flatMap((row) => {
    const category = categoryOfCriterion.get(row.criterion_id);
    if (category === undefined) return [];
    const counts = new Map(levelsOf(row).map((n, index) => [index + 1, n] as const));
    return [{ category, counts }];
  });
  const ratersOf = new Map(raters.map((row) => [row.category, row.raters]));
  return {
    session: alphaFromValueCounts(
      units.map((unit) => unit.counts),
      "ordinal",
      ratersOf.get(null) ?? 0,
    ),
    byCategory: categoryOrder.map((category) => ({
      category,
      result: alphaFromValueCounts(
        units.filter((unit) => unit.category === category).map((unit) => unit.counts),
        "ordinal",
        ratersOf.get(category) ?? 0,
      ),
    })),
  };
}

/**
 * How many WISEs of the session have each model, agreed and suggested; and for how many the
 * rules suggest none, a tie kept apart from not enough information (never counted as a model).
 */
export function modelCounts<M extends string>(
  items: readonly {
    agreed: M | null;
    suggested: M | null;
    outcome: "suggested" | "tie" | "notEnoughInformation";
  }[],
  models: readonly M[],
) {
  return {
    byModel: models.map((model) => ({
      model,
      agreed: items.filter((item) => item.agreed === model).length,
      suggested: items.filter((item) => item.suggested === model).length,
    })),
    noSuggestion: {
      tie: items.filter((item) => item.outcome === "tie").length,
      notEnoughInformation: items.filter((item) => item.outcome === "notEnoughInformation").length,
    },
  };
}

export type AgreementBand = "reliable" | "tentative" | "low";

/**
 * Krippendorff's own advice (Content Analysis, 2004, p. 241): rely on variables with
 * α ≥ 0.800, draw only tentative conclusions from 0.667 ≤ α < 0.800, and discard the rest.
 */
export function agreementBand(alpha: number): AgreementBand {
  if (alpha >= 0.8) return "reliable";
  if (alpha >= 0.667) return "tentative";
  return "low";
}

import { WISE_MODELS } from "@/lib/classification/models";
import type { ClassificationRow, MeanRow } from "./assemble-sql";
import { type BlocksContext, modelName, scaleOf } from "./blocks-context";
import type { ReportBlock, TableCell } from "./snapshot";

const OUTCOMES = ["suggested", "tie", "notEnoughInformation", "UNCLASSIFIED"] as const;

/** Mean per category of one grouping's key, keyed `${key}|${category}`. */
export function meansBy(rows: readonly MeanRow[], by: MeanRow["by"]) {
  const means = new Map<string, MeanRow>();
  for (const row of rows) if (row.by === by) means.set(`${row.key ?? ""}|${row.category}`, row);
  return means;
}

/**
 * The focus groups: how many are counted, the mean level per grid category for each agreed model,
 * the models agreed, and what the rules suggested (a tie or too little information shown as
 * such, never as a model).
 */
export function focusGroupBlocks(
  context: BlocksContext,
  means: readonly MeanRow[],
  classification: readonly ClassificationRow[],
): ReportBlock[] {
  const { t, categories } = context;
  const sessions = classification.filter((row) => row.by === "sessions");
  const sessionsOf = (status: string) => sessions.find((row) => row.key === status)?.count ?? 0;
  const total = sessionsOf("CLOSED") + sessionsOf("PUBLISHED");
  if (total === 0) return [];
  const agreed = new Map(
    classification.filter((row) => row.by === "model").map((row) => [row.key, row.count]),
  );
  const outcomes = new Map(
    classification.filter((row) => row.by === "outcome").map((row) => [row.key, row.count]),
  );
  const byModel = meansBy(means, "model");
  const all = meansBy(means, "all");
  const models = [...WISE_MODELS, "NONE" as const].filter((model) =>
    categories.some((category) => byModel.has(`${model}|${category.code}`)),
  );
  const scored = (lookup: Map<string, MeanRow>, key: string) =>
    Math.max(0, ...categories.map((c) => lookup.get(`${key}|${c.code}`)?.wises ?? 0));
  const meanRow = (label: string, lookup: Map<string, MeanRow>, key: string): TableCell[] => [
    label,
    ...categories.map((c) => context.level(lookup.get(`${key}|${c.code}`)?.mean ?? null)),
    scored(lookup, key),
  ];
  const agreedModels = [...WISE_MODELS, "NONE" as const].filter((model) => agreed.has(model));
  const wises = t("Reports.labels.wises");
  const blocks: ReportBlock[] = [
    {
      kind: "paragraph",
      text: t("Reports.focusGroups.intro", {
        count: total,
        published: sessionsOf("PUBLISHED"),
        closed: sessionsOf("CLOSED"),
      }),
    },
  ];
  if (models.length > 0) {
    blocks.push(
      {
        kind: "table",
        caption: t("Reports.focusGroups.meansByModel"),
        columns: [
          { label: t("Reports.labels.model") },
          ...categories.map((c) => ({ label: c.name, align: "end" as const })),
          { label: t("Reports.labels.wisesScored"), align: "end" },
        ],
        rows: [
          ...models.map((model) => meanRow(modelName(context, model), byModel, model)),
          meanRow(t("Reports.labels.allWises"), all, ""),
        ],
        note: t("Reports.focusGroups.meansNote"),
      },
      {
        kind: "barChart",
        caption: t("Reports.focusGroups.meansChart"),
        unit: t("Reports.labels.level"),
        max: 5,
        bars: categories.map((c) => ({ label: c.name, value: all.get(`|${c.code}`)?.mean ?? 0 })),
      },
    );
  }
  blocks.push(
    {
      kind: "table",
      caption: t("Reports.focusGroups.agreed"),
      columns: [{ label: t("Reports.labels.model") }, { label: wises, align: "end" }],
      rows: agreedModels.map((model) => [modelName(context, model), agreed.get(model) ?? 0]),
    },
    {
      kind: "barChart",
      caption: t("Reports.focusGroups.agreed"),
      unit: wises,
      max: scaleOf([...agreed.values()]),
      bars: agreedModels.map((model) => ({
        label: modelName(context, model),
        value: agreed.get(model) ?? 0,
      })),
    },
    {
      kind: "table",
      caption: t("Reports.focusGroups.suggestions"),
      columns: [{ label: t("Reports.labels.suggestion") }, { label: wises, align: "end" }],
      rows: OUTCOMES.filter((outcome) => outcomes.has(outcome)).map((outcome) => [
        t(`Reports.focusGroups.outcomes.${outcome}`),
        outcomes.get(outcome) ?? 0,
      ]),
      note: t("Reports.focusGroups.suggestionsNote"),
    },
  );
  return blocks;
}

import { WISE_MODELS } from "@/lib/classification/models";
import { SIZE_BANDS } from "@/lib/skills/gaps/rules";
import { THRESHOLD_OUTCOMES, type ThresholdRuleId } from "@/lib/wises/threshold-rules";
import type { CountRow, ThresholdRow } from "./assemble-sql";
import { type BlocksContext, modelName, scaleOf } from "./blocks-context";
import type { ReportBlock } from "./snapshot";

/** The sector in figures: the registry's WISEs by model, size band and legal status. */
export function sectorBlocks(
  context: BlocksContext,
  rows: readonly CountRow[],
  thresholds: { rules: readonly ThresholdRuleId[]; row: ThresholdRow | undefined },
): ReportBlock[] {
  const { t } = context;
  const byModel = new Map(rows.filter((r) => r.dim === "model").map((r) => [r.key, r.wises]));
  const bySize = new Map(rows.filter((r) => r.dim === "size").map((r) => [r.key, r.wises]));
  const total = [...byModel.values()].reduce((sum, n) => sum + n, 0);
  if (total === 0) return [];
  const share = (n: number) => `${context.level((100 * n) / total)} %`;
  const models = [...WISE_MODELS, "NONE" as const].filter((model) => byModel.has(model));
  const sizes = SIZE_BANDS.filter((band) => bySize.has(band));
  const modelLabel = (model: (typeof models)[number]) => modelName(context, model);
  const sizeLabel = (band: (typeof sizes)[number]) => t(`SkillGaps.sizes.${band}`);
  const columns = (first: string) => [
    { label: first },
    { label: t("Reports.labels.wises"), align: "end" as const },
    { label: t("Reports.labels.share"), align: "end" as const },
  ];
  const blocks: ReportBlock[] = [
    { kind: "paragraph", text: t("Reports.sector.intro", { count: total }) },
    {
      kind: "table",
      caption: t("Reports.sector.byModel"),
      columns: columns(t("Reports.labels.model")),
      rows: models.map((m) => [modelLabel(m), byModel.get(m) ?? 0, share(byModel.get(m) ?? 0)]),
      note: t("Reports.sector.modelNote"),
    },
    {
      kind: "barChart",
      caption: t("Reports.sector.byModel"),
      unit: t("Reports.labels.wises"),
      max: scaleOf([...byModel.values()]),
      bars: models.map((m) => ({ label: modelLabel(m), value: byModel.get(m) ?? 0 })),
    },
    {
      kind: "table",
      caption: t("Reports.sector.bySize"),
      columns: columns(t("Reports.labels.size")),
      rows: sizes.map((b) => [sizeLabel(b), bySize.get(b) ?? 0, share(bySize.get(b) ?? 0)]),
    },
    {
      kind: "barChart",
      caption: t("Reports.sector.bySize"),
      unit: t("Reports.labels.wises"),
      max: scaleOf([...bySize.values()]),
      bars: sizes.map((b) => ({ label: sizeLabel(b), value: bySize.get(b) ?? 0 })),
    },
  ];
  const row = thresholds.row;
  const counted = thresholds.rules.filter(
    (rule) => row && THRESHOLD_OUTCOMES.some((outcome) => row[`${rule}:${outcome}`] > 0),
  );
  if (row && counted.length > 0) {
    blocks.push({
      kind: "table",
      caption: t("Reports.sector.byThreshold"),
      columns: [
        { label: t("Reports.labels.legalStatus") },
        { label: t("Reports.labels.pass"), align: "end" },
        { label: t("Reports.labels.fail"), align: "end" },
        { label: t("Reports.labels.unknown"), align: "end" },
      ],
      rows: counted.map((rule) => [
        t(`CountryRules.rules.${rule}.name`),
        row[`${rule}:pass`],
        row[`${rule}:fail`],
        row[`${rule}:unknown`],
      ]),
      note: t("Reports.sector.thresholdNote"),
    });
    blocks.push({
      kind: "barChart",
      caption: t("Reports.sector.meetingThreshold"),
      unit: t("Reports.labels.wises"),
      max: scaleOf([total]),
      bars: counted.map((rule) => ({
        label: t(`CountryRules.rules.${rule}.name`),
        value: row[`${rule}:pass`],
      })),
    });
  }
  return blocks;
}

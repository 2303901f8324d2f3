import type { ExportTranslator } from "@/lib/exports/translator";
import type { WiseModel } from "@/lib/generated/prisma/enums";

/** What every chapter builder needs: the report's language, its words and number formats. */
export type BlocksContext = {
  locale: string;
  t: ExportTranslator;
  /** A level or score with one decimal, in the report's language ("—" when missing). */
  level: (value: number | null) => string;
  /** A whole count in the report's language. */
  count: (value: number) => string;
  /** Category codes and names in the report's language, in the grid's order. */
  categories: { code: string; name: string }[];
};

/** A model's name; "NONE" (no model agreed yet) named as such. */
export function modelName(context: BlocksContext, model: WiseModel | "NONE"): string {
  return model === "NONE" ? context.t("Reports.labels.noModel") : context.t(`Models.${model}.name`);
}

/** The highest of some values, at least 1, so a chart of zeros still has a scale. */
export function scaleOf(values: readonly number[]): number {
  return Math.max(1, ...values);
}

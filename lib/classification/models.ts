import { WiseModel } from "@/lib/generated/prisma/enums";

/**
 * The five WISE models, from the one definition (the Prisma enum `WiseModel` in
 * prisma/schema.prisma), in its order: the European sub-models first, as in the domain notes.
 * Lists, filters and the order of models with equal points in the classifier's ranking follow it
 * (a tie is reported, never broken: decision 0004).
 */
export const WISE_MODELS: readonly WiseModel[] = Object.values(WiseModel);

/**
 * Whether a model is one of the European sub-models or a national one. A map over every model
 * (not a list of some), so that a new model cannot be added without deciding which it is.
 */
const IS_EUROPEAN = {
  PRODUCTIVE: true,
  VOCATIONAL_TRAINING: true,
  SOCIAL_ENTERPRISE: true,
  PLACEMENT: false,
  ONE_STOP_SHOP: false,
} as const satisfies Record<WiseModel, boolean>;

export function isEuropeanModel(model: WiseModel): boolean {
  return IS_EUROPEAN[model];
}

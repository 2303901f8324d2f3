import { db } from "@/lib/db";
import type { ScoreAnswer, WiseModel } from "@/lib/generated/prisma/enums";

export type Answer = [ScoreAnswer, number | null];

/** One rater's evaluation of one agenda item, written directly: results only read scores. */
export function scoreAs(agendaItemId: string, raterId: string, answers: Record<string, Answer>) {
  return db.evaluation.create({
    data: {
      agendaItemId,
      raterId,
      scores: {
        create: Object.entries(answers).map(([criterionId, [answer, level]]) => ({
          criterionId,
          answer,
          level,
        })),
      },
    },
  });
}

/** Records the model a session agreed on for one of its WISEs. */
export function agreeModel(agendaItemId: string, model: WiseModel) {
  return db.classification.create({
    data: { agendaItemId, suggestedModel: model, agreedModel: model, suggestion: {} },
  });
}

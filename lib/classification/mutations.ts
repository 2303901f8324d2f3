import "server-only";
import { defineCommand } from "@/lib/actions/command";
import { DomainError } from "@/lib/actions/result";
import { classificationSubject, modelProposalSubject } from "@/lib/audit/session-subjects";
import { pairId } from "@/lib/audit/subjects";
import type { Actor } from "@/lib/auth/permissions";
import { getAgendaItemAccess } from "@/lib/sessions/access";
import { authorizeOnSession } from "@/lib/sessions/authorize";
import { WISE_CLASSIFICATION_FACTS } from "@/lib/wises/select";
import { classificationProfileOf } from "./profile";
import { suggestModel } from "./rules";
import { DecideClassificationSchema, ProposeModelSchema } from "./schemas";

async function authorizeOnAgendaItem(
  actor: Actor,
  agendaItemId: string,
  permission: "classification.decide" | "classification.propose",
) {
  const found = await getAgendaItemAccess(actor, agendaItemId);
  if (!found) throw new DomainError(404, "agendaItemNotFound");
  return authorizeOnSession(actor, found.sessionId, permission);
}

/**
 * Records the model the group agreed on, with its rationale, beside the model the rules suggest
 * now; both are kept so a later reader sees where the group departed from the suggestion.
 */
export const decideClassification = defineCommand({
  schema: DecideClassificationSchema,
  authorize: (actor, input) =>
    authorizeOnAgendaItem(actor, input.agendaItemId, "classification.decide"),
  run: async (actor, input, tx) => {
    const item = await tx.agendaItem.findUniqueOrThrow({
      where: { id: input.agendaItemId },
      select: { sessionId: true, wise: { select: WISE_CLASSIFICATION_FACTS } },
    });
    const suggestion = suggestModel(classificationProfileOf(item.wise));
    const decision = {
      suggestedModel: suggestion.model,
      suggestion,
      agreedModel: input.agreedModel,
      rationale: input.rationale,
      decidedById: actor.id,
      decidedAt: new Date(),
    };
    await tx.classification.upsert({
      where: { agendaItemId: input.agendaItemId },
      create: { agendaItemId: input.agendaItemId, ...decision },
      update: decision,
    });
    return {
      agendaItemId: input.agendaItemId,
      agreedModel: input.agreedModel,
      suggestedModel: suggestion.model,
    };
  },
  audit: {
    action: "classification.decide",
    subject: classificationSubject,
    id: (input) => input.agendaItemId,
  },
});

export const proposeModel = defineCommand({
  schema: ProposeModelSchema,
  authorize: (actor, input) =>
    authorizeOnAgendaItem(actor, input.agendaItemId, "classification.propose"),
  run: async (actor, input, tx) => {
    const proposal = { model: input.model, comment: input.comment ?? null };
    await tx.modelProposal.upsert({
      where: { agendaItemId_userId: { agendaItemId: input.agendaItemId, userId: actor.id } },
      create: { agendaItemId: input.agendaItemId, userId: actor.id, ...proposal },
      update: proposal,
    });
    return { agendaItemId: input.agendaItemId, model: input.model, userId: actor.id };
  },
  audit: {
    action: "classification.propose",
    subject: modelProposalSubject,
    createdId: (input, result) => pairId(input.agendaItemId, result.userId),
  },
});

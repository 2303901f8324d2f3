import "server-only";
import { defineCommand } from "@/lib/actions/command";
import { DomainError } from "@/lib/actions/result";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { developmentPlanSubject, planActionSubject } from "../audit-subjects";
import { findSurveyWise, proposedPlanOf } from "./queries";
import { AdoptPlanSchema, UpdatePlanActionSchema } from "./schemas";

async function surveyWiseOrRefuse(surveyId: string, wiseId: string) {
  const surveyWise = await findSurveyWise(surveyId, wiseId);
  if (!surveyWise) throw new DomainError(404, "planNotFound");
  return surveyWise;
}

/**
 * Adopts the proposed plan as it stands: one action per gap, with its first matched offer (or
 * none: an unmet gap stays in the plan, for the partner to find training for).
 */
export const adoptPlan = defineCommand({
  schema: AdoptPlanSchema,
  authorize: async (actor, input) => {
    const surveyWise = await surveyWiseOrRefuse(input.surveyId, input.wiseId);
    assertCan(actor, "plan.manage", surveyWise.survey);
  },
  run: async (actor, input, tx) => {
    const surveyWise = await surveyWiseOrRefuse(input.surveyId, input.wiseId);
    const existing = await tx.developmentPlan.findUnique({
      where: { surveyWiseId: surveyWise.id },
      select: { status: true },
    });
    if (existing?.status === "ADOPTED") throw new DomainError(409, "planAlreadyAdopted");
    const proposal = await proposedPlanOf(actor, surveyWise);
    const gaps = proposal.groups.flatMap((group) => group.gaps);
    if (gaps.length === 0) throw new DomainError(400, "planNothingToAdopt");
    const owners = {
      ENABLER: input.ownerENABLER,
      SUPPORTER: input.ownerSUPPORTER,
      WORKER: input.ownerWORKER,
    };
    const actions = gaps.map((gap, position) => ({
      group: gap.group,
      skillCode: gap.code,
      offerId: gap.matches[0]?.offer.id ?? null,
      ownerRole: owners[gap.group],
      position,
    }));
    const adopted = { status: "ADOPTED" as const, adoptedById: actor.id, adoptedAt: new Date() };
    const plan = await tx.developmentPlan.upsert({
      where: { surveyWiseId: surveyWise.id },
      create: { surveyWiseId: surveyWise.id, ...adopted, actions: { create: actions } },
      update: { ...adopted, actions: { deleteMany: {}, create: actions } },
      select: { id: true },
    });
    return { planId: plan.id };
  },
  audit: {
    action: "plan.adopt",
    subject: developmentPlanSubject,
    createdId: (_input, result) => result.planId,
  },
});

export const updatePlanAction = defineCommand({
  schema: UpdatePlanActionSchema,
  authorize: async (actor, input) => {
    const action = await db.planAction.findUnique({
      where: { id: input.actionId },
      select: {
        plan: { select: { surveyWise: { select: { survey: { select: { countryCode: true } } } } } },
      },
    });
    if (!action) throw new DomainError(404, "planActionNotFound");
    assertCan(actor, "plan.manage", action.plan.surveyWise.survey);
  },
  run: async (_actor, input, tx) => {
    await tx.planAction.update({
      where: { id: input.actionId },
      data: {
        ownerRole: input.ownerRole,
        dueDate: input.dueDate ? new Date(`${input.dueDate}T00:00:00Z`) : null,
        status: input.status,
      },
    });
    return { actionId: input.actionId };
  },
  audit: { action: "plan.updateAction", subject: planActionSubject, id: (input) => input.actionId },
});

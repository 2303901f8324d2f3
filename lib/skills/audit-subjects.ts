import "server-only";
import type { SubjectReader } from "@/lib/audit/subjects";

/** Training offers, plans and their actions as the audit trail records them (lib/audit/subjects.ts). */
export const trainingOfferSubject: SubjectReader = async (tx, id) => {
  const offer = await tx.trainingOffer.findUnique({
    where: { id },
    select: {
      title: true,
      group: true,
      eqfLevel: true,
      format: true,
      hours: true,
      language: true,
      countryCode: true,
      provider: true,
      costEur: true,
      accessibility: true,
      url: true,
      skills: { select: { skillCode: true }, orderBy: { skillCode: "asc" } },
    },
  });
  if (!offer) return null;
  const { skills, costEur, ...fields } = offer;
  return {
    type: "TrainingOffer",
    id,
    label: offer.title,
    countryCode: offer.countryCode,
    state: {
      ...fields,
      costEur: costEur?.toString() ?? null,
      skillCodes: skills.map((s) => s.skillCode),
    },
  };
};

export const developmentPlanSubject: SubjectReader = async (tx, id) => {
  const plan = await tx.developmentPlan.findUnique({
    where: { id },
    select: {
      status: true,
      adoptedAt: true,
      surveyWise: {
        select: {
          surveyId: true,
          wise: { select: { name: true } },
          survey: { select: { countryCode: true } },
        },
      },
      actions: {
        orderBy: { position: "asc" },
        select: { group: true, skillCode: true, offerId: true, ownerRole: true, status: true },
      },
    },
  });
  if (!plan) return null;
  return {
    type: "DevelopmentPlan",
    id,
    label: plan.surveyWise.wise.name,
    countryCode: plan.surveyWise.survey.countryCode,
    state: JSON.parse(
      JSON.stringify({
        status: plan.status,
        adoptedAt: plan.adoptedAt,
        surveyId: plan.surveyWise.surveyId,
        actions: plan.actions,
      }),
    ),
  };
};

export const planActionSubject: SubjectReader = async (tx, id) => {
  const action = await tx.planAction.findUnique({
    where: { id },
    select: {
      group: true,
      skillCode: true,
      offerId: true,
      ownerRole: true,
      dueDate: true,
      status: true,
      plan: {
        select: {
          surveyWise: {
            select: { wise: { select: { name: true } }, survey: { select: { countryCode: true } } },
          },
        },
      },
    },
  });
  if (!action) return null;
  const { plan, ...fields } = action;
  return {
    type: "PlanAction",
    id,
    label: `${plan.surveyWise.wise.name}: ${action.skillCode}`,
    countryCode: plan.surveyWise.survey.countryCode,
    state: JSON.parse(JSON.stringify(fields)),
  };
};

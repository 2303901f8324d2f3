import "server-only";
import { type Actor, assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { buildGroupGaps } from "../gaps/gap-map";
import type { RespondentCountRow, SkillGapRow } from "../gaps/gap-sql";
import { respondentCountsSql, skillGapsSql } from "../gaps/gap-sql";
import { analyticReads } from "../gaps/queries";
import { STAFF_GROUPS } from "../gaps/rules";
import { gapScope } from "../gaps/scope";
import { type UnmetGapRow, unmetGapsSql } from "./plan-sql";
import { proposePlan } from "./rules";

/** A WISE of a survey with its survey's country; null when the WISE is not in the survey. */
export async function findSurveyWise(surveyId: string, wiseId: string) {
  return db.surveyWise.findUnique({
    where: { surveyId_wiseId: { surveyId, wiseId } },
    select: {
      id: true,
      wise: { select: { id: true, name: true } },
      survey: { select: { id: true, title: true, countryCode: true } },
    },
  });
}

/**
 * The proposed plan of one surveyed WISE: its groups' gaps (shown only from 5 respondents up),
 * the country's offers for those skills, and the match. Reads outside any transaction.
 */
export async function proposedPlanOf(
  actor: Actor,
  surveyWise: { survey: { id: string; countryCode: string }; wise: { id: string } },
) {
  const filter = { surveyId: surveyWise.survey.id, wiseId: surveyWise.wise.id };
  const scope = gapScope(actor);
  // One WISE's sums are a few hundred rows: plain reads, without the analytic settings' round trips.
  const [rows, counts] = await Promise.all([
    db.$queryRaw<SkillGapRow[]>(skillGapsSql(scope, filter)),
    db.$queryRaw<RespondentCountRow[]>(respondentCountsSql(scope, filter)),
  ]);
  const groups = buildGroupGaps(rows, counts);
  const gaps = groups.flatMap((group) =>
    group.skills.map((skill) => ({ ...skill, group: group.group })),
  );
  const offers = await db.trainingOffer.findMany({
    where: {
      countryCode: surveyWise.survey.countryCode,
      skills: { some: { skillCode: { in: gaps.map((gap) => gap.code) } } },
    },
    select: {
      id: true,
      title: true,
      group: true,
      language: true,
      countryCode: true,
      provider: true,
      skills: { select: { skillCode: true } },
    },
  });
  const plan = proposePlan(
    gaps,
    offers.map((offer) => ({ ...offer, skillCodes: offer.skills.map((s) => s.skillCode) })),
    surveyWise.survey.countryCode,
    STAFF_GROUPS,
  );
  return { groups: plan, respondents: counts };
}

/** Everything the plan page shows; null when the WISE is not in the survey. */
export async function getPlanPage(actor: Actor, surveyId: string, wiseId: string) {
  const surveyWise = await findSurveyWise(surveyId, wiseId);
  if (!surveyWise) return null;
  assertCan(actor, "skills.readGaps", surveyWise.survey);
  const [proposal, adopted] = await Promise.all([
    proposedPlanOf(actor, surveyWise),
    db.developmentPlan.findUnique({
      where: { surveyWiseId: surveyWise.id },
      select: {
        id: true,
        status: true,
        adoptedAt: true,
        actions: {
          orderBy: { position: "asc" },
          select: {
            id: true,
            group: true,
            skillCode: true,
            ownerRole: true,
            dueDate: true,
            status: true,
            offer: { select: { id: true, title: true, provider: true } },
          },
        },
      },
    }),
  ]);
  return { surveyWise, proposal, plan: adopted };
}

/** The unmet gaps most WISEs share, in the reader's scope (a country, or Europe for admins). */
export async function getUnmetGaps(actor: Actor, country: string | undefined, limit = 30) {
  const scope = gapScope(actor);
  if (!scope.everything && scope.countryCodes.length === 0)
    assertCan(actor, "skills.readGaps", { countryCode: actor.countryCode ?? "ZZ" });
  const chosen = scope.everything ? country : scope.countryCodes[0];
  const countries = chosen
    ? [chosen]
    : (await db.survey.findMany({ distinct: ["countryCode"], select: { countryCode: true } })).map(
        (survey) => survey.countryCode,
      );
  const [rows] = await analyticReads<[UnmetGapRow[]]>([
    unmetGapsSql(scope, { country: chosen }, countries, limit),
  ]);
  return { country: chosen ?? null, rows };
}

import "server-only";
import type { SubjectReader } from "@/lib/audit/subjects";

/** A survey as the trail records it: never its links' codes, which let anyone answer. */
export const surveySubject: SubjectReader = async (tx, id) => {
  const survey = await tx.survey.findUnique({
    where: { id },
    select: {
      title: true,
      countryCode: true,
      status: true,
      opensAt: true,
      closesAt: true,
      frameworkId: true,
      sessionId: true,
      wises: { select: { wiseId: true }, orderBy: { wiseId: "asc" } },
    },
  });
  if (!survey) return null;
  const { wises, ...fields } = survey;
  const state = JSON.parse(JSON.stringify({ ...fields, wiseIds: wises.map((w) => w.wiseId) }));
  return { type: "Survey", id, label: survey.title, countryCode: survey.countryCode, state };
};

export const surveyWiseSubject: SubjectReader = async (tx, id) => {
  const row = await tx.surveyWise.findUnique({
    where: { id },
    select: {
      surveyId: true,
      wiseId: true,
      remindedAt: true,
      wise: { select: { name: true } },
      survey: { select: { countryCode: true } },
    },
  });
  if (!row) return null;
  const state = {
    surveyId: row.surveyId,
    wiseId: row.wiseId,
    remindedAt: row.remindedAt?.toISOString() ?? null,
  };
  return {
    type: "SurveyWise",
    id,
    label: row.wise.name,
    countryCode: row.survey.countryCode,
    state,
  };
};

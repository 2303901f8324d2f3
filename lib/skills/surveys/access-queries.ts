import "server-only";
import type { SurveyAccess } from "@/lib/auth/permissions";
import { db, type Prisma } from "@/lib/db";

type Client = Prisma.TransactionClient | typeof db;

/** What the survey rules need about a survey (lib/auth/permissions.ts), or null if it is not there. */
export async function getSurveyAccess(
  surveyId: string,
  client: Client = db,
): Promise<(SurveyAccess & { status: string }) | null> {
  const survey = await client.survey.findUnique({
    where: { id: surveyId },
    select: {
      countryCode: true,
      createdById: true,
      status: true,
      session: { select: { facilitatorId: true } },
    },
  });
  if (!survey) return null;
  return {
    countryCode: survey.countryCode,
    createdById: survey.createdById,
    sessionFacilitatorId: survey.session?.facilitatorId ?? null,
    status: survey.status,
  };
}

import "server-only";
import { type Actor, assertCan, can, surveyReadScope } from "@/lib/auth/permissions";
import { db, type Prisma } from "@/lib/db";
import type { StaffGroup } from "@/lib/generated/prisma/enums";
import { getSurveyAccess } from "./access-queries";
import { surveyPhase } from "./rules";

/** The surveys a list may show the actor (surveyReadScope), as a Prisma filter. */
function readableWhere(actor: Actor): Prisma.SurveyWhereInput {
  const scope = surveyReadScope(actor);
  if (scope.everything) return {};
  const either: Prisma.SurveyWhereInput[] = [];
  if (scope.countryCode) either.push({ countryCode: scope.countryCode });
  if (scope.ownedBy) {
    either.push({ createdById: scope.ownedBy }, { session: { facilitatorId: scope.ownedBy } });
  }
  return either.length > 0 ? { OR: either } : { id: { in: [] } };
}

/** Surveys in the actor's scope, newest first, with how many answers each has (no more). */
export async function listSurveys(actor: Actor) {
  assertCan(actor, "survey.list");
  const surveys = await db.survey.findMany({
    where: readableWhere(actor),
    orderBy: [{ createdAt: "desc" }],
    select: {
      id: true,
      title: true,
      countryCode: true,
      status: true,
      opensAt: true,
      closesAt: true,
      _count: { select: { wises: true } },
    },
  });
  const counts = await responseCounts(surveys.map((survey) => survey.id));
  const now = new Date();
  return surveys.map(({ _count, ...survey }) => ({
    ...survey,
    wiseCount: _count.wises,
    phase: surveyPhase(survey, now),
    responseCount: counts.get(survey.id) ?? 0,
  }));
}

async function responseCounts(surveyIds: string[]): Promise<Map<string, number>> {
  if (surveyIds.length === 0) return new Map();
  const rows = await db.$queryRaw<{ surveyId: string; count: number }[]>`
    SELECT sw."surveyId", COUNT(r.id)::int AS count
    FROM "SurveyResponse" r
    JOIN "SurveyLink" l ON l.id = r."linkId"
    JOIN "SurveyWise" sw ON sw.id = l."surveyWiseId"
    WHERE sw."surveyId" = ANY(${surveyIds})
    GROUP BY sw."surveyId"`;
  return new Map(rows.map((row) => [row.surveyId, row.count]));
}

/**
 * One survey with, per WISE and staff group, its link's code and how many people started and
 * finished answering: counts only, never who answered what. Null when it does not exist or the
 * actor may not know it does.
 */
export async function getSurvey(actor: Actor, surveyId: string) {
  const access = await getSurveyAccess(surveyId);
  if (!access || !can(actor, "survey.read", access)) return null;
  const survey = await db.survey.findUniqueOrThrow({
    where: { id: surveyId },
    select: {
      id: true,
      title: true,
      countryCode: true,
      status: true,
      opensAt: true,
      closesAt: true,
      createdAt: true,
      framework: { select: { id: true, name: true, version: true } },
      session: { select: { id: true, title: true } },
      createdBy: { select: { name: true } },
      wises: {
        orderBy: { wise: { name: "asc" } },
        select: {
          id: true,
          remindedAt: true,
          wise: { select: { id: true, name: true, representativeEmail: true } },
          links: { orderBy: { group: "asc" }, select: { id: true, group: true, code: true } },
        },
      },
    },
  });
  const rows = await db.$queryRaw<{ linkId: string; started: number; finished: number }[]>`
    SELECT l.id AS "linkId", COUNT(r.id)::int AS started,
           COUNT(r."submittedAt")::int AS finished
    FROM "SurveyLink" l
    JOIN "SurveyWise" sw ON sw.id = l."surveyWiseId"
    LEFT JOIN "SurveyResponse" r ON r."linkId" = l.id
    WHERE sw."surveyId" = ${surveyId}
    GROUP BY l.id`;
  const byLink = new Map(rows.map((row) => [row.linkId, row]));
  return {
    ...survey,
    phase: surveyPhase(survey),
    manages: can(actor, "survey.manage", access),
    wises: survey.wises.map(({ wise, links, ...surveyWise }) => ({
      ...surveyWise,
      wiseId: wise.id,
      name: wise.name,
      // Whether a reminder can be e-mailed; the address itself is not needed on the page.
      hasEmail: Boolean(wise.representativeEmail),
      links: links.map((link) => ({
        ...link,
        group: link.group as StaffGroup,
        started: byLink.get(link.id)?.started ?? 0,
        finished: byLink.get(link.id)?.finished ?? 0,
      })),
    })),
  };
}

export type SurveyDetail = NonNullable<Awaited<ReturnType<typeof getSurvey>>>;

/** The country a new survey is for: the actor's own, or the one chosen by an admin. */
export function surveyCountryFor(actor: Actor, chosen: string | undefined): string | null {
  if (actor.role === "PARTNER" || (actor.role === "FACILITATOR" && actor.countryCode)) {
    return actor.countryCode;
  }
  return chosen && /^[A-Z]{2}$/.test(chosen) ? chosen : null;
}

/**
 * What the new-survey form offers: the country's WISEs, and the focus groups whose WISEs the
 * actor may survey in one click (the country's, and those the actor leads elsewhere), each with
 * its country and the WISEs on its agenda.
 */
export async function getNewSurveyOptions(actor: Actor, countryCode: string) {
  const [wises, sessions] = await Promise.all([
    db.wise.findMany({
      where: { countryCode },
      orderBy: { name: "asc" },
      select: { id: true, name: true, region: true },
    }),
    db.focusGroupSession.findMany({
      where: {
        OR: [{ countryCode }, { facilitatorId: actor.id }],
        agendaItems: { some: {} },
      },
      orderBy: { startsAt: "desc" },
      select: {
        id: true,
        title: true,
        countryCode: true,
        facilitatorId: true,
        startsAt: true,
        agendaItems: { select: { wiseId: true }, orderBy: { position: "asc" } },
      },
    }),
  ]);
  const usable = sessions.filter((session) =>
    can(actor, "survey.create", {
      countryCode: session.countryCode,
      createdById: null,
      sessionFacilitatorId: session.facilitatorId,
    }),
  );
  return {
    wises,
    sessions: usable.map(({ agendaItems, facilitatorId: _, ...session }) => ({
      ...session,
      wiseIds: agendaItems.map((item) => item.wiseId),
    })),
  };
}

/** The focus group a new survey starts from: its country, lead, title and WISEs; or null. */
export async function getSurveySession(sessionId: string) {
  const session = await db.focusGroupSession.findUnique({
    where: { id: sessionId },
    select: {
      id: true,
      title: true,
      countryCode: true,
      facilitatorId: true,
      agendaItems: { select: { wiseId: true } },
    },
  });
  if (!session) return null;
  const { agendaItems, ...fields } = session;
  return { ...fields, wiseIds: agendaItems.map((item) => item.wiseId) };
}

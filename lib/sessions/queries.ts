import "server-only";
import { type Actor, assertCan, can, sessionReadScope } from "@/lib/auth/permissions";
import { db, type Prisma } from "@/lib/db";
import { getSessionAccess } from "./access";

/**
 * The sessions a list may show the actor, as a Prisma filter: those they lead or belong to, and
 * their country's for a partner (see sessionReadScope). Lists of sessions and of summaries share it.
 */
export function readableSessionsWhere(actor: Actor): Prisma.FocusGroupSessionWhereInput {
  const scope = sessionReadScope(actor);
  if (scope.everything) return {};
  return {
    OR: [
      { facilitatorId: actor.id },
      { members: { some: { userId: actor.id } } },
      ...(scope.countryCode ? [{ countryCode: scope.countryCode }] : []),
    ],
  };
}

export async function listSessions(actor: Actor) {
  assertCan(actor, "session.list");
  const where = readableSessionsWhere(actor);
  return db.focusGroupSession.findMany({
    where,
    orderBy: { startsAt: "desc" },
    take: 200,
    select: {
      id: true,
      title: true,
      startsAt: true,
      countryCode: true,
      status: true,
      place: true,
      online: true,
      facilitator: { select: { name: true } },
      _count: { select: { agendaItems: true } },
    },
  });
}

/** Everything the session page shows, or null when the session does not exist. */
export async function getSessionOverview(actor: Actor, sessionId: string) {
  const access = await getSessionAccess(actor, sessionId);
  if (!access) return null;
  assertCan(actor, "session.read", access);
  const session = await db.focusGroupSession.findUniqueOrThrow({
    where: { id: sessionId },
    select: {
      id: true,
      title: true,
      startsAt: true,
      countryCode: true,
      place: true,
      online: true,
      status: true,
      facilitatorId: true,
      facilitator: { select: { name: true } },
      grid: { select: { id: true, name: true, version: true } },
      organisations: { select: { organisation: { select: { id: true, name: true } } } },
      members: {
        orderBy: { addedAt: "asc" },
        select: {
          role: true,
          canScore: true,
          user: { select: { id: true, name: true, email: true } },
        },
      },
      agendaItems: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          position: true,
          wise: { select: { id: true, name: true, region: true } },
          classification: { select: { agreedModel: true, suggestedModel: true } },
          _count: { select: { evaluations: true } },
        },
      },
      statusChanges: {
        orderBy: { changedAt: "desc" },
        select: {
          id: true,
          fromStatus: true,
          toStatus: true,
          reason: true,
          changedAt: true,
          changedBy: { select: { name: true } },
        },
      },
    },
  });
  return { session, access };
}

export async function listSessionNotes(actor: Actor, sessionId: string) {
  const access = await getSessionAccess(actor, sessionId);
  if (!access) return [];
  assertCan(actor, "session.read", access);
  // Participants read the notes the facilitator made public; the team reads all of them.
  const onlyPublic = !can(actor, "session.manage", access);
  return db.sessionNote.findMany({
    where: { sessionId, ...(onlyPublic ? { isPublic: true } : {}) },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      theme: true,
      body: true,
      isPublic: true,
      createdAt: true,
      agendaItem: { select: { id: true, wise: { select: { name: true } } } },
      author: { select: { name: true } },
    },
  });
}

/** WISEs of the session's country that are not on its agenda yet, for the "add to agenda" picker. */
export function listWisesForAgenda(sessionId: string, countryCode: string) {
  return db.wise.findMany({
    where: { countryCode, agendaItems: { none: { sessionId } } },
    orderBy: { name: "asc" },
    take: 500,
    select: { id: true, name: true, region: true },
  });
}

/** The choices of the session form: grid versions and partner organisations. */
export async function getSessionFormChoices() {
  const [grids, organisations, countries] = await Promise.all([
    db.grid.findMany({
      orderBy: [{ name: "asc" }, { version: "desc" }],
      select: { id: true, name: true, version: true },
    }),
    db.organisation.findMany({
      orderBy: [{ countryCode: "asc" }, { name: "asc" }],
      select: { id: true, name: true, countryCode: true },
    }),
    db.country.findMany({ select: { code: true } }),
  ]);
  return { grids, organisations, countryCodes: countries.map((country) => country.code) };
}

export async function getSessionForEdit(actor: Actor, sessionId: string) {
  const access = await getSessionAccess(actor, sessionId);
  if (!access) return null;
  assertCan(actor, "session.manage", access);
  return db.focusGroupSession.findUniqueOrThrow({
    where: { id: sessionId },
    select: {
      id: true,
      title: true,
      startsAt: true,
      countryCode: true,
      place: true,
      online: true,
      status: true,
      gridId: true,
      organisations: { select: { organisationId: true } },
    },
  });
}

import "server-only";
import { DomainError } from "@/lib/actions/result";
import { type Actor, can, type LiveGuestAccess } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { SAVED_SCORE_SELECT, type SavedScore } from "@/lib/evaluations/saved-score";
import { getSessionAccess } from "@/lib/sessions/access";
import type {
  LiveFacilitatorSnapshot,
  LiveGuest,
  LiveGuestSnapshot,
  LiveParticipantView,
  LiveRaterView,
  LiveState,
} from "./events";
import { guestStateOf } from "./events";
import { countRefusedJoins } from "./join-limit-mutations";
import { readLiveState } from "./state";

export { getReveal } from "./reveal-queries";

/** The guest whose cookie hashes to this, as an actor; null for an unknown or stale cookie. */
export async function findGuestByTokenHash(tokenHash: string) {
  const participant = await db.liveParticipant.findUnique({
    where: { tokenHash },
    select: {
      id: true,
      sessionId: true,
      status: true,
      displayName: true,
      user: {
        select: { id: true, role: true, countryCode: true, organisationId: true, active: true },
      },
      session: { select: { status: true, live: { select: { endedAt: true } } } },
    },
  });
  if (!participant?.user.active) return null;
  const { active: _, ...actor } = participant.user;
  const guest: LiveGuest = {
    participantId: participant.id,
    sessionId: participant.sessionId,
    status: participant.status,
    displayName: participant.displayName,
    sessionOpen: participant.session.status === "OPEN",
    liveEnded: !participant.session.live || participant.session.live.endedAt !== null,
  };
  return { actor: actor as Actor, guest };
}

/**
 * The rater behind a guest cookie, and nothing more: for a score save, which reads the guest's
 * standing itself under the session's lock. One statement, because every answer of a room's
 * phones passes here.
 */
export async function findGuestRaterByTokenHash(tokenHash: string): Promise<Actor | null> {
  const [row] = await db.$queryRaw<Actor[]>`
    SELECT u.id, u.role::text AS role, u."countryCode", u."organisationId"
    FROM "LiveParticipant" p JOIN "User" u ON u.id = p."userId"
    WHERE p."tokenHash" = ${tokenHash} AND u.active`;
  return row ?? null;
}

/** The guest's standing for the live permissions, about a given session. */
export function guestAccess(actor: Actor, guest: LiveGuest, sessionId: string): LiveGuestAccess {
  return {
    userId: actor.id,
    guestSessionId: guest.sessionId,
    sessionId,
    status: guest.status,
    sessionStatus: guest.sessionOpen ? "OPEN" : "CLOSED",
    liveEnded: guest.liveEnded,
  };
}

/** What every screen may know; null when the session never went live. */
export function getLiveState(sessionId: string): Promise<LiveState | null> {
  return readLiveState(db, sessionId);
}

/**
 * The facilitator's console: the live state, every guest with how many criteria they answered
 * on the WISE on stage, and the signed-in raters who scored it. Counts only, never levels.
 * The caller has checked "live.control".
 */
export async function getFacilitatorSnapshot(
  sessionId: string,
): Promise<LiveFacilitatorSnapshot | null> {
  const state = await getLiveState(sessionId);
  if (!state) return null;
  const [guests, answered, refusedJoins] = await Promise.all([
    db.liveParticipant.findMany({
      where: { sessionId },
      orderBy: { joinedAt: "asc" },
      select: { id: true, userId: true, displayName: true, status: true },
    }),
    answeredByRater(state),
    countRefusedJoins(sessionId),
  ]);
  const guestUserIds = new Set(guests.map((guest) => guest.userId));
  const participants: LiveParticipantView[] = guests.map((guest) => ({
    participantId: guest.id,
    userId: guest.userId,
    displayName: guest.displayName,
    status: guest.status,
    answered: answered.get(guest.userId) ?? 0,
  }));
  const raterIds = [...answered.keys()].filter((id) => !guestUserIds.has(id));
  const users = await db.user.findMany({
    where: { id: { in: raterIds } },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
  const raters: LiveRaterView[] = users.map((user) => ({
    userId: user.id,
    name: user.name,
    answered: answered.get(user.id) ?? 0,
  }));
  return { state, participants, raters, refusedJoins };
}

/**
 * Criteria answered per rater on the WISE on stage, counted in SQL: in round 1 their scores,
 * in round 2 the distinct round criteria they changed during the round.
 */
async function answeredByRater(state: LiveState): Promise<Map<string, number>> {
  const item = state.currentAgendaItemId;
  if (!item) return new Map();
  const rows =
    state.round === 2
      ? await db.$queryRaw<{ raterId: string; answered: number }[]>`
          SELECT e."raterId", COUNT(DISTINCT c."criterionId")::int AS answered
          FROM "ScoreChange" c JOIN "Evaluation" e ON e.id = c."evaluationId"
          WHERE e."agendaItemId" = ${item} AND c.round = 2
            AND c."criterionId" = ANY(${state.roundCriterionIds})
          GROUP BY e."raterId"`
      : await db.$queryRaw<{ raterId: string; answered: number }[]>`
          SELECT e."raterId", COUNT(s.id)::int AS answered
          FROM "Evaluation" e JOIN "Score" s ON s."evaluationId" = e.id
          WHERE e."agendaItemId" = ${item}
          GROUP BY e."raterId"`;
  return new Map(rows.map((row) => [row.raterId, row.answered]));
}

/**
 * A guest's phone: the room's state (never its join code) and their own standing. A guest who
 * was removed, or whose session ended, learns only their own standing.
 */
export async function getGuestSnapshot(guest: LiveGuest): Promise<LiveGuestSnapshot | null> {
  const me = {
    participantId: guest.participantId,
    displayName: guest.displayName,
    status: guest.status,
  };
  if (guest.status === "REMOVED" || !guest.sessionOpen || guest.liveEnded)
    return { state: null, me };
  const state = await getLiveState(guest.sessionId);
  if (!state) return null;
  return { state: guestStateOf(state), me };
}

/**
 * The actor's own saved answers on one agenda item (what a phone restores after a reload);
 * with `sessionId`, only if the item belongs to that session.
 */
export async function getMyScores(
  actor: Actor,
  agendaItemId: string,
  sessionId?: string,
): Promise<SavedScore[]> {
  return db.score.findMany({
    where: {
      evaluation: {
        agendaItemId,
        raterId: actor.id,
        ...(sessionId ? { agendaItem: { sessionId } } : {}),
      },
    },
    orderBy: { criterion: { position: "asc" } },
    select: SAVED_SCORE_SELECT,
  });
}

/**
 * Whether a non-guest actor controls the live part of a session: the console, the room's screen
 * and the facilitator's event stream. 404 when the session does not exist.
 */
export async function canControlLive(actor: Actor, sessionId: string): Promise<boolean> {
  const access = await getSessionAccess(actor, sessionId);
  if (!access) throw new DomainError(404, "sessionNotFound");
  return can(actor, "live.control", access);
}

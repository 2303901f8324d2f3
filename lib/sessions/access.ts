import "server-only";
import type { Actor, SessionAccess } from "@/lib/auth/permissions";
import { db } from "@/lib/db";

/**
 * What the permission rules need to decide about one session for one actor: its owner, country
 * and status, and the actor's own membership. Null when the session does not exist.
 */
export async function getSessionAccess(
  actor: Actor,
  sessionId: string,
): Promise<SessionAccess | null> {
  const session = await db.focusGroupSession.findUnique({
    where: { id: sessionId },
    select: {
      facilitatorId: true,
      countryCode: true,
      status: true,
      bundleKey: true,
      members: { where: { userId: actor.id }, select: { role: true, canScore: true } },
    },
  });
  if (!session) return null;
  const [membership] = session.members;
  return {
    facilitatorId: session.facilitatorId,
    countryCode: session.countryCode,
    status: session.status,
    membership: membership ?? null,
    imported: session.bundleKey !== null,
  };
}

/** The session an agenda item belongs to, with the same access facts. */
export async function getAgendaItemAccess(actor: Actor, agendaItemId: string) {
  const item = await db.agendaItem.findUnique({
    where: { id: agendaItemId },
    select: { sessionId: true },
  });
  if (!item) return null;
  const access = await getSessionAccess(actor, item.sessionId);
  return access ? { sessionId: item.sessionId, access } : null;
}

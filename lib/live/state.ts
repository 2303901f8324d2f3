import "server-only";
import type { Prisma } from "@/lib/db";
import type { LiveState } from "./events";

/**
 * The live state as every screen may see it, read through the given client (a transaction
 * inside commands, so the state announced is the one being committed). Null: never started.
 * `ended` also covers a session that is no longer OPEN: its guests' access has ended.
 */
export async function readLiveState(
  client: Prisma.TransactionClient,
  sessionId: string,
): Promise<LiveState | null> {
  const live = await client.liveSession.findUnique({
    where: { sessionId },
    select: {
      stateVersion: true,
      phase: true,
      round: true,
      roundCriterionIds: true,
      currentAgendaItemId: true,
      admitAll: true,
      admitDuringScoring: true,
      guestCap: true,
      joinCode: true,
      endedAt: true,
      session: { select: { status: true } },
    },
  });
  if (!live) return null;
  const item = live.currentAgendaItemId
    ? await client.agendaItem.findUnique({
        where: { id: live.currentAgendaItemId },
        select: { wise: { select: { name: true } } },
      })
    : null;
  return {
    sessionId,
    stateVersion: live.stateVersion,
    phase: live.phase,
    round: live.round,
    roundCriterionIds: live.roundCriterionIds,
    currentAgendaItemId: live.currentAgendaItemId,
    currentWiseName: item?.wise.name ?? null,
    admitAll: live.admitAll,
    admitDuringScoring: live.admitDuringScoring,
    guestCap: live.guestCap,
    joinCode: live.joinCode,
    ended: live.endedAt !== null || live.session.status !== "OPEN",
  };
}

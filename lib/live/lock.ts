import "server-only";
import { DomainError } from "@/lib/actions/result";
import type { Prisma } from "@/lib/db";
import type { LivePhase } from "@/lib/generated/prisma/enums";

/** A room acts in bursts; wait for a pooled connection rather than fail after Prisma's 2 s. */
export const BURST_TRANSACTION = { maxWait: 10_000, timeout: 20_000 };

export type LockedLive = {
  sessionId: string;
  phase: LivePhase;
  round: number;
  roundCriterionIds: string[];
  currentAgendaItemId: string | null;
  admitAll: boolean;
  admitDuringScoring: boolean;
  guestCap: number;
  startedAt: Date;
  endedAt: Date | null;
  sessionStatus: string;
};

/**
 * Locks a session's live row for the rest of the transaction. Control commands take it FOR
 * UPDATE, so two clicks apply one after the other; joins and score saves take it FOR SHARE, so
 * they run side by side but never straddle a phase change: a save either lands before "close
 * scoring" commits or sees scoring closed.
 */
export async function lockLive(
  tx: Prisma.TransactionClient,
  sessionId: string,
  mode: "update" | "share",
): Promise<LockedLive | null> {
  const rows =
    mode === "update"
      ? await tx.$queryRaw<LockedLive[]>`
          SELECT l."sessionId", l.phase::text AS phase, l.round, l."roundCriterionIds",
                 l."currentAgendaItemId", l."admitAll", l."admitDuringScoring", l."guestCap", l."startedAt", l."endedAt",
                 s.status::text AS "sessionStatus"
          FROM "LiveSession" l JOIN "FocusGroupSession" s ON s.id = l."sessionId"
          WHERE l."sessionId" = ${sessionId} FOR UPDATE OF l`
      : await tx.$queryRaw<LockedLive[]>`
          SELECT l."sessionId", l.phase::text AS phase, l.round, l."roundCriterionIds",
                 l."currentAgendaItemId", l."admitAll", l."admitDuringScoring", l."guestCap", l."startedAt", l."endedAt",
                 s.status::text AS "sessionStatus"
          FROM "LiveSession" l JOIN "FocusGroupSession" s ON s.id = l."sessionId"
          WHERE l."sessionId" = ${sessionId} FOR SHARE OF l`;
  return rows[0] ?? null;
}

/** The live row, locked, of a live part that is running; refusals the console can explain. */
export async function lockRunningLive(
  tx: Prisma.TransactionClient,
  sessionId: string,
  mode: "update" | "share",
): Promise<LockedLive> {
  const live = await lockLive(tx, sessionId, mode);
  if (!live) throw new DomainError(409, "liveNotStarted");
  if (live.endedAt !== null || live.sessionStatus !== "OPEN")
    throw new DomainError(409, "liveEnded");
  return live;
}

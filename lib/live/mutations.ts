import "server-only";
import { defineCommand } from "@/lib/actions/command";
import { DomainError } from "@/lib/actions/result";
import { liveSessionSubject } from "@/lib/audit/session-subjects";
import { type Actor, assertCan } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/db";
import { getSessionAccess } from "@/lib/sessions/access";
import type { LiveState } from "./events";
import { purgeExpiredGuests } from "./guest-purge-mutations";
import { makeJoinCode } from "./join-code";
import { BURST_TRANSACTION, type LockedLive, lockLive, lockRunningLive } from "./lock";
import { notifyLive } from "./notify";
import { admitAllWaiting, admitParticipant, removeParticipant } from "./participant-mutations";
import { nextPhase } from "./rules";
import { type LiveControl, LiveControlSchema } from "./schemas";
import { readLiveState } from "./state";

/** Writes a change of the live state, bumps its version and announces the new state. */
export async function changeLiveState(
  tx: Prisma.TransactionClient,
  sessionId: string,
  data: Prisma.LiveSessionUpdateInput,
): Promise<LiveState> {
  await tx.liveSession.update({
    where: { sessionId },
    data: { ...data, stateVersion: { increment: 1 } },
  });
  return announceState(tx, sessionId);
}

async function announceState(tx: Prisma.TransactionClient, sessionId: string) {
  const state = await readLiveState(tx, sessionId);
  if (!state) throw new DomainError(409, "liveNotStarted");
  await notifyLive(tx, { sessionId, type: "state", state });
  return state;
}

async function currentState(tx: Prisma.TransactionClient, sessionId: string) {
  const state = await readLiveState(tx, sessionId);
  if (!state) throw new DomainError(409, "liveNotStarted");
  return state;
}

/**
 * A join code no live session (running or ended) uses; collisions are rare but possible. Starts
 * take turns here (a lock held until their transaction ends), so two starts at once cannot
 * both pick the same fresh code: the second sees the first's code as taken.
 */
async function freeJoinCode(tx: Prisma.TransactionClient): Promise<string> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('live.joinCode'))`;
  for (let attempt = 0; attempt < 20; attempt++) {
    const code = makeJoinCode();
    const taken = await tx.liveSession.findUnique({
      where: { joinCode: code },
      select: { sessionId: true },
    });
    if (!taken) return code;
  }
  throw new Error("No free join code after 20 attempts");
}

/**
 * Starts the live part of an OPEN session, or restarts an ended one with a new code (the
 * previous guests' access stays ended). Starting a running live part changes nothing.
 */
async function startLive(tx: Prisma.TransactionClient, actor: Actor, sessionId: string) {
  const [session] = await tx.$queryRaw<{ status: string }[]>`
    SELECT status::text AS status FROM "FocusGroupSession" WHERE id = ${sessionId} FOR UPDATE`;
  if (session?.status !== "OPEN") throw new DomainError(409, "liveSessionNotOpen");
  const existing = await lockLive(tx, sessionId, "update");
  if (existing && existing.endedAt === null) return currentState(tx, sessionId);
  const fresh = {
    joinCode: await freeJoinCode(tx),
    phase: "WAITING" as const,
    round: 1,
    roundCriterionIds: [],
    currentAgendaItemId: null,
    admitAll: false,
    startedById: actor.id,
    startedAt: new Date(),
    endedAt: null,
  };
  if (!existing) {
    await tx.liveSession.create({ data: { sessionId, ...fresh } });
    return announceState(tx, sessionId);
  }
  await removeEveryGuest(tx, sessionId);
  return changeLiveState(tx, sessionId, fresh);
}

/** Guests lose their scoring membership; their past scores stay theirs. */
async function removeEveryGuest(tx: Prisma.TransactionClient, sessionId: string) {
  const guests = await tx.liveParticipant.findMany({
    where: { sessionId, status: { not: "REMOVED" } },
    select: { userId: true },
  });
  if (guests.length === 0) return;
  await tx.liveParticipant.updateMany({
    where: { sessionId, status: { not: "REMOVED" } },
    data: { status: "REMOVED", removedAt: new Date() },
  });
  await tx.sessionMember.updateMany({
    where: { sessionId, userId: { in: guests.map((guest) => guest.userId) } },
    data: { canScore: false },
  });
  await notifyLive(tx, { sessionId, type: "participants" });
}

/** Ends a running live part: the code stops working and every guest's access ends. */
async function endRunningLive(tx: Prisma.TransactionClient, sessionId: string) {
  const guests = await tx.liveParticipant.findMany({
    where: { sessionId },
    select: { userId: true },
  });
  await tx.sessionMember.updateMany({
    where: { sessionId, userId: { in: guests.map((guest) => guest.userId) } },
    data: { canScore: false },
  });
  const state = await changeLiveState(tx, sessionId, { endedAt: new Date() });
  await notifyLive(tx, { sessionId, type: "participants" });
  return state;
}

/**
 * Called by the session's status change, in its transaction, after the status moved: a session
 * leaving OPEN ends its live part, and every screen hears `ended`.
 */
export async function endLiveOfSession(tx: Prisma.TransactionClient, sessionId: string) {
  const live = await lockLive(tx, sessionId, "update");
  if (live && live.endedAt === null) await endRunningLive(tx, sessionId);
}

async function assertCriteriaInGrid(
  tx: Prisma.TransactionClient,
  sessionId: string,
  criterionIds: string[],
  field: string,
) {
  const found = await tx.gridCriterion.count({
    where: {
      id: { in: criterionIds },
      category: { grid: { sessions: { some: { id: sessionId } } } },
    },
  });
  if (found !== criterionIds.length) throw new DomainError(400, "liveCriterionUnknown", field);
}

async function applyControl(
  tx: Prisma.TransactionClient,
  actor: Actor,
  input: LiveControl,
): Promise<LiveState> {
  const { sessionId } = input;
  if (input.action === "start") return startLive(tx, actor, sessionId);
  if (input.action === "end") {
    const live = await lockLive(tx, sessionId, "update");
    if (!live) throw new DomainError(409, "liveNotStarted");
    if (live.endedAt !== null) return currentState(tx, sessionId);
    return endRunningLive(tx, sessionId);
  }
  const live = await lockRunningLive(tx, sessionId, "update");
  switch (input.action) {
    case "admit":
      await admitParticipant(tx, sessionId, input.participantId);
      return currentState(tx, sessionId);
    case "remove":
      await removeParticipant(tx, sessionId, input.participantId);
      return currentState(tx, sessionId);
    case "admitAll":
      await admitAllWaiting(tx, sessionId);
      return live.admitAll
        ? currentState(tx, sessionId)
        : changeLiveState(tx, sessionId, { admitAll: true });
    case "present": {
      const item = await tx.agendaItem.findFirst({
        where: { id: input.agendaItemId, sessionId },
        select: { id: true },
      });
      if (!item) throw new DomainError(404, "agendaItemNotFound", "agendaItemId");
      return changeLiveState(tx, sessionId, {
        currentAgendaItemId: item.id,
        phase: "PRESENTING",
        round: 1,
        roundCriterionIds: [],
      });
    }
    case "openScoring":
    case "closeScoring":
    case "reveal": {
      if (!live.currentAgendaItemId) throw new DomainError(409, "liveWrongPhase");
      const phase = nextPhase(live.phase, input.action);
      if (!phase) return currentState(tx, sessionId);
      return changeLiveState(tx, sessionId, {
        phase,
        ...(phase === "SCORING_OPEN" ? stopAdmittingAtScoring(live) : {}),
      });
    }
    case "configure":
      return changeLiveState(tx, sessionId, {
        ...(input.guestCap !== undefined ? { guestCap: input.guestCap } : {}),
        ...(input.admitDuringScoring !== undefined
          ? { admitDuringScoring: input.admitDuringScoring }
          : {}),
      });
    case "secondRound":
      if (live.phase !== "REVEALED") throw new DomainError(409, "liveNotRevealed");
      await assertCriteriaInGrid(tx, sessionId, input.criterionIds, "criterionIds");
      return changeLiveState(tx, sessionId, {
        ...stopAdmittingAtScoring(live),
        phase: "SCORING_OPEN",
        round: 2,
        roundCriterionIds: input.criterionIds,
      });
    case "agree": {
      const agendaItemId = live.currentAgendaItemId;
      if (live.phase !== "REVEALED" || !agendaItemId) throw new DomainError(409, "liveNotRevealed");
      await assertCriteriaInGrid(tx, sessionId, [input.criterionId], "criterionId");
      const key = { agendaItemId, criterionId: input.criterionId };
      const decided = { level: input.level, decidedById: actor.id, decidedAt: new Date() };
      await tx.agreedLevel.upsert({
        where: { agendaItemId_criterionId: key },
        create: { ...key, ...decided },
        update: decided,
      });
      // Announced as a state change so that the room's screen fetches the reveal again.
      return changeLiveState(tx, sessionId, {});
    }
  }
}

/**
 * Admitting everyone is for the room filling up: once scoring opens it switches itself off, so
 * that a stranger who finds the code mid-scoring waits, unless the facilitator chose to keep it.
 */
function stopAdmittingAtScoring(live: LockedLive): Prisma.LiveSessionUpdateInput {
  return live.admitAll && !live.admitDuringScoring ? { admitAll: false } : {};
}

/**
 * There is no scheduler: ending a live part is when guests of long-ended sessions are forgotten
 * (besides `npm run live:purge`). A failed purge must not fail the click; the next one retries.
 */
async function purgeOnTheWay() {
  try {
    await purgeExpiredGuests();
  } catch (error) {
    console.error("live: purging expired guests failed", error);
  }
}

/**
 * Everything the facilitator's console does, one transaction per click, answered with the live
 * state after it. A click that asks for the state the room is already in changes nothing.
 */
export const controlLive = defineCommand({
  schema: LiveControlSchema,
  authorize: async (actor, input) => {
    const access = await getSessionAccess(actor, input.sessionId);
    if (!access) throw new DomainError(404, "sessionNotFound");
    assertCan(actor, "live.control", access);
  },
  run: async (actor, input, tx) => {
    const state = await applyControl(tx, actor, input);
    if (input.action === "end") await purgeOnTheWay();
    return { state };
  },
  // The live part's snapshot (phase, round, guests by standing) before and after each click.
  audit: {
    action: (input) => `live.${input.action}`,
    subject: liveSessionSubject,
    id: (input) => input.sessionId,
    // What the click named (a guest, an agenda item, criteria, an agreed level).
    details: ({ sessionId: _, action: __, ...named }) => named,
  },
  transaction: BURST_TRANSACTION,
});

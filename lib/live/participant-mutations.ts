import "server-only";
import { randomUUID } from "node:crypto";
import { fieldErrorsOf } from "@/lib/actions/command";
import { type ActionResult, DomainError, failure, ok } from "@/lib/actions/result";
import { db, type Prisma } from "@/lib/db";
import type { LiveParticipantStatus } from "@/lib/generated/prisma/enums";
import { hashGuestSecret, makeGuestSecret } from "./guest-token";
import { countJoinAttempt, overJoinLimit, recordRefusedJoin } from "./join-limit-mutations";
import { BURST_TRANSACTION, lockLive } from "./lock";
import { notifyLive } from "./notify";
import { JoinLiveSchema } from "./schemas";

export type JoinedGuest = {
  participantId: string;
  sessionId: string;
  status: LiveParticipantStatus;
  /** For the `wf_live` cookie only; never stored, never sent in a body. */
  secret: string;
};

/** Admission is a scoring membership: from then on the guest is a rater like any other. */
async function grantScoring(tx: Prisma.TransactionClient, sessionId: string, userIds: string[]) {
  if (userIds.length === 0) return;
  await tx.sessionMember.createMany({
    data: userIds.map((userId) => ({
      sessionId,
      userId,
      role: "PARTICIPANT" as const,
      canScore: true,
    })),
    skipDuplicates: true,
  });
  await tx.sessionMember.updateMany({
    where: { sessionId, userId: { in: userIds } },
    data: { canScore: true },
  });
}

/** Who is joining, as far as the request tells: for throttling and for a removed guest's return. */
export type JoinContext = {
  /** From lib/http/client-address.ts. */
  address?: string;
  /** The `wf_live` cookie the phone already holds, if any. */
  previousSecret?: string;
};

const throttled = () => failure(429, "liveJoinThrottled", { code: ["liveJoinThrottled"] });
const unknownCode = () => failure(404, "liveCodeUnknown", { code: ["liveCodeUnknown"] });

/**
 * A phone joins with the code on the screen and a display name: a guest rater (a User that can
 * never sign in) and their place in the room, waiting or admitted at once when the facilitator
 * admits everyone. Every attempt counts against the caller's address (wrong codes included, so
 * that codes cannot be tried one after another) and, with a running session's code, against that
 * session; refusals of a session's joins (too many, room full) are counted for its console.
 * 404 "liveCodeUnknown", 429 "liveJoinThrottled", 409 "liveRoomFull".
 */
export async function joinLive(
  rawInput: unknown,
  context: JoinContext = {},
): Promise<ActionResult<JoinedGuest>> {
  const addressBucket = `address:${context.address ?? "unknown"}` as const;
  const parsed = JoinLiveSchema.safeParse(rawInput);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error);
    // An impossible code is, to the person typing it, simply an unknown one; and it is a guess.
    if (fieldErrors.code?.includes("liveCodeUnknown")) {
      const over = overJoinLimit(addressBucket, await countJoinAttempt(addressBucket));
      return over ? throttled() : failure(404, "liveCodeUnknown", fieldErrors);
    }
    return failure(400, "invalidInput", fieldErrors);
  }
  const addressOver = overJoinLimit(addressBucket, await countJoinAttempt(addressBucket));
  const found = await db.liveSession.findUnique({
    where: { joinCode: parsed.data.code },
    select: { sessionId: true, endedAt: true },
  });
  const sessionId = found && found.endedAt === null ? found.sessionId : null;
  if (addressOver) {
    if (sessionId) await recordRefusedJoin(sessionId);
    return throttled();
  }
  if (!sessionId) return unknownCode();
  const sessionBucket = `session:${sessionId}` as const;
  if (overJoinLimit(sessionBucket, await countJoinAttempt(sessionBucket))) {
    await recordRefusedJoin(sessionId);
    return throttled();
  }
  try {
    return ok(
      await db.$transaction(
        (tx) => addGuest(tx, sessionId, parsed.data.displayName, context.previousSecret),
        BURST_TRANSACTION,
      ),
    );
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    if (error.messageKey === "liveRoomFull") await recordRefusedJoin(sessionId);
    return failure(
      error.status,
      error.messageKey,
      error.field ? { [error.field]: [error.messageKey] } : {},
    );
  }
}

/**
 * The guest's place in the room, under the session's join lock (so the cap holds against joins
 * arriving together on any instance). A guest the facilitator removed (known by their cookie,
 * or by the same name) waits for admission even while everyone is admitted; with their cookie
 * they come back as the same rater, so their earlier scores stay one person's.
 */
async function addGuest(
  tx: Prisma.TransactionClient,
  sessionId: string,
  displayName: string,
  previousSecret: string | undefined,
): Promise<JoinedGuest> {
  // Shared lock: "admit all" waits for this join, or this join sees it.
  const live = await lockLive(tx, sessionId, "share");
  if (!live || live.endedAt !== null || live.sessionStatus !== "OPEN")
    throw new DomainError(404, "liveCodeUnknown", "code");
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`live-join:${sessionId}`}))`;
  const present = await tx.liveParticipant.count({
    where: { sessionId, status: { not: "REMOVED" } },
  });
  if (present >= live.guestCap) throw new DomainError(409, "liveRoomFull", "code");
  const previous = previousSecret
    ? await tx.liveParticipant.findUnique({
        where: { tokenHash: hashGuestSecret(previousSecret) },
        select: { id: true, sessionId: true, status: true, userId: true },
      })
    : null;
  const returning = previous?.sessionId === sessionId && previous.status === "REMOVED";
  const removedBefore =
    returning ||
    (await tx.liveParticipant.count({
      where: {
        sessionId,
        status: "REMOVED",
        displayName: { equals: displayName, mode: "insensitive" },
      },
    })) > 0;
  const admitting = live.admitAll && (live.phase !== "SCORING_OPEN" || live.admitDuringScoring);
  const status: LiveParticipantStatus = admitting && !removedBefore ? "ADMITTED" : "WAITING";
  const secret = makeGuestSecret();
  const seat = {
    displayName,
    status,
    tokenHash: hashGuestSecret(secret),
    admittedAt: status === "ADMITTED" ? new Date() : null,
  };
  let participantId: string;
  let userId: string;
  if (returning && previous) {
    await tx.liveParticipant.update({
      where: { id: previous.id },
      data: { ...seat, joinedAt: new Date(), removedAt: null },
    });
    await tx.user.update({ where: { id: previous.userId }, data: { name: displayName } });
    ({ id: participantId, userId } = previous);
  } else {
    const session = await tx.focusGroupSession.findUniqueOrThrow({
      where: { id: sessionId },
      select: { countryCode: true },
    });
    const user = await tx.user.create({
      data: {
        email: `guest-${randomUUID()}@guests.invalid`,
        name: displayName,
        role: "PARTICIPANT",
        guest: true,
        countryCode: session.countryCode,
      },
      select: { id: true },
    });
    userId = user.id;
    ({ id: participantId } = await tx.liveParticipant.create({
      data: { sessionId, userId, ...seat },
      select: { id: true },
    }));
  }
  if (status === "ADMITTED") await grantScoring(tx, sessionId, [userId]);
  await notifyLive(tx, { sessionId, type: "participants" });
  return { participantId, sessionId, status, secret };
}

async function findParticipant(
  tx: Prisma.TransactionClient,
  sessionId: string,
  participantId: string,
) {
  const participant = await tx.liveParticipant.findFirst({
    where: { id: participantId, sessionId },
    select: { id: true, userId: true, status: true },
  });
  if (!participant) throw new DomainError(404, "liveParticipantNotFound", "participantId");
  return participant;
}

/** Admits one guest (also one removed by mistake); admitting an admitted guest changes nothing. */
export async function admitParticipant(
  tx: Prisma.TransactionClient,
  sessionId: string,
  participantId: string,
) {
  const participant = await findParticipant(tx, sessionId, participantId);
  if (participant.status === "ADMITTED") return;
  await tx.liveParticipant.update({
    where: { id: participant.id },
    data: { status: "ADMITTED", admittedAt: new Date(), removedAt: null },
  });
  await grantScoring(tx, sessionId, [participant.userId]);
  await notifyLive(tx, { sessionId, type: "participants" });
}

/** Admits everyone waiting (not those the facilitator removed). */
export async function admitAllWaiting(tx: Prisma.TransactionClient, sessionId: string) {
  const waiting = await tx.liveParticipant.findMany({
    where: { sessionId, status: "WAITING" },
    select: { userId: true },
  });
  if (waiting.length === 0) return;
  await tx.liveParticipant.updateMany({
    where: { sessionId, status: "WAITING" },
    data: { status: "ADMITTED", admittedAt: new Date() },
  });
  await grantScoring(
    tx,
    sessionId,
    waiting.map((guest) => guest.userId),
  );
  await notifyLive(tx, { sessionId, type: "participants" });
}

/** Removes a guest: they can no longer score; what they scored stays, as any rater's would. */
export async function removeParticipant(
  tx: Prisma.TransactionClient,
  sessionId: string,
  participantId: string,
) {
  const participant = await findParticipant(tx, sessionId, participantId);
  if (participant.status === "REMOVED") return;
  await tx.liveParticipant.update({
    where: { id: participant.id },
    data: { status: "REMOVED", removedAt: new Date() },
  });
  await tx.sessionMember.updateMany({
    where: { sessionId, userId: participant.userId },
    data: { canScore: false },
  });
  await notifyLive(tx, { sessionId, type: "participants" });
}

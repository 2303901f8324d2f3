import "server-only";
import { randomUUID } from "node:crypto";
import { fieldErrorsOf } from "@/lib/actions/command";
import { type ActionResult, DomainError, failure, ok } from "@/lib/actions/result";
import { db, type Prisma } from "@/lib/db";
import type { LiveParticipantStatus } from "@/lib/generated/prisma/enums";
import { hashGuestSecret, makeGuestSecret } from "./guest-token";
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

/**
 * A phone joins with the code on the screen and a display name: a guest rater (a User that can
 * never sign in) and their place in the room, waiting or admitted at once when the facilitator
 * admits everyone. 404 "liveCodeUnknown" for a code that no running live part has.
 */
export async function joinLive(rawInput: unknown): Promise<ActionResult<JoinedGuest>> {
  const parsed = JoinLiveSchema.safeParse(rawInput);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error);
    // An impossible code is, to the person typing it, simply an unknown one.
    if (fieldErrors.code?.includes("liveCodeUnknown"))
      return failure(404, "liveCodeUnknown", fieldErrors);
    return failure(400, "invalidInput", fieldErrors);
  }
  const { code, displayName } = parsed.data;
  try {
    return ok(
      await db.$transaction(async (tx) => {
        const found = await tx.liveSession.findUnique({
          where: { joinCode: code },
          select: { sessionId: true, session: { select: { countryCode: true } } },
        });
        // Shared lock: "admit all" waits for this join, or this join sees it.
        const live = found && (await lockLive(tx, found.sessionId, "share"));
        if (!found || !live || live.endedAt !== null || live.sessionStatus !== "OPEN")
          throw new DomainError(404, "liveCodeUnknown", "code");
        const { sessionId } = live;
        const user = await tx.user.create({
          data: {
            email: `guest-${randomUUID()}@guests.invalid`,
            name: displayName,
            role: "PARTICIPANT",
            guest: true,
            countryCode: found.session.countryCode,
          },
          select: { id: true },
        });
        const secret = makeGuestSecret();
        const status: LiveParticipantStatus = live.admitAll ? "ADMITTED" : "WAITING";
        const participant = await tx.liveParticipant.create({
          data: {
            sessionId,
            userId: user.id,
            displayName,
            status,
            tokenHash: hashGuestSecret(secret),
            admittedAt: status === "ADMITTED" ? new Date() : null,
          },
          select: { id: true },
        });
        if (status === "ADMITTED") await grantScoring(tx, sessionId, [user.id]);
        await notifyLive(tx, { sessionId, type: "participants" });
        return { participantId: participant.id, sessionId, status, secret };
      }, BURST_TRANSACTION),
    );
  } catch (error) {
    if (error instanceof DomainError)
      return failure(
        error.status,
        error.messageKey,
        error.field ? { [error.field]: [error.messageKey] } : {},
      );
    throw error;
  }
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

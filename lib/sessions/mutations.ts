import "server-only";
import { defineCommand } from "@/lib/actions/command";
import { DomainError } from "@/lib/actions/result";
import { sessionSubject } from "@/lib/audit/session-subjects";
import { assertCan } from "@/lib/auth/permissions";
import { wallTimeToInstant } from "@/lib/dates/zoned-time";
import type { Prisma } from "@/lib/db";
import { serverEnv } from "@/lib/env";
import { endLiveOfSession } from "@/lib/live/mutations";
import { isSessionApproved } from "@/lib/reviews/queries";
import { authorizeOnSession, authorizeSessionEdit } from "./authorize";
import { canMove, isGridEditable, isReopening } from "./rules";
import {
  ChangeStatusSchema,
  type CreateSessionInput,
  CreateSessionSchema,
  UpdateSessionSchema,
} from "./schemas";

/** Checks that what the form points at exists, so a stale form gets a field error, not a 500. */
async function assertReferencesExist(tx: Prisma.TransactionClient, input: CreateSessionInput) {
  // One after another: a transaction runs on one connection, which takes one query at a time.
  const country = await tx.country.findUnique({
    where: { code: input.countryCode },
    select: { code: true },
  });
  const grid = await tx.grid.findUnique({ where: { id: input.gridId }, select: { id: true } });
  const organisations = await tx.organisation.count({
    where: { id: { in: input.organisationIds } },
  });
  if (!country) throw new DomainError(400, "countryRequired", "countryCode");
  if (!grid) throw new DomainError(400, "gridNotFound", "gridId");
  if (organisations !== new Set(input.organisationIds).size) {
    throw new DomainError(400, "organisationNotFound", "organisationIds");
  }
}

function sessionData(input: CreateSessionInput) {
  return {
    title: input.title,
    startsAt: wallTimeToInstant(input.startsAt, serverEnv().timeZone),
    countryCode: input.countryCode,
    place: input.place ?? null,
    online: input.online,
    gridId: input.gridId,
  };
}

export const createSession = defineCommand({
  schema: CreateSessionSchema,
  authorize: (actor) => assertCan(actor, "session.create"),
  run: async (actor, input, tx) => {
    await assertReferencesExist(tx, input);
    const session = await tx.focusGroupSession.create({
      data: {
        ...sessionData(input),
        facilitatorId: actor.id,
        organisations: {
          create: [...new Set(input.organisationIds)].map((organisationId) => ({
            organisationId,
          })),
        },
      },
      select: { id: true },
    });
    return { sessionId: session.id };
  },
  audit: {
    action: "session.create",
    subject: sessionSubject,
    createdId: (_, result) => result.sessionId,
  },
});

export const updateSession = defineCommand({
  schema: UpdateSessionSchema,
  authorize: (actor, input) => authorizeSessionEdit(actor, input.sessionId),
  run: async (_actor, input, tx) => {
    await assertReferencesExist(tx, input);
    const current = await tx.focusGroupSession.findUniqueOrThrow({
      where: { id: input.sessionId },
      select: { status: true, gridId: true, countryCode: true },
    });
    // The agenda holds WISEs of the session's country and a partner of that country reviews
    // it: once the session opened, moving it to another country would undo both.
    if (current.countryCode !== input.countryCode && current.status !== "DRAFT") {
      throw new DomainError(409, "countryLocked", "countryCode");
    }
    // Scores are tied to the grid's criteria: once scoring opened, the grid stays.
    if (current.gridId !== input.gridId && !isGridEditable(current.status)) {
      throw new DomainError(409, "gridLocked", "gridId");
    }
    await tx.focusGroupSession.update({
      where: { id: input.sessionId },
      data: sessionData(input),
    });
    await tx.sessionOrganisation.deleteMany({ where: { sessionId: input.sessionId } });
    await tx.sessionOrganisation.createMany({
      data: [...new Set(input.organisationIds)].map((organisationId) => ({
        sessionId: input.sessionId,
        organisationId,
      })),
    });
    return { sessionId: input.sessionId };
  },
  audit: { action: "session.update", subject: sessionSubject, id: (input) => input.sessionId },
});

/**
 * Moves a session to its next status and records who did it, when, and (for a reopening) why.
 * The update is conditional on the status the actor saw, so two clicks cannot both apply.
 * Publishing needs the national partner's approval of the results as they are now.
 */
export const changeSessionStatus = defineCommand({
  schema: ChangeStatusSchema,
  authorize: async (actor, input) => {
    const access = await authorizeOnSession(actor, input.sessionId, "session.read");
    if (!canMove(access.status, input.to)) throw new DomainError(409, "statusChangeNotAllowed");
    if (isReopening(access.status, input.to)) {
      assertCan(actor, "session.reopen", access);
      if (!input.reason) throw new DomainError(400, "reasonRequired", "reason");
    } else if (input.to === "PUBLISHED") {
      // Publishing has its own rule (who may make results public), not the general "manage".
      assertCan(actor, "session.publish", access);
    } else {
      assertCan(actor, "session.manage", access);
    }
  },
  run: async (actor, input, tx) => {
    const { status: from } = await tx.focusGroupSession.findUniqueOrThrow({
      where: { id: input.sessionId },
      select: { status: true },
    });
    const moved = await tx.focusGroupSession.updateMany({
      where: { id: input.sessionId, status: from },
      data: { status: input.to },
    });
    if (moved.count === 0 || !canMove(from, input.to))
      throw new DomainError(409, "statusChangeNotAllowed");
    // Guests' access ends with the OPEN session; their screens hear it at once.
    if (from === "OPEN") await endLiveOfSession(tx, input.sessionId);
    // Checked after the update has locked the session row, so that a partner's request for
    // changes written meanwhile is seen; throwing rolls the publication back.
    if (input.to === "PUBLISHED" && !(await isSessionApproved(tx, input.sessionId)))
      throw new DomainError(409, "approvalRequired");
    await tx.sessionStatusChange.create({
      data: {
        sessionId: input.sessionId,
        fromStatus: from,
        toStatus: input.to,
        changedById: actor.id,
        reason: input.reason,
      },
    });
    return { sessionId: input.sessionId, status: input.to };
  },
  audit: {
    action: "session.changeStatus",
    subject: sessionSubject,
    id: (input) => input.sessionId,
    details: (input) => (input.reason ? { reason: input.reason } : {}),
  },
});

import "server-only";
import { randomUUID } from "node:crypto";
import { defineCommand } from "@/lib/actions/command";
import {
  type ActionFailure,
  type ActionResult,
  DomainError,
  failure,
  ok,
} from "@/lib/actions/result";
import { type Actor, can, ForbiddenError, type SessionAccess } from "@/lib/auth/permissions";
import { db, type Prisma } from "@/lib/db";
import { Prisma as PrismaRuntime } from "@/lib/generated/prisma/client";
import type { ScoreAnswer, SessionMemberRole } from "@/lib/generated/prisma/enums";
import { BURST_TRANSACTION, type LockedLive, lockLive } from "@/lib/live/lock";
import { notifyLive } from "@/lib/live/notify";
import { roundOfChange } from "@/lib/live/rules";
import { getAgendaItemAccess } from "@/lib/sessions/access";
import { normaliseMeasuredValue } from "./rules";
import { SaveScoreSchema } from "./schemas";

/** A criterion's saved state as the scoring page shows it. */
export type SavedScore = {
  criterionId: string;
  answer: ScoreAnswer;
  level: number | null;
  value: string | null;
  comment: string | null;
  version: number;
};

/** The save was refused because the page's copy was out of date; here is what is stored now. */
export type StaleScoreFailure = ActionFailure & {
  status: 409;
  message: "scoreStale";
  current: SavedScore | null;
};
export type SaveScoreResult = ActionResult<SavedScore> | StaleScoreFailure;
/** `duplicate`: this change had been written before (a retry); nothing was written now. */
export type ScoreChangeResult =
  | ActionResult<{ score: SavedScore; duplicate: boolean }>
  | StaleScoreFailure;

/** The parsed input of a save, as SaveScoreSchema (and the live schema) produce it. */
export type ParsedScore = ReturnType<typeof SaveScoreSchema.parse>;

const SCORE_FIELDS = {
  criterionId: true,
  answer: true,
  level: true,
  value: true,
  comment: true,
  version: true,
} as const;

/** A rater whose session is not OPEN is told so; anyone else is simply refused. */
export function assertMayScore(actor: Actor, access: SessionAccess) {
  if (can(actor, "evaluation.score", access)) return;
  if (can(actor, "evaluation.score", { ...access, status: "OPEN" }))
    throw new DomainError(409, "scoringNotOpen");
  throw new ForbiddenError("evaluation.score");
}

/** Authorisation outside the transaction, shared by the scoring page and the live API. */
export async function authorizeScore(actor: Actor, input: { agendaItemId: string }) {
  const found = await getAgendaItemAccess(actor, input.agendaItemId);
  if (!found) throw new DomainError(404, "agendaItemNotFound");
  assertMayScore(actor, found.access);
  return found;
}

/**
 * Locks the session row (shared) and checks the rules again inside the transaction: closing
 * the session or withdrawing the invitation waits for this save, or this save sees its result.
 */
async function lockSessionForScoring(
  tx: Prisma.TransactionClient,
  actor: Actor,
  agendaItemId: string,
) {
  // One round trip: the lock, the facts the rules need and the actor's membership.
  const [row] = await tx.$queryRaw<
    (Omit<SessionAccess, "membership"> & {
      sessionId: string;
      gridId: string;
      memberRole: SessionMemberRole | null;
      canScore: boolean | null;
    })[]
  >`
    SELECT s.id AS "sessionId", s."facilitatorId", s."countryCode", s.status::text AS status,
           s."gridId", m.role::text AS "memberRole", m."canScore"
    FROM "AgendaItem" a
    JOIN "FocusGroupSession" s ON s.id = a."sessionId"
    LEFT JOIN "SessionMember" m ON m."sessionId" = s.id AND m."userId" = ${actor.id}
    WHERE a.id = ${agendaItemId}
    FOR SHARE OF s`;
  if (!row) throw new DomainError(404, "agendaItemNotFound");
  const { sessionId, gridId, memberRole, canScore, ...facts } = row;
  const membership = memberRole ? { role: memberRole, canScore: canScore ?? false } : null;
  assertMayScore(actor, { ...facts, membership });
  return { sessionId, gridId };
}

type SaveOutcome =
  | { kind: "saved"; score: SavedScore; duplicate: boolean }
  | { kind: "stale"; current: SavedScore | null };

/** Thrown inside the transaction to roll back the change row written ahead of a stale save. */
class StaleScore extends Error {
  constructor(readonly current: SavedScore | null) {
    super("scoreStale");
  }
}

/** The answer a change already written was given, for a retry of it; null when never written. */
async function findRecordedChange(
  client: Prisma.TransactionClient,
  actor: Actor,
  clientChangeId: string,
): Promise<SaveOutcome | null> {
  const change = await client.scoreChange.findUnique({
    where: { clientChangeId },
    select: {
      criterionId: true,
      answer: true,
      level: true,
      value: true,
      comment: true,
      resultingVersion: true,
      evaluation: { select: { raterId: true } },
    },
  });
  if (!change) return null;
  // Another rater's id: not a retry of this change, and not theirs to learn about.
  if (change.evaluation.raterId !== actor.id)
    throw new DomainError(409, "scoreChangeIdTaken", "clientChangeId");
  const { resultingVersion, evaluation: _, ...fields } = change;
  return { kind: "saved", duplicate: true, score: { ...fields, version: resultingVersion } };
}

/** Extra rules checked inside the transaction, with the session's live row locked (shared). */
export type LiveScoreGuard = (
  tx: Prisma.TransactionClient,
  live: LockedLive | null,
  input: ParsedScore,
) => Promise<void>;

async function writeScore(
  tx: Prisma.TransactionClient,
  actor: Actor,
  input: ParsedScore,
  guard?: LiveScoreGuard,
): Promise<SaveOutcome> {
  if (input.clientChangeId) {
    const recorded = await findRecordedChange(tx, actor, input.clientChangeId);
    if (recorded) return recorded;
  }
  const { sessionId, gridId } = await lockSessionForScoring(tx, actor, input.agendaItemId);
  const lockedLive = await lockLive(tx, sessionId, "share");
  const live = lockedLive && { ...lockedLive, ended: lockedLive.endedAt !== null };
  await guard?.(tx, lockedLive, input);
  const criterion = await tx.gridCriterion.findFirst({
    where: { id: input.criterionId, category: { gridId } },
    select: { unit: true },
  });
  if (!criterion) throw new DomainError(400, "scoreCriterionNotInGrid", "criterionId");
  const measured = normaliseMeasuredValue(criterion.unit, input.value);
  if (!measured.ok) throw new DomainError(400, measured.error, "value");

  // Each rater owns one evaluation per WISE, made on their first save; two tabs making it
  // at once both end up with the same row.
  const evaluationKey = { agendaItemId: input.agendaItemId, raterId: actor.id };
  await tx.evaluation.createMany({ data: [evaluationKey], skipDuplicates: true });
  const { id: evaluationId } = await tx.evaluation.findUniqueOrThrow({
    where: { agendaItemId_raterId: evaluationKey },
    select: { id: true },
  });

  const data = {
    answer: input.answer,
    level: input.level,
    value: measured.value,
    comment: input.comment,
  };
  const round = roundOfChange(live, input);
  // Written before the score: a concurrent copy of the same change waits on this key and then
  // fails on it, and is answered from the row (see runScoreWrite) instead of going stale.
  await tx.scoreChange.create({
    data: {
      clientChangeId: input.clientChangeId ?? randomUUID(),
      evaluationId,
      criterionId: input.criterionId,
      ...data,
      round,
      resultingVersion: input.expectedVersion + 1,
    },
  });
  // The write is conditional on the version the page saw: a page that missed a save made
  // elsewhere (another tab, another device) cannot overwrite it unknowingly.
  const key = { evaluationId, criterionId: input.criterionId };
  const [written] =
    input.expectedVersion === 0
      ? await tx.score.createManyAndReturn({
          data: [{ ...key, ...data }],
          skipDuplicates: true,
          select: SCORE_FIELDS,
        })
      : await tx.score.updateManyAndReturn({
          where: { ...key, version: input.expectedVersion },
          data: { ...data, version: { increment: 1 } },
          select: SCORE_FIELDS,
        });
  if (!written) {
    const current = await tx.score.findUnique({
      where: { evaluationId_criterionId: key },
      select: SCORE_FIELDS,
    });
    throw new StaleScore(current);
  }
  // Bumps the evaluation's updatedAt: "last saved" for the facilitator's overview.
  await tx.evaluation.update({ where: { id: evaluationId }, data: { updatedAt: new Date() } });
  if (live && !live.ended) {
    const answered = await countAnswered(tx, evaluationId, round, live.roundCriterionIds);
    await notifyLive(tx, {
      sessionId,
      type: "progress",
      agendaItemId: input.agendaItemId,
      raterId: actor.id,
      answered,
      round,
    });
  }
  return { kind: "saved", score: written, duplicate: false };
}

/** Criteria a rater has answered: all of them in round 1, the round's changes in round 2. */
export async function countAnswered(
  client: Prisma.TransactionClient,
  evaluationId: string,
  round: number,
  roundCriterionIds: string[],
): Promise<number> {
  if (round === 1) return client.score.count({ where: { evaluationId } });
  const changed = await client.scoreChange.groupBy({
    by: ["criterionId"],
    where: { evaluationId, round: 2, criterionId: { in: roundCriterionIds } },
  });
  return changed.length;
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof PrismaRuntime.PrismaClientKnownRequestError && error.code === "P2002";
}

/** One transaction for the save; a stale save and a lost race on the change id answered here. */
export async function runScoreWrite(
  actor: Actor,
  input: ParsedScore,
  guard?: LiveScoreGuard,
): Promise<SaveOutcome> {
  try {
    return await db.$transaction((tx) => writeScore(tx, actor, input, guard), BURST_TRANSACTION);
  } catch (error) {
    if (error instanceof StaleScore) return { kind: "stale", current: error.current };
    if (input.clientChangeId && isUniqueViolation(error)) {
      const recorded = await findRecordedChange(db, actor, input.clientChangeId);
      if (recorded) return recorded;
    }
    throw error;
  }
}

const saveScoreCommand = defineCommand({
  schema: SaveScoreSchema,
  authorize: authorizeScore,
  run: (actor, input) => runScoreWrite(actor, input),
});

/** The outcome of a score write as the result shape forms and route handlers return. */
export function scoreChangeResult(result: ActionResult<SaveOutcome>): ScoreChangeResult {
  if (!result.ok) return result;
  if (result.data.kind === "stale") {
    return {
      ...failure(409, "scoreStale"),
      status: 409,
      message: "scoreStale",
      current: result.data.current,
    };
  }
  return ok({ score: result.data.score, duplicate: result.data.duplicate });
}

/**
 * Saves one criterion of the actor's own evaluation of an agenda item, answering a retry of a
 * change already written (same `clientChangeId`) with its recorded outcome. Refused with 409
 * "scoreStale" and the stored value when the page's version is out of date.
 */
export async function saveScoreChange(actor: Actor, rawInput: unknown): Promise<ScoreChangeResult> {
  return scoreChangeResult(await saveScoreCommand(actor, rawInput));
}

/**
 * Saves one criterion of the actor's own evaluation of an agenda item. Refused with 409
 * "scoreStale" and the stored value when the page's version is out of date. Not audited row by
 * row: a score is owned by its rater and carries its own version and time of change.
 */
export async function saveScore(actor: Actor, rawInput: unknown): Promise<SaveScoreResult> {
  const result = await saveScoreChange(actor, rawInput);
  return result.ok ? ok(result.data.score) : result;
}

import "server-only";
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
import type { ValueUnit } from "@/lib/generated/prisma/enums";
import { BURST_TRANSACTION } from "@/lib/live/lock";
import { roundOfChange } from "@/lib/live/rules";
import { normaliseMeasuredValue } from "./rules";
import type { SavedScore } from "./saved-score";
import { SaveScoreSchema } from "./schemas";
import { readScoreFacts, type ScoreFacts, writeScoreRow } from "./score-write";

export type { SavedScore } from "./saved-score";

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

/** A rater whose session is not OPEN is told so; anyone else is simply refused. */
export function assertMayScore(actor: Actor, access: SessionAccess) {
  if (can(actor, "evaluation.score", access)) return;
  if (access.imported && can(actor, "evaluation.score", { ...access, imported: false }))
    throw new DomainError(409, "sessionImportedReadOnly");
  if (can(actor, "evaluation.score", { ...access, status: "OPEN" }))
    throw new DomainError(409, "scoringNotOpen");
  throw new ForbiddenError("evaluation.score");
}

type SaveOutcome =
  | { kind: "saved"; score: SavedScore; duplicate: boolean }
  | { kind: "stale"; current: SavedScore | null };

/** Thrown inside the transaction to roll back what a save wrote before it turned out stale. */
class StaleScore extends Error {
  constructor(readonly current: SavedScore | null) {
    super("scoreStale");
  }
}

/** Thrown inside the transaction when a concurrent copy of the same change was written first. */
class RacedChange extends Error {}

/** The answer a change already written was given, for a retry of it. */
function recordedOutcome(actor: Actor, recorded: NonNullable<ScoreFacts["recorded"]>): SaveOutcome {
  // Another rater's id: not a retry of this change, and not theirs to learn about.
  if (recorded.raterId !== actor.id)
    throw new DomainError(409, "scoreChangeIdTaken", "clientChangeId");
  const { raterId: _, ...score } = recorded;
  return { kind: "saved", duplicate: true, score };
}

/**
 * Extra rules of the live API, checked on the facts read under the session's shared lock, so
 * that no save straddles "close scoring" or a removal.
 */
export type LiveScoreGuard = (facts: ScoreFacts, input: ParsedScore) => void;

/** The scoring rules on the concrete session, as the permissions module states them. */
function assertFactsAllowScoring(actor: Actor, facts: ScoreFacts) {
  const membership = facts.memberRole
    ? { role: facts.memberRole, canScore: facts.canScore ?? false }
    : null;
  assertMayScore(actor, { ...facts, membership });
}

async function writeScore(
  tx: Prisma.TransactionClient,
  actor: Actor,
  input: ParsedScore,
  guard?: LiveScoreGuard,
): Promise<SaveOutcome> {
  const facts = await readScoreFacts(tx, actor.id, input);
  if (!facts) throw new DomainError(404, "agendaItemNotFound");
  if (facts.recorded) return recordedOutcome(actor, facts.recorded);
  guard?.(facts, input);
  assertFactsAllowScoring(actor, facts);
  if (!facts.criterionInGrid) throw new DomainError(400, "scoreCriterionNotInGrid", "criterionId");
  const measured = normaliseMeasuredValue(facts.criterionUnit as ValueUnit | null, input.value);
  if (!measured.ok) throw new DomainError(400, measured.error, "value");

  const running = facts.live && !facts.live.ended ? facts.live : null;
  const round = roundOfChange(facts.live, input);
  const outcome = await writeScoreRow(tx, {
    actorId: actor.id,
    agendaItemId: input.agendaItemId,
    criterionId: input.criterionId,
    clientChangeId: input.clientChangeId ?? null,
    answer: input.answer,
    level: input.level,
    value: measured.value,
    comment: input.comment,
    expectedVersion: input.expectedVersion,
    round,
    progress: running
      ? { sessionId: facts.sessionId, roundCriterionIds: running.roundCriterionIds }
      : null,
  });
  if (outcome.kind === "raced") throw new RacedChange();
  if (outcome.kind === "stale") throw new StaleScore(outcome.current);
  return { kind: "saved", score: outcome.score, duplicate: false };
}

/**
 * One transaction for the save; a stale save is answered here. A lost race on the change id
 * (a concurrent copy committed first) is tried once more: that attempt finds the copy's row and
 * answers from it, as any retry would be.
 */
export async function runScoreWrite(
  actor: Actor,
  input: ParsedScore,
  guard?: LiveScoreGuard,
): Promise<SaveOutcome> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction((tx) => writeScore(tx, actor, input, guard), BURST_TRANSACTION);
    } catch (error) {
      if (error instanceof StaleScore) return { kind: "stale", current: error.current };
      if (error instanceof RacedChange && attempt === 1) continue;
      throw error;
    }
  }
}

const saveScoreCommand = defineCommand({
  schema: SaveScoreSchema,
  // Decided inside the transaction, on the facts read under the session's lock (writeScore):
  // asking twice would cost a room of phones a round trip per answer and decide nothing more.
  authorize: async () => {},
  run: (actor, input) => runScoreWrite(actor, input),
  audit: { skip: "each change is a ScoreChange row: who, when, what, and the version it replaced" },
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

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
import type { ScoreAnswer } from "@/lib/generated/prisma/enums";
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

const SCORE_FIELDS = {
  criterionId: true,
  answer: true,
  level: true,
  value: true,
  comment: true,
  version: true,
} as const;

/** A rater whose session is not OPEN is told so; anyone else is simply refused. */
function assertMayScore(actor: Actor, access: SessionAccess) {
  if (can(actor, "evaluation.score", access)) return;
  if (can(actor, "evaluation.score", { ...access, status: "OPEN" }))
    throw new DomainError(409, "scoringNotOpen");
  throw new ForbiddenError("evaluation.score");
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
  const [row] = await tx.$queryRaw<{ sessionId: string }[]>`
    SELECT s.id AS "sessionId" FROM "AgendaItem" a JOIN "FocusGroupSession" s ON s.id = a."sessionId"
    WHERE a.id = ${agendaItemId} FOR SHARE OF s`;
  if (!row) throw new DomainError(404, "agendaItemNotFound");
  const session = await tx.focusGroupSession.findUniqueOrThrow({
    where: { id: row.sessionId },
    select: {
      facilitatorId: true,
      countryCode: true,
      status: true,
      gridId: true,
      members: { where: { userId: actor.id }, select: { role: true, canScore: true } },
    },
  });
  const { members, gridId, ...facts } = session;
  assertMayScore(actor, { ...facts, membership: members[0] ?? null });
  return gridId;
}

type SaveOutcome =
  | { kind: "saved"; score: SavedScore }
  | { kind: "stale"; current: SavedScore | null };

const saveScoreCommand = defineCommand({
  schema: SaveScoreSchema,
  authorize: async (actor, input) => {
    const found = await getAgendaItemAccess(actor, input.agendaItemId);
    if (!found) throw new DomainError(404, "agendaItemNotFound");
    assertMayScore(actor, found.access);
  },
  run: (actor, input) =>
    db.$transaction(async (tx): Promise<SaveOutcome> => {
      const gridId = await lockSessionForScoring(tx, actor, input.agendaItemId);
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
      // The write is conditional on the version the page saw: a page that missed a save made
      // elsewhere (another tab, another device) cannot overwrite it unknowingly.
      const written =
        input.expectedVersion === 0
          ? await tx.score.createMany({
              data: [{ evaluationId, criterionId: input.criterionId, ...data }],
              skipDuplicates: true,
            })
          : await tx.score.updateMany({
              where: {
                evaluationId,
                criterionId: input.criterionId,
                version: input.expectedVersion,
              },
              data: { ...data, version: { increment: 1 } },
            });
      const stored = await tx.score.findUnique({
        where: { evaluationId_criterionId: { evaluationId, criterionId: input.criterionId } },
        select: SCORE_FIELDS,
      });
      if (written.count === 0 || !stored) return { kind: "stale", current: stored };
      // Bumps the evaluation's updatedAt: "last saved" for the facilitator's overview.
      await tx.evaluation.update({ where: { id: evaluationId }, data: { updatedAt: new Date() } });
      return { kind: "saved", score: stored };
    }),
});

/**
 * Saves one criterion of the actor's own evaluation of an agenda item. Refused with 409
 * "scoreStale" and the stored value when the page's version is out of date. Not audited row by
 * row: a score is owned by its rater and carries its own version and time of change.
 */
export async function saveScore(actor: Actor, rawInput: unknown): Promise<SaveScoreResult> {
  const result = await saveScoreCommand(actor, rawInput);
  if (!result.ok) return result;
  if (result.data.kind === "stale") {
    return {
      ...failure(409, "scoreStale"),
      status: 409,
      message: "scoreStale",
      current: result.data.current,
    };
  }
  return ok(result.data.score);
}

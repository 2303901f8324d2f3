import "server-only";
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/lib/db";
import { Prisma as Sql } from "@/lib/generated/prisma/client";
import type {
  LiveParticipantStatus,
  LivePhase,
  ScoreAnswer,
  SessionMemberRole,
  SessionStatus,
} from "@/lib/generated/prisma/enums";
import { LIVE_CHANNEL } from "@/lib/live/events";
import type { SavedScore } from "./saved-score";

/**
 * A score save in two statements (docs/decisions/0010, "Speed"): a room of 60 phones saves about
 * once a second each, and every round trip inside the transaction holds the session's shared lock
 * and a pooled connection. So the save reads everything its rules need in one statement and writes
 * everything in one more, instead of a dozen small Prisma calls.
 */

/** What the rules of a save look at, read with the session (and its live row) locked FOR SHARE. */
export type ScoreFacts = {
  sessionId: string;
  facilitatorId: string;
  countryCode: string;
  status: SessionStatus;
  /** Imported from a bundle: read-only here. */
  imported: boolean;
  memberRole: SessionMemberRole | null;
  canScore: boolean | null;
  /** Null when the criterion is not in the session's grid. */
  criterionUnit: string | null;
  criterionInGrid: boolean;
  live: {
    phase: LivePhase;
    round: number;
    roundCriterionIds: string[];
    currentAgendaItemId: string | null;
    ended: boolean;
  } | null;
  /** The actor's guest record, when the actor is a live guest. */
  guest: { status: LiveParticipantStatus; sessionId: string } | null;
  /** A change already written with this clientChangeId: by whom, and what it stored. */
  recorded: (SavedScore & { raterId: string }) | null;
};

type FactsRow = Omit<ScoreFacts, "live" | "guest" | "recorded"> & {
  livePhase: LivePhase | null;
  liveRound: number | null;
  liveRoundCriterionIds: string[] | null;
  liveCurrentAgendaItemId: string | null;
  liveEnded: boolean | null;
  guestStatus: LiveParticipantStatus | null;
  guestSessionId: string | null;
  recordedRaterId: string | null;
  recordedCriterionId: string | null;
  recordedAnswer: ScoreAnswer | null;
  recordedLevel: number | null;
  recordedValue: string | null;
  recordedComment: string | null;
  recordedVersion: number | null;
};

/**
 * Locks the session (and its live row) FOR SHARE: closing the session, withdrawing an invitation
 * or closing live scoring waits for this save, or this save sees its result. Null: no such item.
 */
export async function readScoreFacts(
  tx: Prisma.TransactionClient,
  actorId: string,
  input: { agendaItemId: string; criterionId: string; clientChangeId?: string | null },
): Promise<ScoreFacts | null> {
  const changeId = input.clientChangeId ?? null;
  const [row] = await tx.$queryRaw<FactsRow[]>`
    SELECT s.id AS "sessionId", s."facilitatorId", s."countryCode", s.status::text AS status,
           (s."bundleKey" IS NOT NULL) AS imported,
           m.role::text AS "memberRole", m."canScore",
           c.unit::text AS "criterionUnit", (c.id IS NOT NULL) AS "criterionInGrid",
           l.phase::text AS "livePhase", l.round AS "liveRound",
           l."roundCriterionIds" AS "liveRoundCriterionIds",
           l."currentAgendaItemId" AS "liveCurrentAgendaItemId",
           (l."endedAt" IS NOT NULL) AS "liveEnded",
           g.status::text AS "guestStatus", g."sessionId" AS "guestSessionId",
           r."raterId" AS "recordedRaterId", r."criterionId" AS "recordedCriterionId",
           r.answer::text AS "recordedAnswer", r.level AS "recordedLevel",
           r.value AS "recordedValue", r.comment AS "recordedComment",
           r."resultingVersion" AS "recordedVersion"
    FROM "AgendaItem" a
    JOIN "FocusGroupSession" s ON s.id = a."sessionId"
    LEFT JOIN "SessionMember" m ON m."sessionId" = s.id AND m."userId" = ${actorId}
    LEFT JOIN LATERAL (
      SELECT gc.id, gc.unit FROM "GridCriterion" gc
      JOIN "GridCategory" cat ON cat.id = gc."categoryId"
      WHERE gc.id = ${input.criterionId} AND cat."gridId" = s."gridId"
    ) c ON TRUE
    LEFT JOIN LATERAL (
      SELECT * FROM "LiveSession" WHERE "sessionId" = s.id FOR SHARE
    ) l ON TRUE
    LEFT JOIN "LiveParticipant" g ON g."userId" = ${actorId}
    LEFT JOIN LATERAL (
      SELECT e."raterId", sc.* FROM "ScoreChange" sc
      JOIN "Evaluation" e ON e.id = sc."evaluationId"
      WHERE sc."clientChangeId" = ${changeId}::uuid
    ) r ON TRUE
    WHERE a.id = ${input.agendaItemId}
    FOR SHARE OF s`;
  if (!row) return null;
  return {
    sessionId: row.sessionId,
    facilitatorId: row.facilitatorId,
    countryCode: row.countryCode,
    status: row.status,
    imported: row.imported,
    memberRole: row.memberRole,
    canScore: row.canScore,
    criterionUnit: row.criterionUnit,
    criterionInGrid: row.criterionInGrid,
    live: row.livePhase
      ? {
          phase: row.livePhase,
          round: row.liveRound ?? 1,
          roundCriterionIds: row.liveRoundCriterionIds ?? [],
          currentAgendaItemId: row.liveCurrentAgendaItemId,
          ended: Boolean(row.liveEnded) || row.status !== "OPEN",
        }
      : null,
    guest:
      row.guestStatus && row.guestSessionId
        ? { status: row.guestStatus, sessionId: row.guestSessionId }
        : null,
    recorded:
      row.recordedRaterId && row.recordedCriterionId && row.recordedAnswer
        ? {
            raterId: row.recordedRaterId,
            criterionId: row.recordedCriterionId,
            answer: row.recordedAnswer,
            level: row.recordedLevel,
            value: row.recordedValue,
            comment: row.recordedComment,
            version: row.recordedVersion ?? 0,
          }
        : null,
  };
}

export type ScoreRowWrite = {
  actorId: string;
  agendaItemId: string;
  criterionId: string;
  clientChangeId: string | null;
  answer: ScoreAnswer;
  level: number | null;
  value: string | null;
  comment: string | null;
  expectedVersion: number;
  round: number;
  /** Set while the session runs live: the progress announced to the facilitator's console. */
  progress: { sessionId: string; roundCriterionIds: string[] } | null;
};

export type ScoreRowOutcome =
  | { kind: "written"; score: SavedScore }
  /** The version the page saw is not the stored one: nothing may stay written. */
  | { kind: "stale"; current: SavedScore | null }
  /** The same clientChangeId was written by a concurrent request first. */
  | { kind: "raced" };

type WriteRow = { changeWritten: boolean; written: SavedScore | null };

const scoreJson = (alias: string) =>
  Sql.raw(`json_build_object('criterionId', ${alias}."criterionId", 'answer', ${alias}.answer,
    'level', ${alias}.level, 'value', ${alias}.value, 'comment', ${alias}.comment,
    'version', ${alias}.version)`);

/**
 * One statement: the rater's evaluation (made on their first save, "last saved" bumped on every
 * one), the change row keyed by its clientChangeId, the score (created, or updated only from the
 * version the page saw) and, in a live session, the facilitator's progress notification.
 * The caller rolls the transaction back unless the outcome is "written".
 */
export async function writeScoreRow(
  tx: Prisma.TransactionClient,
  change: ScoreRowWrite,
): Promise<ScoreRowOutcome> {
  const fields = Sql.sql`${change.answer}::"ScoreAnswer", ${change.level}::int,
    ${change.value}::text, ${change.comment}::text`;
  const scoreWrite =
    change.expectedVersion === 0
      ? Sql.sql`INSERT INTO "Score" (id, "evaluationId", "criterionId", answer, level, value,
                  comment, version, "updatedAt")
                SELECT ${randomUUID()}, e.id, ${change.criterionId}, ${fields}, 1, now()
                FROM evaluation e WHERE EXISTS (SELECT 1 FROM change)
                ON CONFLICT ("evaluationId", "criterionId") DO NOTHING
                RETURNING *`
      : Sql.sql`UPDATE "Score" sc SET (answer, level, value, comment) = (${fields}),
                  version = sc.version + 1, "updatedAt" = now()
                FROM evaluation e
                WHERE sc."evaluationId" = e.id AND sc."criterionId" = ${change.criterionId}
                  AND sc.version = ${change.expectedVersion} AND EXISTS (SELECT 1 FROM change)
                RETURNING sc.*`;
  // Counted from before this statement (its snapshot), plus the criterion just answered.
  const answered =
    change.round === 1
      ? Sql.sql`(SELECT count(*) FROM "Score" x, evaluation e
                 WHERE x."evaluationId" = e.id AND x."criterionId" <> ${change.criterionId}) + 1`
      : Sql.sql`(SELECT count(DISTINCT x."criterionId") FROM "ScoreChange" x, evaluation e
                 WHERE x."evaluationId" = e.id AND x.round = 2
                   AND x."criterionId" = ANY(${change.progress?.roundCriterionIds ?? []}::text[])
                   AND x."criterionId" <> ${change.criterionId}) + 1`;
  const notify = change.progress
    ? Sql.sql`, (SELECT pg_notify(${LIVE_CHANNEL}, json_build_object(
          'sessionId', ${change.progress.sessionId}::text, 'type', 'progress',
          'agendaItemId', ${change.agendaItemId}::text, 'raterId', ${change.actorId}::text,
          'answered', ${answered}, 'round', ${change.round}::int)::text)::text
        WHERE EXISTS (SELECT 1 FROM written)) AS notified`
    : Sql.empty;
  const [row] = await tx.$queryRaw<WriteRow[]>`
    WITH evaluation AS (
      INSERT INTO "Evaluation" (id, "agendaItemId", "raterId", "updatedAt")
      VALUES (${randomUUID()}, ${change.agendaItemId}, ${change.actorId}, now())
      ON CONFLICT ("agendaItemId", "raterId") DO UPDATE SET "updatedAt" = now()
      RETURNING id
    ),
    change AS (
      INSERT INTO "ScoreChange" ("clientChangeId", "evaluationId", "criterionId", answer, level,
        value, comment, round, "resultingVersion")
      SELECT ${change.clientChangeId ?? randomUUID()}::uuid, e.id, ${change.criterionId},
        ${fields}, ${change.round}::int, ${change.expectedVersion + 1}::int
      FROM evaluation e
      ON CONFLICT ("clientChangeId") DO NOTHING
      RETURNING 1
    ),
    written AS (${scoreWrite})
    SELECT EXISTS (SELECT 1 FROM change) AS "changeWritten",
      (SELECT ${scoreJson("w")} FROM written w) AS "written"
      ${notify}`;
  if (!row.changeWritten) return { kind: "raced" };
  if (!row.written) return { kind: "stale", current: await readSavedScore(tx, change) };
  return { kind: "written", score: row.written };
}

/**
 * What is stored now, for a stale save: a statement of its own, because the write's snapshot
 * predates a concurrent first save that the write waited for (and then did not overwrite).
 */
async function readSavedScore(
  tx: Prisma.TransactionClient,
  change: { actorId: string; agendaItemId: string; criterionId: string },
): Promise<SavedScore | null> {
  const [row] = await tx.$queryRaw<{ score: SavedScore }[]>`
    SELECT ${scoreJson("x")} AS score FROM "Score" x
    JOIN "Evaluation" e ON e.id = x."evaluationId"
    WHERE e."agendaItemId" = ${change.agendaItemId} AND e."raterId" = ${change.actorId}
      AND x."criterionId" = ${change.criterionId}`;
  return row?.score ?? null;
}

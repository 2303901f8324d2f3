import type pg from "pg";
import type { AckedChange, Ledger } from "./metrics";

export type FinalCount = {
  acknowledged: number;
  changesInDatabase: number;
  /** Acknowledged changes missing from ScoreChange. */
  lost: number;
  /** Changes written more than once: an id twice, or a score saved more often than it has changes. */
  doubled: number;
  /** ScoreChange rows nobody was told about, other than attempts that timed out or dropped. */
  unexplained: number;
  /** Sent without an answer and then written anyway: fine, the next retry would find them. */
  unansweredButWritten: number;
  scoresInDatabase: number;
  scoresExpected: number;
  /** Scores whose stored answer is not the last acknowledged one. */
  wrongFinalAnswer: number;
};

type ChangeRow = { clientChangeId: string; copies: number };
type ScoreRow = {
  raterId: string;
  agendaItemId: string;
  criterionId: string;
  answer: string;
  level: number | null;
  version: number;
  changes: number;
};

const keyOf = (row: { raterId: string; agendaItemId: string; criterionId: string }) =>
  `${row.raterId}|${row.agendaItemId}|${row.criterionId}`;

/**
 * Proves from the database that every acknowledged score change is stored exactly once and that
 * each score holds the last acknowledged answer. Reads ScoreChange and Score directly.
 */
export async function countInDatabase(client: pg.Client, ledger: Ledger): Promise<FinalCount> {
  const changes = await client.query<ChangeRow>(
    `SELECT "clientChangeId"::text AS "clientChangeId", count(*)::int AS copies
     FROM "ScoreChange" GROUP BY 1`,
  );
  const scores = await client.query<ScoreRow>(
    `SELECT e."raterId", e."agendaItemId", s."criterionId", s.answer::text AS answer, s.level,
       s.version, (SELECT count(*)::int FROM "ScoreChange" c
                   WHERE c."evaluationId" = s."evaluationId" AND c."criterionId" = s."criterionId") AS changes
     FROM "Score" s JOIN "Evaluation" e ON e.id = s."evaluationId"`,
  );
  const stored = new Map(changes.rows.map((row) => [row.clientChangeId, row.copies]));
  let lost = 0;
  for (const id of ledger.acked.keys()) if (!stored.has(id)) lost += 1;
  let doubled = 0;
  let unexplained = 0;
  let unansweredButWritten = 0;
  for (const [id, copies] of stored) {
    if (copies > 1) doubled += copies - 1;
    if (ledger.acked.has(id)) continue;
    if (ledger.unanswered.has(id)) unansweredButWritten += 1;
    else unexplained += 1;
  }
  for (const row of scores.rows) doubled += Math.max(0, row.version - row.changes);

  const lastAcked = new Map<string, AckedChange>();
  for (const change of ledger.acked.values()) {
    const previous = lastAcked.get(keyOf(change));
    if (!previous || previous.version < change.version) lastAcked.set(keyOf(change), change);
  }
  let wrongFinalAnswer = 0;
  for (const row of scores.rows) {
    const last = lastAcked.get(keyOf(row));
    // A score written by an unanswered attempt only may be newer than anything acknowledged.
    if (!last || last.version !== row.version) continue;
    if (last.answer !== row.answer || last.level !== row.level) wrongFinalAnswer += 1;
  }
  for (const row of scores.rows) {
    const last = lastAcked.get(keyOf(row));
    if (last && last.version > row.version) wrongFinalAnswer += 1;
  }
  return {
    acknowledged: ledger.acked.size,
    changesInDatabase: changes.rows.reduce((sum, row) => sum + row.copies, 0),
    lost,
    doubled,
    unexplained,
    unansweredButWritten,
    scoresInDatabase: scores.rowCount ?? scores.rows.length,
    scoresExpected: lastAcked.size,
    wrongFinalAnswer,
  };
}

import "server-only";
import { db } from "@/lib/db";
import { CATEGORY_TEXTS } from "@/lib/grids/grid-content";
import type { RaterFirstSeen } from "./pseudonyms";
import type { RawScoreRow } from "./tables";

/**
 * Reads behind the session files. None of them checks the reader: callers authorise first
 * (lib/exports/access.ts) and pass only a session the reader may export.
 */

export function getExportSession(sessionId: string) {
  return db.focusGroupSession.findUnique({
    where: { id: sessionId },
    select: {
      id: true,
      title: true,
      startsAt: true,
      countryCode: true,
      place: true,
      online: true,
      status: true,
      gridId: true,
      bundleKey: true,
    },
  });
}

/** When each rater first evaluated a WISE of the session, for their pseudonym's number. */
export async function listRaterFirstSeen(sessionId: string): Promise<RaterFirstSeen[]> {
  const rows = await db.evaluation.groupBy({
    by: ["raterId"],
    where: { agendaItem: { sessionId } },
    _min: { createdAt: true },
  });
  return rows.map((row) => ({
    raterId: row.raterId,
    firstEvaluatedAt: row._min.createdAt ?? new Date(0),
  }));
}

/** Every score of the session on its own grid's criteria, with the names a file shows. */
export async function listRawScores(sessionId: string, gridId: string): Promise<RawScoreRow[]> {
  const scores = await db.score.findMany({
    where: {
      evaluation: { agendaItem: { sessionId } },
      // Scores on another grid's criteria are ignored, as the results do (lib/results/score-sql).
      criterion: { category: { gridId } },
    },
    select: {
      answer: true,
      level: true,
      value: true,
      comment: true,
      evaluation: {
        select: {
          raterId: true,
          agendaItem: { select: { id: true, position: true, wise: { select: { name: true } } } },
        },
      },
      criterion: {
        select: {
          code: true,
          position: true,
          ...CATEGORY_TEXTS,
          category: { select: { code: true, position: true, ...CATEGORY_TEXTS } },
        },
      },
    },
  });
  return scores.map(({ evaluation, criterion: { category, ...criterion }, ...score }) => ({
    ...score,
    raterId: evaluation.raterId,
    wise: {
      id: evaluation.agendaItem.id,
      name: evaluation.agendaItem.wise.name,
      position: evaluation.agendaItem.position,
    },
    category,
    criterion,
  }));
}

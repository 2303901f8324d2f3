import "server-only";
import { type Actor, assertCan, can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { CATEGORY_TEXTS, GRID_CRITERION_CONTENT } from "@/lib/grids/grid-content";
import { getAgendaItemAccess } from "@/lib/sessions/access";
import { scoringMode } from "./rules";
import { SAVED_SCORE_SELECT, type SavedScore } from "./saved-score";
import { type EvaluationScores, scoreEvaluation } from "./scoring-rules";

const CRITERION_FIELDS = { id: true, ...GRID_CRITERION_CONTENT } as const;

/** The grid's categories and criteria in order, weights as plain numbers. */
async function gridForScoring(gridId: string) {
  const categories = await db.gridCategory.findMany({
    where: { gridId },
    orderBy: { position: "asc" },
    select: {
      id: true,
      code: true,
      ...CATEGORY_TEXTS,
      criteria: { orderBy: { position: "asc" }, select: CRITERION_FIELDS },
    },
  });
  return categories.map((category) => ({
    ...category,
    criteria: category.criteria.map((criterion) => ({
      ...criterion,
      weight: criterion.weight.toNumber(),
    })),
  }));
}

export type ScoringGridCategory = Awaited<ReturnType<typeof gridForScoring>>[number];

/**
 * Everything the scoring page of one agenda item needs for the actor: the WISE, the grid and
 * the actor's own saved scores (never anyone else's). Null when the agenda item does not exist
 * or is not in that session; only the mode when the actor may not score or read it.
 */
export async function getScoringSheet(actor: Actor, sessionId: string, agendaItemId: string) {
  const found = await getAgendaItemAccess(actor, agendaItemId);
  if (!found || found.sessionId !== sessionId) return null;
  const own = await db.evaluation.findUnique({
    where: { agendaItemId_raterId: { agendaItemId, raterId: actor.id } },
    select: {
      scores: { select: SAVED_SCORE_SELECT },
    },
  });
  const mode = scoringMode(actor, found.access, own !== null);
  if (mode === "forbidden") return { mode } as const;
  const item = await db.agendaItem.findUniqueOrThrow({
    where: { id: agendaItemId },
    select: {
      position: true,
      wise: { select: { id: true, name: true } },
      session: {
        select: {
          id: true,
          title: true,
          status: true,
          grid: { select: { id: true, name: true, version: true } },
        },
      },
    },
  });
  const scores: SavedScore[] = own?.scores ?? [];
  return {
    mode,
    wise: item.wise,
    position: item.position,
    session: { id: item.session.id, title: item.session.title, status: item.session.status },
    grid: { ...item.session.grid, categories: await gridForScoring(item.session.grid.id) },
    scores,
  };
}

export type RaterRole = "FACILITATOR" | "CO_FACILITATOR" | "PARTICIPANT";

export type RaterScores = EvaluationScores & {
  raterId: string;
  raterName: string;
  /** The rater's place in the session now; null for someone who scored and has since left it. */
  role: RaterRole | null;
  /** When they last saved a criterion; null if they have not started. */
  lastSavedAt: Date | null;
};

/**
 * Each rater's category and overall scores for one agenda item, computed with scoring-rules,
 * including raters who may score but have not started (all counts 0): `overall.answeredCount`
 * of `overall.criterionCount` says how far each one got.
 *
 * Who sees what: those who manage the session see every rater; any other reader of the session
 * sees only their own row, since individual scores are not for other participants to compare.
 * Null when the agenda item does not exist.
 */
export async function getAgendaItemScores(actor: Actor, agendaItemId: string) {
  const found = await getAgendaItemAccess(actor, agendaItemId);
  if (!found) return null;
  assertCan(actor, "session.read", found.access);
  const everyone = can(actor, "session.manage", found.access);
  const session = await db.focusGroupSession.findUniqueOrThrow({
    where: { id: found.sessionId },
    select: {
      gridId: true,
      facilitator: { select: { id: true, name: true } },
      members: {
        where: { canScore: true },
        select: { role: true, user: { select: { id: true, name: true } } },
      },
    },
  });
  const [categories, evaluations] = await Promise.all([
    gridForScoring(session.gridId),
    db.evaluation.findMany({
      where: { agendaItemId, ...(everyone ? {} : { raterId: actor.id }) },
      select: {
        updatedAt: true,
        rater: { select: { id: true, name: true } },
        scores: { select: { criterionId: true, answer: true, level: true } },
      },
    }),
  ]);
  const eligible = new Map<string, { name: string; role: RaterRole }>([
    [session.facilitator.id, { name: session.facilitator.name, role: "FACILITATOR" }],
    ...session.members.map((m) => [m.user.id, { name: m.user.name, role: m.role }] as const),
  ]);
  const rows: RaterScores[] = evaluations.map((evaluation) => ({
    raterId: evaluation.rater.id,
    raterName: evaluation.rater.name,
    role: eligible.get(evaluation.rater.id)?.role ?? null,
    lastSavedAt: evaluation.scores.length > 0 ? evaluation.updatedAt : null,
    ...scoreEvaluation(categories, evaluation.scores),
  }));
  for (const [raterId, rater] of eligible) {
    if (rows.some((row) => row.raterId === raterId) || (!everyone && raterId !== actor.id))
      continue;
    rows.push({
      raterId,
      raterName: rater.name,
      role: rater.role,
      lastSavedAt: null,
      ...scoreEvaluation(categories, []),
    });
  }
  rows.sort((a, b) => a.raterName.localeCompare(b.raterName));
  return {
    categories: categories.map(({ id, code, texts, criteria }) => ({
      id,
      code,
      texts,
      criterionCount: criteria.length,
    })),
    raters: rows,
  };
}

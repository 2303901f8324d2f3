import "server-only";
import { DomainError } from "@/lib/actions/result";
import { db } from "@/lib/db";
import type { NameText } from "@/lib/grids/rules";
import type { LiveCategoryReveal, LiveCriterionReveal, LiveReveal } from "./events";

/** How many disputed criteria the room's screen lists. */
const MOST_DISPUTED = 5;

type CountsRow = {
  l1: number;
  l2: number;
  l3: number;
  l4: number;
  l5: number;
  notApplicable: number;
  unknown: number;
};
type CriterionRow = CountsRow & {
  criterionId: string;
  code: string;
  texts: NameText[];
  categoryId: string;
  spread: number | null;
  range: number | null;
  agreedLevel: number | null;
};
type CategoryRow = CountsRow & { categoryId: string; code: string; texts: NameText[] };

const levelsOf = (row: CountsRow): [number, number, number, number, number] => [
  row.l1,
  row.l2,
  row.l3,
  row.l4,
  row.l5,
];

/**
 * The room's screen after the reveal: for the WISE on stage, every rater's current answers
 * counted per category and per criterion (in PostgreSQL), how far apart the levels are, the
 * agreed level, and the most disputed criteria. Blind until then: 409 "liveNotRevealed".
 * The caller has checked that the reader may see it.
 */
export async function getReveal(sessionId: string): Promise<LiveReveal> {
  const live = await db.liveSession.findUnique({
    where: { sessionId },
    select: {
      phase: true,
      round: true,
      currentAgendaItemId: true,
      session: { select: { gridId: true } },
    },
  });
  if (!live) throw new DomainError(409, "liveNotStarted");
  const item = live.currentAgendaItemId;
  if (live.phase !== "REVEALED" || !item) throw new DomainError(409, "liveNotRevealed");
  const gridId = live.session.gridId;

  const [criteria, categories, [raters], agendaItem] = await Promise.all([
    db.$queryRaw<CriterionRow[]>`
      SELECT cr.id AS "criterionId", cr.code, cr."categoryId",
        (SELECT json_agg(json_build_object('locale', t.locale, 'name', t.name))
          FROM "GridCriterionText" t WHERE t."criterionId" = cr.id) AS texts,
        COUNT(*) FILTER (WHERE s.level = 1)::int AS l1,
        COUNT(*) FILTER (WHERE s.level = 2)::int AS l2,
        COUNT(*) FILTER (WHERE s.level = 3)::int AS l3,
        COUNT(*) FILTER (WHERE s.level = 4)::int AS l4,
        COUNT(*) FILTER (WHERE s.level = 5)::int AS l5,
        COUNT(*) FILTER (WHERE s.answer = 'NOT_APPLICABLE')::int AS "notApplicable",
        COUNT(*) FILTER (WHERE s.answer = 'UNKNOWN')::int AS unknown,
        CASE WHEN COUNT(s.level) >= 2 THEN stddev_pop(s.level)::float8 END AS spread,
        (MAX(s.level) - MIN(s.level))::int AS range,
        MAX(a.level)::int AS "agreedLevel"
      FROM "GridCriterion" cr
      JOIN "GridCategory" cat ON cat.id = cr."categoryId"
      LEFT JOIN ("Score" s JOIN "Evaluation" e ON e.id = s."evaluationId" AND e."agendaItemId" = ${item})
        ON s."criterionId" = cr.id
      LEFT JOIN "AgreedLevel" a ON a."agendaItemId" = ${item} AND a."criterionId" = cr.id
      WHERE cat."gridId" = ${gridId}
      GROUP BY cr.id, cat.position
      ORDER BY cat.position, cr.position`,
    db.$queryRaw<CategoryRow[]>`
      SELECT cat.id AS "categoryId", cat.code,
        (SELECT json_agg(json_build_object('locale', t.locale, 'name', t.name))
          FROM "GridCategoryText" t WHERE t."categoryId" = cat.id) AS texts,
        COUNT(*) FILTER (WHERE s.level = 1)::int AS l1,
        COUNT(*) FILTER (WHERE s.level = 2)::int AS l2,
        COUNT(*) FILTER (WHERE s.level = 3)::int AS l3,
        COUNT(*) FILTER (WHERE s.level = 4)::int AS l4,
        COUNT(*) FILTER (WHERE s.level = 5)::int AS l5,
        COUNT(*) FILTER (WHERE s.answer = 'NOT_APPLICABLE')::int AS "notApplicable",
        COUNT(*) FILTER (WHERE s.answer = 'UNKNOWN')::int AS unknown
      FROM "GridCategory" cat
      JOIN "GridCriterion" cr ON cr."categoryId" = cat.id
      LEFT JOIN ("Score" s JOIN "Evaluation" e ON e.id = s."evaluationId" AND e."agendaItemId" = ${item})
        ON s."criterionId" = cr.id
      WHERE cat."gridId" = ${gridId}
      GROUP BY cat.id
      ORDER BY cat.position`,
    db.$queryRaw<{ count: number }[]>`
      SELECT COUNT(DISTINCT e."raterId")::int AS count
      FROM "Evaluation" e WHERE e."agendaItemId" = ${item}
        AND EXISTS (SELECT 1 FROM "Score" s WHERE s."evaluationId" = e.id)`,
    db.agendaItem.findUniqueOrThrow({
      where: { id: item },
      select: { wise: { select: { name: true } } },
    }),
  ]);

  const criterionViews: LiveCriterionReveal[] = criteria.map((row) => ({
    criterionId: row.criterionId,
    code: row.code,
    texts: row.texts ?? [],
    categoryId: row.categoryId,
    levels: levelsOf(row),
    notApplicable: row.notApplicable,
    unknown: row.unknown,
    spread: row.spread,
    range: row.range,
    agreedLevel: row.agreedLevel,
  }));
  const categoryViews: LiveCategoryReveal[] = categories.map((row) => ({
    categoryId: row.categoryId,
    code: row.code,
    texts: row.texts ?? [],
    levels: levelsOf(row),
    notApplicable: row.notApplicable,
    unknown: row.unknown,
  }));
  const mostDisputed = criterionViews
    .filter((criterion) => (criterion.spread ?? 0) > 0)
    .sort((a, b) => (b.spread ?? 0) - (a.spread ?? 0))
    .slice(0, MOST_DISPUTED)
    .map((criterion) => criterion.criterionId);
  return {
    agendaItemId: item,
    wiseName: agendaItem.wise.name,
    round: live.round,
    raters: raters?.count ?? 0,
    categories: categoryViews,
    criteria: criterionViews,
    mostDisputed,
  };
}

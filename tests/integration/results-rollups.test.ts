import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { saveScore } from "@/lib/evaluations/mutations";
import { type Answer, scoreAs } from "../factories/results";
import { setUpScoring } from "../factories/scoring";
import { addMember, makeSession } from "../factories/sessions";
import { makeActor } from "../factories/users";
import { resetDatabase } from "../setup/reset-db";

/**
 * The rollup tables (kept by triggers, see migration results_rollups) must always equal the
 * same sums recomputed from the scores; the dashboards read them instead of the scores.
 */

type Row = Record<string, string | number | bigint>;

const sortRows = (rows: Row[]) =>
  rows
    .map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, String(v)])))
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

async function kept() {
  return {
    totals: sortRows(
      await db.$queryRaw<Row[]>`SELECT "evaluationId", "categoryId", "scores", "answered",
        "rated", "weightedMilli", "weightsMilli" FROM "EvaluationCategoryTotal"`,
    ),
    units: sortRows(
      await db.$queryRaw<Row[]>`SELECT "agendaItemId", "criterionId", "scores", "level1",
        "level2", "level3", "level4", "level5", "notApplicable", "unknown" FROM "UnitAnswerCount"`,
    ),
    agreement: sortRows(await db.$queryRawUnsafe<Row[]>(`SELECT * FROM "AgreementSum"`)),
    items: sortRows(
      await db.$queryRaw<Row[]>`SELECT "agendaItemId", "category",
        round("mean"::numeric, 9)::text AS "mean", "raters" FROM "ItemScore"`,
    ),
    raters: sortRows(await db.$queryRaw<Row[]>`SELECT * FROM "LevelRater"`),
  };
}

const LEVELS = [1, 2, 3, 4, 5];
const PAIRS = LEVELS.flatMap((c) => LEVELS.filter((k) => k > c).map((k) => [c, k]));

/** The same sums from scratch, written independently of the migration's SQL. */
async function recomputed() {
  const rated = `s."answer" = 'LEVEL' AND s."level" BETWEEN 1 AND 5`;
  const totals = await db.$queryRawUnsafe<Row[]>(`
    SELECT s."evaluationId", cr."categoryId", count(*)::int AS "scores",
      count(*) FILTER (WHERE s."answer" <> 'LEVEL' OR ${rated})::int AS "answered",
      count(*) FILTER (WHERE ${rated})::int AS "rated",
      COALESCE(sum(round(cr."weight" * 1000) * s."level") FILTER (WHERE ${rated}), 0)::bigint
        AS "weightedMilli",
      COALESCE(sum(round(cr."weight" * 1000)) FILTER (WHERE ${rated}), 0)::bigint AS "weightsMilli"
    FROM "Score" s JOIN "GridCriterion" cr ON cr."id" = s."criterionId"
    GROUP BY 1, 2`);
  const level = (n: number) =>
    `count(*) FILTER (WHERE s."answer" = 'LEVEL' AND s."level" = ${n})::int AS "level${n}"`;
  const units = await db.$queryRawUnsafe<Row[]>(`
    SELECT e."agendaItemId", s."criterionId", count(*)::int AS "scores",
      ${[1, 2, 3, 4, 5].map(level).join(", ")},
      count(*) FILTER (WHERE s."answer" = 'NOT_APPLICABLE')::int AS "notApplicable",
      count(*) FILTER (WHERE s."answer" = 'UNKNOWN')::int AS "unknown"
    FROM "Score" s JOIN "Evaluation" e ON e."id" = s."evaluationId"
    GROUP BY 1, 2`);
  // Per WISE, grid and m (levels in a unit, at least 2): units, Σ n_c and Σ n_c × n_k.
  const m = LEVELS.map((n) => `u.n${n}`).join(" + ");
  const agreement = await db.$queryRawUnsafe<Row[]>(`
    WITH u AS (
      SELECT e."agendaItemId", s."criterionId",
        ${LEVELS.map((n) => `count(*) FILTER (WHERE s."answer" = 'LEVEL' AND s."level" = ${n})::int AS n${n}`).join(", ")}
      FROM "Score" s JOIN "Evaluation" e ON e."id" = s."evaluationId"
      GROUP BY 1, 2
    )
    SELECT u."agendaItemId", gc."gridId", (${m})::int AS "levels", count(*)::int AS "units",
      ${LEVELS.map((n) => `sum(u.n${n})::int AS "total${n}"`).join(", ")},
      ${PAIRS.map(([c, k]) => `sum(u.n${c} * u.n${k})::int AS "pair${c}${k}"`).join(", ")}
    FROM u JOIN "GridCriterion" cr ON cr."id" = u."criterionId"
    JOIN "GridCategory" gc ON gc."id" = cr."categoryId"
    WHERE ${m} >= 2
    GROUP BY 1, 2, 3`);
  // Per WISE and category ("" overall): the mean of the rater scores of complete evaluations
  // (at least 75% of the session grid's criteria answered), in exact numeric arithmetic.
  const items = await db.$queryRawUnsafe<Row[]>(`
    WITH parts AS (
      SELECT e."id" AS evaluation, e."agendaItemId" AS item, gc."code" AS category,
        fs."gridId" AS grid,
        sum(cr."weight" * s."level") FILTER (WHERE ${rated}) AS weighted,
        sum(cr."weight") FILTER (WHERE ${rated}) AS weights,
        count(*) FILTER (WHERE s."answer" <> 'LEVEL' OR ${rated}) AS answered
      FROM "Score" s JOIN "Evaluation" e ON e."id" = s."evaluationId"
      JOIN "AgendaItem" ai ON ai."id" = e."agendaItemId"
      JOIN "FocusGroupSession" fs ON fs."id" = ai."sessionId"
      JOIN "GridCriterion" cr ON cr."id" = s."criterionId"
      JOIN "GridCategory" gc ON gc."id" = cr."categoryId" AND gc."gridId" = fs."gridId"
      GROUP BY 1, 2, 3, 4
    ),
    complete AS (
      SELECT p.evaluation, p.item, sum(p.weighted) / NULLIF(sum(p.weights), 0) AS score
      FROM parts p GROUP BY p.evaluation, p.item, p.grid
      HAVING 4 * sum(p.answered) >= 3 * (SELECT count(*) FROM "GridCriterion" cr
        JOIN "GridCategory" gc ON gc."id" = cr."categoryId" WHERE gc."gridId" = p.grid)
    )
    SELECT p.item AS "agendaItemId", p.category, round(avg(p.weighted / NULLIF(p.weights, 0)), 9)::text AS "mean",
      count(p.weighted / NULLIF(p.weights, 0))::int AS "raters"
    FROM parts p JOIN complete c ON c.evaluation = p.evaluation GROUP BY 1, 2
    UNION ALL
    SELECT item, '', round(avg(score), 9)::text, count(score)::int FROM complete GROUP BY 1`);
  // Per WISE, the raters who gave a level on the session's grid.
  const raters = await db.$queryRawUnsafe<Row[]>(`
    SELECT DISTINCT e."agendaItemId", e."raterId"
    FROM "Score" s JOIN "Evaluation" e ON e."id" = s."evaluationId"
    JOIN "AgendaItem" ai ON ai."id" = e."agendaItemId"
    JOIN "FocusGroupSession" fs ON fs."id" = ai."sessionId"
    JOIN "GridCriterion" cr ON cr."id" = s."criterionId"
    JOIN "GridCategory" gc ON gc."id" = cr."categoryId" AND gc."gridId" = fs."gridId"
    WHERE ${rated}`);
  return {
    raters: sortRows(raters),
    totals: sortRows(totals),
    units: sortRows(units),
    agreement: sortRows(agreement),
    items: sortRows(items),
  };
}

describe("results rollups kept by triggers", () => {
  beforeEach(resetDatabase);

  it("equal a recomputation from scratch after inserts, updates, deletes and a second round", async () => {
    const { facilitator, session, grid, agendaItemId, revenues, profit, share } =
      await setUpScoring();
    const raters = [await makeActor("PARTICIPANT"), await makeActor("PARTICIPANT")];
    for (const rater of raters) await addMember(session.id, rater.id, "PARTICIPANT", true);
    const second = await db.agendaItem.create({
      data: {
        sessionId: session.id,
        wiseId: (await db.wise.create({ data: { name: "Second", countryCode: "RO" } })).id,
        position: 2,
      },
    });

    // Through the scoring page's command (one score per transaction)...
    const base = { agendaItemId, expectedVersion: 0 };
    await saveScore(facilitator, { ...base, criterionId: revenues.id, answer: "LEVEL", level: 4 });
    await saveScore(facilitator, { ...base, criterionId: profit.id, answer: "LEVEL", level: 2 });
    await saveScore(facilitator, { ...base, criterionId: share.id, answer: "UNKNOWN" });
    // ...and nested creates, as the factories and the bundle import write them.
    const answers: Record<string, Answer> = {
      [revenues.id]: ["LEVEL", 5],
      [profit.id]: ["LEVEL", 5],
      [share.id]: ["LEVEL", 1],
    };
    const [first, other] = await Promise.all(
      raters.map((r) => scoreAs(agendaItemId, r.id, answers)),
    );
    await scoreAs(second.id, raters[0].id, answers);
    expect(await kept()).toEqual(await recomputed());

    // Level changes, a change to "not applicable", a comment alone, a bulk update.
    await saveScore(facilitator, {
      ...base,
      expectedVersion: 1,
      criterionId: revenues.id,
      answer: "LEVEL",
      level: 1,
    });
    await db.score.updateMany({
      where: { evaluationId: first.id, criterionId: profit.id },
      data: { answer: "NOT_APPLICABLE", level: null },
    });
    await db.score.updateMany({ where: { evaluationId: other.id }, data: { comment: "Good" } });
    await db.score.updateMany({
      where: { criterionId: share.id },
      data: { level: 3, answer: "LEVEL" },
    });
    expect(await kept()).toEqual(await recomputed());

    // A second round: raters score chosen criteria again after the reveal.
    await db.score.updateMany({
      where: { criterionId: revenues.id, evaluation: { agendaItemId } },
      data: { level: 3, version: { increment: 1 } },
    });
    // An upsert that inserts some rows and updates others in one statement.
    await db.$executeRaw`INSERT INTO "Score" ("id", "evaluationId", "criterionId", "answer", "level", "updatedAt")
      SELECT 'upsert-' || e."id", e."id", ${profit.id}, 'LEVEL', 2, now()
      FROM "Evaluation" e
      ON CONFLICT ("evaluationId", "criterionId") DO UPDATE SET "level" = 4, "answer" = 'LEVEL'`;
    expect(await kept()).toEqual(await recomputed());

    // Deletes: one score, a whole evaluation, a whole agenda item (both by cascade).
    await db.score.deleteMany({ where: { evaluationId: other.id, criterionId: share.id } });
    await db.evaluation.delete({ where: { id: first.id } });
    expect(await kept()).toEqual(await recomputed());
    await db.agendaItem.delete({ where: { id: second.id } });
    expect(await kept()).toEqual(await recomputed());

    // A weight changed under existing scores (the app makes a new grid version instead).
    await db.gridCriterion.update({ where: { id: revenues.id }, data: { weight: 1.25 } });
    expect(await kept()).toEqual(await recomputed());
    expect((await kept()).totals.length).toBeGreaterThan(0);
    expect((await kept()).agreement.length).toBeGreaterThan(0);
    expect((await kept()).items.length).toBeGreaterThan(0);

    // Everything deleted with its session: nothing left over.
    await db.focusGroupSession.delete({ where: { id: session.id } });
    expect(await kept()).toEqual({ totals: [], units: [], agreement: [], items: [], raters: [] });
    expect(grid.id).toBeTruthy();
  });

  it("count each score once when many are written in one statement", async () => {
    const lead = await makeActor("FACILITATOR");
    const { session, agendaItems } = await makeSession({ facilitatorId: lead.id, wiseCount: 3 });
    const grid = await db.grid.findUniqueOrThrow({
      where: { id: session.gridId },
      include: { categories: { include: { criteria: true } } },
    });
    const criteria = grid.categories.flatMap((c) => c.criteria);
    const raters = await Promise.all([1, 2, 3, 4].map(() => makeActor("PARTICIPANT")));
    await db.evaluation.createMany({
      data: agendaItems.flatMap((item) =>
        raters.map((r) => ({ agendaItemId: item.id, raterId: r.id })),
      ),
    });
    const evaluations = await db.evaluation.findMany();
    await db.score.createMany({
      data: evaluations.flatMap((e, i) =>
        criteria.map((c, j) => ({
          evaluationId: e.id,
          criterionId: c.id,
          answer: (i + j) % 4 === 0 ? ("UNKNOWN" as const) : ("LEVEL" as const),
          level: (i + j) % 4 === 0 ? null : ((i * 3 + j) % 5) + 1,
        })),
      ),
    });
    const rollups = await kept();
    expect(rollups).toEqual(await recomputed());
    // 3 WISEs × 3 criteria, 4 raters each.
    expect(rollups.units).toHaveLength(9);
    expect(rollups.units.every((unit) => unit.scores === "4")).toBe(true);
  });
});

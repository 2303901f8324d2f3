import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import {
  type AnswerForScoring,
  type CategoryForScoring,
  scoreEvaluation,
} from "@/lib/evaluations/scoring-rules";
import { krippendorffAlpha } from "@/lib/results/krippendorff";
import { getSessionResults } from "@/lib/results/queries";
import { addMember, makeGrid, makeSession } from "../factories/sessions";
import { makeActor } from "../factories/users";
import { resetDatabase } from "../setup/reset-db";

type Answer = "LEVEL" | "NOT_APPLICABLE" | "UNKNOWN";
type Sheet = Record<string, [Answer, number | null] | undefined>;

async function score(
  agendaItemId: string,
  raterId: string,
  sheet: Record<string, [Answer, number | null]>,
) {
  await db.evaluation.create({
    data: {
      agendaItemId,
      raterId,
      scores: {
        create: Object.entries(sheet).map(([criterionId, [answer, level]]) => ({
          criterionId,
          answer,
          level,
        })),
      },
    },
  });
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const sampleSd = (xs: number[]) =>
  xs.length < 2
    ? null
    : Math.sqrt(xs.reduce((a, x) => a + (x - mean(xs)) ** 2, 0) / (xs.length - 1));

/**
 * Two WISEs on the test grid (REVENUES weight 2, PROFIT 1 | SHARE_WSN 1), four raters answering
 * with levels, "not applicable" and "don't know"; plus a stray score on another grid's criterion.
 */
async function setUp() {
  const facilitator = await makeActor("FACILITATOR");
  const grid = await makeGrid();
  const other = await makeGrid();
  const { session, agendaItems } = await makeSession({
    facilitatorId: facilitator.id,
    gridId: grid.id,
    wiseCount: 2,
  });
  const raters: Actor[] = [facilitator];
  for (let i = 0; i < 3; i++) {
    const rater = await makeActor("PARTICIPANT");
    await addMember(session.id, rater.id, "PARTICIPANT", true);
    raters.push(rater);
  }
  const [ent, job] = grid.categories;
  const [revenues, profit] = ent.criteria.sort((a, b) => a.position - b.position);
  const [share] = job.criteria;
  const stray = other.categories[0].criteria[0].id;
  const sheets: Sheet[] = [
    {
      [revenues.id]: ["LEVEL", 5],
      [profit.id]: ["LEVEL", 2],
      [share.id]: ["NOT_APPLICABLE", null],
    },
    { [revenues.id]: ["UNKNOWN", null], [profit.id]: ["LEVEL", 3], [share.id]: ["LEVEL", 1] },
    {
      [revenues.id]: ["LEVEL", 1],
      [profit.id]: ["NOT_APPLICABLE", null],
      [share.id]: ["LEVEL", 4],
    },
    { [share.id]: ["LEVEL", 5] },
  ];
  for (const [index, sheet] of sheets.entries()) {
    const entries = Object.fromEntries(Object.entries(sheet).filter(([, v]) => v)) as Record<
      string,
      [Answer, number | null]
    >;
    await score(
      agendaItems[0].id,
      raters[index].id,
      index === 0 ? { ...entries, [stray]: ["LEVEL", 1] } : entries,
    );
  }
  // The second WISE: two raters in full agreement, which must not leak into the first's figures.
  await score(agendaItems[1].id, raters[0].id, {
    [revenues.id]: ["LEVEL", 3],
    [share.id]: ["LEVEL", 3],
  });
  await score(agendaItems[1].id, raters[1].id, {
    [revenues.id]: ["LEVEL", 3],
    [share.id]: ["LEVEL", 2],
  });
  const categories: CategoryForScoring[] = grid.categories.map((category) => ({
    id: category.code,
    criteria: category.criteria.map((c) => ({ id: c.id, weight: c.weight.toNumber() })),
  }));
  return {
    facilitator,
    session,
    agendaItems,
    categories,
    sheets,
    criteria: { revenues, profit, share },
  };
}

describe("session results aggregated in SQL", () => {
  beforeEach(resetDatabase);

  it("gives each category and the overall score the numbers scoring-rules gives, over raters", async () => {
    const { facilitator, session, categories, sheets } = await setUp();
    const perRater = sheets.map((sheet) => {
      const answers: AnswerForScoring[] = Object.entries(sheet).flatMap(([criterionId, v]) =>
        v ? [{ criterionId, answer: v[0], level: v[1] }] : [],
      );
      return scoreEvaluation(categories, answers);
    });
    const results = await getSessionResults(facilitator, session.id);
    const first = results?.wises[0];
    for (const key of ["ENTREPRENEURIAL", "JOB_INTEGRATION", "overall"]) {
      const summaries = perRater.map((r) =>
        key === "overall"
          ? r.overall
          : (r.categories.find((c) => c.categoryId === key) ?? r.overall),
      );
      const given = summaries.flatMap((s) => (s.score === null ? [] : [s.score]));
      const spread = first?.scores[key];
      expect(spread?.raters, key).toBe(given.length);
      expect(spread?.mean, key).toBeCloseTo(mean(given), 10);
      expect(spread?.median, key).toBeCloseTo(median(given), 10);
      expect(spread?.sd ?? null, key).toBeCloseTo(sampleSd(given) ?? Number.NaN, 10);
      expect(spread?.min, key).toBeCloseTo(Math.min(...given), 10);
      expect(spread?.max, key).toBeCloseTo(Math.max(...given), 10);
      expect(spread?.answered, key).toBe(summaries.reduce((a, s) => a + s.answeredCount, 0));
    }
    // Spelled out once, so that a wrong scoring-rules cannot hide behind the comparison:
    // entrepreneurial (5×2+2)/3 = 4, 3, (1×2)/2 = 1 and nothing from the fourth rater.
    expect(first?.scores.ENTREPRENEURIAL).toMatchObject({
      mean: 8 / 3,
      median: 3,
      raters: 3,
      min: 1,
      max: 4,
    });
    expect(first?.scores.overall).toMatchObject({ raters: 4, evaluations: 4, answered: 10 });
  });

  it("counts every answer per criterion, and computes agreement from the same levels as krippendorff.ts", async () => {
    const { facilitator, session, agendaItems, criteria } = await setUp();
    const results = await getSessionResults(facilitator, session.id);
    const shareOfFirst = results?.wises[0].distribution.get(criteria.share.id);
    expect(shareOfFirst).toEqual({
      levels: [1, 0, 0, 1, 1],
      notApplicable: 1,
      unknown: 0,
      total: 4,
    });
    expect(results?.wises[0].distribution.get(criteria.revenues.id)).toMatchObject({
      unknown: 1,
      total: 3,
    });
    // Raters × units (first WISE's three criteria, then the second's), as in the paper's layout.
    const _ = null;
    const matrix = [
      [5, 2, _, 3, _, 3],
      [_, 3, 1, 3, _, 2],
      [1, _, 4, _, _, _],
      [_, _, 5, _, _, _],
    ];
    const expected = krippendorffAlpha(matrix, "ordinal");
    expect(results?.agreement.session.alpha).toBeCloseTo(expected.alpha ?? Number.NaN, 10);
    expect(results?.agreement.session).toMatchObject({
      units: expected.units,
      raters: 4,
      pairable: expected.pairable,
    });
    expect(results?.wises[1].agendaItemId).toBe(agendaItems[1].id);
    // Most disputed first: REVENUES of the first WISE (5 and 1, variance 8), then its
    // SHARE_WSN (1, 4, 5, variance 13/3), then the two pairs one level apart; full agreement
    // (REVENUES of the second WISE) is no dispute at all.
    expect(results?.disagreements.map((d) => [d.criterionId, d.ratings, d.range])).toEqual([
      [criteria.revenues.id, 2, 4],
      [criteria.share.id, 3, 4],
      expect.arrayContaining([2, 1]),
      expect.arrayContaining([2, 1]),
    ]);
    expect(results?.disagreements[1].variance).toBeCloseTo(13 / 3, 10);
  });
});

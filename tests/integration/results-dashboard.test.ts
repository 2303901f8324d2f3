import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { krippendorffAlpha } from "@/lib/results/krippendorff";
import { getEuropeanView, getResultsDashboard, getSessionResults } from "@/lib/results/queries";
import { agreeModel, scoreAs } from "../factories/results";
import { makeGrid, makeSession } from "../factories/sessions";
import { makeActor } from "../factories/users";
import { resetDatabase } from "../setup/reset-db";

/** The test grid plus a fourth criterion, so that 3 answers of 4 are exactly 75%. */
async function fourCriterionGrid() {
  const grid = await makeGrid();
  const [ent, job] = grid.categories;
  const extra = await db.gridCriterion.create({
    data: {
      categoryId: job.id,
      code: "EXTRA",
      position: 2,
      texts: { create: { locale: "en", name: "Extra", levels: ["1", "2", "3", "4", "5"] } },
    },
  });
  const [revenues, profit] = ent.criteria.sort((a, b) => a.position - b.position);
  return {
    grid,
    revenues: revenues.id,
    profit: profit.id,
    share: job.criteria[0].id,
    extra: extra.id,
  };
}

describe("benchmarks on the dashboards", () => {
  beforeEach(resetDatabase);

  it("count only evaluations with at least 75% of the grid answered, N/A and don't know included", async () => {
    const { grid, revenues, profit, share, extra } = await fourCriterionGrid();
    const lead = await makeActor("FACILITATOR");
    const raters = [lead, await makeActor("PARTICIPANT"), await makeActor("PARTICIPANT")];
    const { agendaItems } = await makeSession({
      facilitatorId: lead.id,
      gridId: grid.id,
      status: "CLOSED",
      wiseCount: 3,
    });
    const [a, b, c] = agendaItems.map((item) => item.id);
    for (const item of [a, b, c]) await agreeModel(item, "PRODUCTIVE");
    // WISE a: complete at exactly 75% (level 4, level 4, N/A) → entrepreneurial 4; an
    // incomplete evaluation (2 of 4) with level 1 must not pull it down.
    await scoreAs(a, raters[0].id, {
      [revenues]: ["LEVEL", 4],
      [profit]: ["LEVEL", 4],
      [share]: ["NOT_APPLICABLE", null],
    });
    await scoreAs(a, raters[1].id, { [revenues]: ["LEVEL", 1], [profit]: ["LEVEL", 1] });
    // WISE b: complete with "don't know" → entrepreneurial 2.
    await scoreAs(b, raters[0].id, {
      [revenues]: ["LEVEL", 2],
      [profit]: ["LEVEL", 2],
      [share]: ["LEVEL", 2],
      [extra]: ["UNKNOWN", null],
    });
    // WISE c: only incomplete evaluations: not in the benchmark at all.
    await scoreAs(c, raters[2].id, { [revenues]: ["LEVEL", 5], [profit]: ["LEVEL", 5] });

    const partner = await makeActor("PARTNER", { countryCode: "RO" });
    const dashboard = await getResultsDashboard(partner, {});
    const [productive] = dashboard.benchmarks.byModel;
    expect(productive.model).toBe("PRODUCTIVE");
    // Median of the WISE scores 4 and 2; with the incomplete evaluations it would differ.
    expect(productive).toMatchObject({ wises: 2, evaluations: 2 });
    expect(productive.medians.ENTREPRENEURIAL).toBe(3);
    expect(dashboard.benchmarks.byCountry).toEqual([
      expect.objectContaining({ country: "RO", wises: 2, medians: productive.medians }),
    ]);
    const byItem = new Map(dashboard.wises.rows.map((row) => [row.id, row.scores]));
    expect(byItem.get(a)?.ENTREPRENEURIAL).toEqual({ mean: 4, raters: 1 });
    expect(byItem.get(c)?.overall?.mean ?? null).toBeNull();
    // The session page still shows every evaluation, complete or not.
    const results = await getSessionResults(lead, dashboard.sessions[0].id);
    expect(results?.wises[0].scores.ENTREPRENEURIAL).toMatchObject({ raters: 2, mean: 2.5 });
  });

  it("filters by agreed model, region and threshold check", async () => {
    const { grid, revenues, profit, share } = await fourCriterionGrid();
    const lead = await makeActor("FACILITATOR");
    const { agendaItems } = await makeSession({
      facilitatorId: lead.id,
      gridId: grid.id,
      wiseCount: 2,
    });
    await agreeModel(agendaItems[0].id, "PLACEMENT");
    await db.wise.update({
      where: { id: agendaItems[0].wiseId },
      data: { region: "Cluj", totalEmployees: 10, supportNeedWorkers: 4 },
    });
    for (const item of agendaItems) {
      await scoreAs(item.id, lead.id, {
        [revenues]: ["LEVEL", 3],
        [profit]: ["LEVEL", 3],
        [share]: ["LEVEL", 3],
      });
    }
    const ids = async (filter: Parameters<typeof getResultsDashboard>[1]) =>
      (await getResultsDashboard(lead, filter)).wises.rows.map((row) => row.id);
    expect(await ids({ model: "PLACEMENT" })).toEqual([agendaItems[0].id]);
    expect(await ids({ model: "NONE" })).toEqual([agendaItems[1].id]);
    expect(await ids({ region: "cluj" })).toEqual([agendaItems[0].id]);
    expect(await ids({ check: "EU_RESERVED_CONTRACTS", outcome: "pass" })).toEqual([
      agendaItems[0].id,
    ]);
    expect(await ids({ check: "EU_RESERVED_CONTRACTS", outcome: "unknown" })).toEqual([
      agendaItems[1].id,
    ]);
    expect((await getResultsDashboard(lead, { region: "Iași" })).sessions).toEqual([]);
  });
});

describe("agreement computed in SQL for many sessions", () => {
  beforeEach(resetDatabase);

  it("equals krippendorff.ts on Krippendorff's (2011) four observers: ordinal 0.815", async () => {
    const grid = await makeGrid();
    const criteria = grid.categories
      .flatMap((category) => category.criteria)
      .sort((x, y) => x.categoryId.localeCompare(y.categoryId) || x.position - y.position);
    const _ = null;
    const data = [
      [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
      [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
      [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
      [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
    ];
    const lead = await makeActor("FACILITATOR");
    const raters = [lead, ...(await Promise.all([1, 2, 3].map(() => makeActor("PARTICIPANT"))))];
    // Twelve units: four WISEs × the grid's three criteria.
    const { session, agendaItems } = await makeSession({
      facilitatorId: lead.id,
      gridId: grid.id,
      status: "CLOSED",
      wiseCount: 4,
    });
    for (const [r, row] of data.entries()) {
      for (const [w, item] of agendaItems.entries()) {
        const answers = Object.fromEntries(
          criteria.flatMap((criterion, k) => {
            const value = row[w * 3 + k];
            return value === null ? [] : [[criterion.id, ["LEVEL", value] as ["LEVEL", number]]];
          }),
        );
        if (Object.keys(answers).length > 0) await scoreAs(item.id, raters[r].id, answers);
      }
    }
    const expected = krippendorffAlpha(data, "ordinal");
    expect(expected.alpha).toBeCloseTo(0.815, 3);
    const admin = await makeActor("ADMIN");
    const [country] = (await getEuropeanView(admin)).countries;
    expect(country.agreement).toMatchObject({ units: 11, raters: 4, pairable: 40, reason: null });
    expect(country.agreement.alpha).toBeCloseTo(expected.alpha ?? 0, 10);
    const [listed] = (await getResultsDashboard(admin, {})).sessions;
    expect(listed.agreement.alpha).toBeCloseTo(expected.alpha ?? 0, 10);
    const page = await getSessionResults(admin, session.id);
    expect(page?.agreement.session.alpha).toBeCloseTo(expected.alpha ?? 0, 10);
  });

  it("says 'not enough data' when every level is the same", async () => {
    const grid = await makeGrid();
    const [criterion] = grid.categories[0].criteria;
    const lead = await makeActor("FACILITATOR");
    const other = await makeActor("PARTICIPANT");
    const { agendaItems } = await makeSession({ facilitatorId: lead.id, gridId: grid.id });
    await scoreAs(agendaItems[0].id, lead.id, { [criterion.id]: ["LEVEL", 3] });
    await scoreAs(agendaItems[0].id, other.id, { [criterion.id]: ["LEVEL", 3] });
    const [country] = (await getEuropeanView(await makeActor("ADMIN"))).countries;
    expect(country.agreement).toMatchObject({ alpha: null, reason: "noVariation", units: 1 });
  });
});

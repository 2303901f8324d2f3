import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  addCriterion,
  removeCriterion,
  updateCategory,
  updateCriterion,
} from "@/lib/grids/mutations";
import { getGrid } from "@/lib/grids/queries";
import { ensureDefaultGrid } from "@/prisma/seed-grid";
import { contentOf, criterionText, LEVELS } from "../factories/grids";
import { makeActor } from "../factories/users";
import { resetDatabase } from "../setup/reset-db";

describe("editing an unused grid", () => {
  beforeEach(resetDatabase);

  it("an unused grid is edited in place: names, descriptors, weight, unit, criteria added and removed", async () => {
    const admin = await makeActor("ADMIN");
    const gridId = await ensureDefaultGrid(db);
    const profit = await db.gridCriterion.findFirstOrThrow({
      where: { code: "PROFIT" },
      include: { category: true },
    });
    const update = {
      criterionId: profit.id,
      name: "Net profit",
      unit: "",
      weight: "1,5",
      levels: LEVELS,
    };
    const romanianBefore = await criterionText(profit.id, "ro");
    expect(await updateCriterion(admin, update)).toMatchObject({ ok: true });
    const updated = await db.gridCriterion.findUniqueOrThrow({ where: { id: profit.id } });
    expect(updated).toMatchObject({ unit: null });
    expect(updated.weight.toNumber()).toBe(1.5);
    // The grid editor's own form edits English, the reference; translations are left as they were.
    expect(await criterionText(profit.id, "en")).toEqual({ name: "Net profit", levels: LEVELS });
    expect(await criterionText(profit.id, "ro")).toEqual(romanianBefore);

    const added = await addCriterion(admin, {
      categoryId: profit.categoryId,
      code: "cash_reserves",
      name: "Cash reserves",
      unit: "EUR",
      weight: "1",
      levels: LEVELS,
    });
    expect(added).toMatchObject({ ok: true });
    expect(
      await db.gridCriterion.findFirst({
        where: { code: "CASH_RESERVES", categoryId: profit.categoryId },
      }),
    ).toMatchObject({ position: 7 });
    expect(await removeCriterion(admin, { criterionId: profit.id })).toMatchObject({ ok: true });
    expect(
      await updateCategory(admin, {
        categoryId: profit.categoryId,
        name: "Enterprise",
      }),
    ).toMatchObject({ ok: true });
    expect((await getGrid(admin, gridId))?.categories[0]).toMatchObject({
      texts: expect.arrayContaining([{ locale: "en", name: "Enterprise" }]),
      criteria: expect.any(Array),
    });
  });

  it("invalid edits write nothing and say which field is wrong", async () => {
    const admin = await makeActor("ADMIN");
    const gridId = await ensureDefaultGrid(db);
    const criterion = await db.gridCriterion.findFirstOrThrow({ where: { code: "REVENUES" } });
    const valid = {
      criterionId: criterion.id,
      name: "Revenues",
      unit: "EUR",
      weight: "1",
      levels: LEVELS,
    };
    const before = await contentOf(gridId);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ weight: "0" }, "weight", "gridWeightOutOfRange"],
      [{ weight: "eleven" }, "weight", "invalidValue"],
      [{ name: " " }, "name", "required"],
      [{ levels: LEVELS.slice(0, 4) }, "levels", "gridFiveLevels"],
      [{ levels: ["a", "b", " ", "d", "e"] }, "levels.2", "required"],
      [{ unit: "LITRES" }, "unit", "invalidValue"],
    ];
    for (const [change, field, error] of cases) {
      const result = await updateCriterion(admin, { ...valid, ...change });
      expect(result.ok, field).toBe(false);
      if (!result.ok) expect(result.fieldErrors[field], field).toContain(error);
    }
    expect(await contentOf(gridId)).toEqual(before);
    const duplicate = await addCriterion(admin, {
      ...valid,
      categoryId: criterion.categoryId,
      code: "TURNOVER",
    });
    expect(duplicate).toMatchObject({
      ok: false,
      status: 409,
      fieldErrors: { code: ["gridCriterionCodeTaken"] },
    });
    const badCode = await addCriterion(admin, {
      ...valid,
      categoryId: criterion.categoryId,
      code: "1 bad",
    });
    expect(badCode).toMatchObject({
      ok: false,
      fieldErrors: { code: ["gridCriterionCodeInvalid"] },
    });
  });

  it("keeps at least one criterion per category", async () => {
    const admin = await makeActor("ADMIN");
    const gridId = await ensureDefaultGrid(db);
    const category = await db.gridCategory.findFirstOrThrow({
      where: { gridId, code: "PUBLIC_POLICIES" },
      include: { criteria: true },
    });
    const [last, ...others] = category.criteria;
    for (const criterion of others)
      expect((await removeCriterion(admin, { criterionId: criterion.id })).ok).toBe(true);
    expect(await removeCriterion(admin, { criterionId: last.id })).toMatchObject({
      ok: false,
      status: 409,
      message: "gridLastCriterion",
    });
    expect(await db.gridCriterion.count({ where: { categoryId: category.id } })).toBe(1);
  });
});

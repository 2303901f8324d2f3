import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { saveScore } from "@/lib/evaluations/mutations";
import {
  addCriterion,
  createGridVersion,
  removeCriterion,
  updateCategory,
  updateCriterion,
} from "@/lib/grids/mutations";
import { listGrids } from "@/lib/grids/queries";
import { ensureDefaultGrid } from "@/prisma/seed-grid";
import { contentOf, criterionText, gridCounts, LEVELS } from "../factories/grids";
import { makeSession } from "../factories/sessions";
import { makeActor } from "../factories/users";
import { resetDatabase } from "../setup/reset-db";

describe("the default grid", () => {
  beforeEach(resetDatabase);

  it("is created once, with 18 criteria, however often it is ensured", async () => {
    const first = await ensureDefaultGrid(db);
    const second = await ensureDefaultGrid(db);
    expect(second).toBe(first);
    expect(await db.grid.count()).toBe(1);
    expect(await db.gridCriterion.count()).toBe(18);
    const turnover = await db.gridCriterion.findFirstOrThrow({
      where: { code: "TURNOVER" },
      include: { texts: { orderBy: { locale: "asc" } } },
    });
    expect(turnover.weight.toNumber()).toBe(2);
    // One row per language whose texts file exists, English and Romanian at least.
    expect(turnover.texts.map((text) => text.locale)).toEqual(expect.arrayContaining(["en", "ro"]));
    for (const text of turnover.texts) expect(text.levels).toHaveLength(5);
    expect(turnover.texts.find((text) => text.locale === "ro")?.name).toBe("Cifra de afaceri");
  });
});

describe("the default grid's translations", () => {
  beforeEach(resetDatabase);

  it("are added to the existing version when a language's file arrives, corrections kept", async () => {
    const gridId = await ensureDefaultGrid(db);
    const inGrid = { criterion: { category: { gridId } } };
    // As if Romanian had been merged after the version was seeded, except for one criterion
    // whose Romanian a partner has already corrected in the app.
    const profit = await db.gridCriterion.findFirstOrThrow({ where: { code: "PROFIT" } });
    await db.gridCriterionText.deleteMany({
      where: { locale: "ro", ...inGrid, criterionId: { not: profit.id } },
    });
    await db.gridCategoryText.deleteMany({ where: { locale: "ro", category: { gridId } } });
    await db.gridCriterionText.update({
      where: { criterionId_locale: { criterionId: profit.id, locale: "ro" } },
      data: { name: "Profit corectat" },
    });

    expect(await ensureDefaultGrid(db)).toBe(gridId);
    expect(await db.grid.count()).toBe(1);
    expect(await db.gridCriterionText.count({ where: { locale: "ro", ...inGrid } })).toBe(18);
    expect(await db.gridCategoryText.count({ where: { locale: "ro", category: { gridId } } })).toBe(
      3,
    );
    const turnover = await db.gridCriterionText.findFirstOrThrow({
      where: { locale: "ro", criterion: { code: "TURNOVER" } },
    });
    expect(turnover.name).toBe("Cifra de afaceri");
    expect(await criterionText(profit.id, "ro")).toMatchObject({ name: "Profit corectat" });
  });
});

describe("the default grid's new wording", () => {
  beforeEach(resetDatabase);

  it("comes as a new version beside the old one, which its sessions keep", async () => {
    const facilitator = await makeActor("FACILITATOR");
    // An installation seeded before half-open bands: version 1 with the old wording, in use.
    const old = await db.grid.create({
      data: {
        name: "B-WISE grid",
        version: 1,
        categories: {
          create: {
            code: "JOB_INTEGRATION",
            position: 1,
            texts: { create: { locale: "en", name: "Job integration" } },
            criteria: {
              create: {
                code: "WSN_SHARE",
                position: 1,
                unit: "PERCENT",
                weight: 2,
                texts: {
                  create: {
                    locale: "en",
                    name: "Share",
                    levels: ["<10%", "10–24%", "25–29%", "30–50%", ">50%"],
                  },
                },
              },
            },
          },
        },
      },
    });
    const { session } = await makeSession({ facilitatorId: facilitator.id, gridId: old.id });

    const current = await ensureDefaultGrid(db);
    expect(current).not.toBe(old.id);
    expect(await db.grid.findUniqueOrThrow({ where: { id: current } })).toMatchObject({
      version: 2,
    });
    const levelsOf = async (gridId: string, locale: string) =>
      (
        await db.gridCriterionText.findFirstOrThrow({
          where: { locale, criterion: { code: "WSN_SHARE", category: { gridId } } },
        })
      ).levels;
    expect((await levelsOf(current, "en"))[1]).toBe("From 10% to under 25% of employees.");
    expect((await levelsOf(current, "ro"))[1]).toBe("De la 10% până la sub 25% din angajați.");
    // The old version and the session on it are untouched.
    expect((await levelsOf(old.id, "en"))[1]).toBe("10–24%");
    expect(
      await db.focusGroupSession.findUniqueOrThrow({ where: { id: session.id } }),
    ).toMatchObject({ gridId: old.id });
  });
});

describe("grid versions", () => {
  beforeEach(resetDatabase);

  it("a copy is version N+1 with the same content, based on its source", async () => {
    const admin = await makeActor("ADMIN");
    const v1 = await ensureDefaultGrid(db); // the seeded grid is at version 2
    const result = await createGridVersion(admin, { gridId: v1 });
    expect(result).toMatchObject({ ok: true, data: { version: 3 } });
    if (!result.ok) return;
    const copy = await db.grid.findUniqueOrThrow({ where: { id: result.data.gridId } });
    expect(copy).toMatchObject({
      name: "B-WISE grid",
      version: 3,
      basedOnId: v1,
      createdById: admin.id,
    });
    expect(await contentOf(copy.id)).toEqual(await contentOf(v1));
    // Copying the old version again goes past the newest, never onto it.
    expect(await createGridVersion(admin, { gridId: v1 })).toMatchObject({
      ok: true,
      data: { version: 4 },
    });
  });

  it("only administrators make versions or edit grids", async () => {
    const gridId = await ensureDefaultGrid(db);
    const criterion = await db.gridCriterion.findFirstOrThrow();
    for (const role of ["FACILITATOR", "PARTNER", "PARTICIPANT"] as const) {
      const actor = await makeActor(role);
      const before = await gridCounts();
      expect(await createGridVersion(actor, { gridId })).toMatchObject({ ok: false, status: 403 });
      expect(await removeCriterion(actor, { criterionId: criterion.id })).toMatchObject({
        ok: false,
        status: 403,
      });
      expect(await gridCounts()).toEqual(before);
    }
  });

  it("a grid with scores is never changed in place, and its scores keep pointing at it", async () => {
    const admin = await makeActor("ADMIN");
    const facilitator = await makeActor("FACILITATOR");
    const gridId = await ensureDefaultGrid(db);
    const { agendaItems } = await makeSession({
      facilitatorId: facilitator.id,
      gridId,
      status: "OPEN",
    });
    const turnover = await db.gridCriterion.findFirstOrThrow({ where: { code: "TURNOVER" } });
    await saveScore(facilitator, {
      agendaItemId: agendaItems[0].id,
      criterionId: turnover.id,
      answer: "LEVEL",
      level: 4,
      expectedVersion: 0,
    });
    const before = await contentOf(gridId);
    const edits = [
      updateCriterion(admin, {
        criterionId: turnover.id,
        name: "x",
        unit: "EUR",
        weight: "1",
        levels: LEVELS,
      }),
      addCriterion(admin, {
        categoryId: turnover.categoryId,
        code: "NEW_ONE",
        name: "x",
        unit: "",
        weight: "1",
        levels: LEVELS,
      }),
      removeCriterion(admin, { criterionId: turnover.id }),
      updateCategory(admin, { categoryId: turnover.categoryId, name: "x" }),
    ];
    for (const result of await Promise.all(edits)) {
      expect(result).toMatchObject({ ok: false, status: 409, message: "gridHasScores" });
    }
    expect(await contentOf(gridId)).toEqual(before);
    // The way forward is a new version; the old score stays with the old criterion.
    const copy = await createGridVersion(admin, { gridId });
    expect(copy.ok).toBe(true);
    if (!copy.ok) return;
    const copiedTurnover = await db.gridCriterion.findFirstOrThrow({
      where: { code: "TURNOVER", category: { gridId: copy.data.gridId } },
    });
    expect(
      await updateCriterion(admin, {
        criterionId: copiedTurnover.id,
        name: "Sales",
        unit: "EUR",
        weight: "2",
        levels: LEVELS,
      }),
    ).toMatchObject({ ok: true });
    expect(
      await db.score.findFirstOrThrow({
        include: { criterion: { include: { texts: { where: { locale: "en" } } } } },
      }),
    ).toMatchObject({
      level: 4,
      criterion: { id: turnover.id, texts: [{ name: "Turnover" }] },
    });
  });

  it("a grid used by a session past DRAFT is locked before any score; a DRAFT session does not lock it", async () => {
    const admin = await makeActor("ADMIN");
    const facilitator = await makeActor("FACILITATOR");
    const gridId = await ensureDefaultGrid(db);
    const { session } = await makeSession({
      facilitatorId: facilitator.id,
      gridId,
      status: "DRAFT",
    });
    const category = await db.gridCategory.findFirstOrThrow({ where: { gridId } });
    const rename = { categoryId: category.id, name: "Renamed" };
    expect(await updateCategory(admin, rename)).toMatchObject({ ok: true });
    await db.focusGroupSession.update({ where: { id: session.id }, data: { status: "OPEN" } });
    expect(await updateCategory(admin, rename)).toMatchObject({
      ok: false,
      status: 409,
      message: "gridUsedBySession",
    });
    const listed = await listGrids(admin);
    expect(listed[0].usage).toMatchObject({ lockReason: "gridUsedBySession", sessionCount: 1 });
  });
});

import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { saveScore } from "@/lib/evaluations/mutations";
import { getScoringSheet } from "@/lib/evaluations/queries";
import { scoringCounts, setUpScoring as setUp } from "../factories/scoring";
import { addMember, makeGrid } from "../factories/sessions";
import { makeActor } from "../factories/users";
import { resetDatabase } from "../setup/reset-db";

describe("saving scores", () => {
  beforeEach(resetDatabase);

  describe("invalid input writes nothing", () => {
    const cases: {
      name: string;
      change: (
        ids: Awaited<ReturnType<typeof setUp>>,
      ) => Promise<Record<string, unknown>> | Record<string, unknown>;
      field: string;
      error: string;
    }[] = [
      { name: "level 6", change: () => ({ level: 6 }), field: "level", error: "scoreLevelRange" },
      { name: "level 0", change: () => ({ level: 0 }), field: "level", error: "scoreLevelRange" },
      {
        name: "a level without a number",
        change: () => ({ level: null }),
        field: "level",
        error: "scoreLevelRequired",
      },
      {
        name: "a level with not applicable",
        change: () => ({ answer: "NOT_APPLICABLE", level: 4 }),
        field: "level",
        error: "scoreLevelNotAllowed",
      },
      {
        name: "a level with don't know",
        change: () => ({ answer: "UNKNOWN", level: 2 }),
        field: "level",
        error: "scoreLevelNotAllowed",
      },
      {
        name: "an answer that does not exist",
        change: () => ({ answer: "ZERO" }),
        field: "answer",
        error: "invalidValue",
      },
      {
        name: "a negative version",
        change: () => ({ expectedVersion: -1 }),
        field: "expectedVersion",
        error: "tooShort",
      },
      {
        name: "an unknown criterion",
        change: () => ({ criterionId: "no-such-criterion" }),
        field: "criterionId",
        error: "scoreCriterionNotInGrid",
      },
      {
        name: "a criterion of another grid",
        change: async () => {
          const other = await makeGrid();
          return { criterionId: other.categories[0].criteria[0].id };
        },
        field: "criterionId",
        error: "scoreCriterionNotInGrid",
      },
      {
        name: "a percentage above 100",
        change: ({ share }) => ({ criterionId: share.id, value: "120" }),
        field: "value",
        error: "scoreValuePercentRange",
      },
      {
        name: "words for an amount in EUR",
        change: () => ({ value: "a lot" }),
        field: "value",
        error: "scoreValueNotNumber",
      },
    ];
    for (const testCase of cases) {
      it(testCase.name, async () => {
        const setup = await setUp();
        const input = {
          agendaItemId: setup.agendaItemId,
          criterionId: setup.revenues.id,
          answer: "LEVEL",
          level: 3,
          expectedVersion: 0,
        };
        const changed = { ...input, ...(await testCase.change(setup)) };
        const before = await scoringCounts();
        const result = await saveScore(setup.facilitator, changed);
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(result.fieldErrors[testCase.field]).toContain(testCase.error);
        expect(await scoringCounts()).toEqual(before);
      });
    }
  });

  it("stores not applicable and don't know without a level, and a value normalised for its unit", async () => {
    const { facilitator, agendaItemId, revenues, profit, share } = await setUp();
    const base = { agendaItemId, expectedVersion: 0 };
    expect(
      (
        await saveScore(facilitator, {
          ...base,
          criterionId: revenues.id,
          answer: "LEVEL",
          level: 4,
          value: "12 500,5",
          comment: "  Audited 2024 ",
        })
      ).ok,
    ).toBe(true);
    expect(
      (await saveScore(facilitator, { ...base, criterionId: profit.id, answer: "NOT_APPLICABLE" }))
        .ok,
    ).toBe(true);
    expect(
      (
        await saveScore(facilitator, {
          ...base,
          criterionId: share.id,
          answer: "UNKNOWN",
          value: "",
        })
      ).ok,
    ).toBe(true);

    const sheet = await getScoringSheet(
      facilitator,
      (await db.agendaItem.findUniqueOrThrow({ where: { id: agendaItemId } })).sessionId,
      agendaItemId,
    );
    if (!sheet || sheet.mode === "forbidden") throw new Error("sheet expected");
    const byCriterion = Object.fromEntries(sheet.scores.map((score) => [score.criterionId, score]));
    expect(byCriterion[revenues.id]).toMatchObject({
      answer: "LEVEL",
      level: 4,
      value: "12500.5",
      comment: "Audited 2024",
      version: 1,
    });
    expect(byCriterion[profit.id]).toMatchObject({
      answer: "NOT_APPLICABLE",
      level: null,
      value: null,
      comment: null,
    });
    expect(byCriterion[share.id]).toMatchObject({ answer: "UNKNOWN", level: null, value: null });
  });

  it("two raters scoring the same criterion never overwrite each other", async () => {
    const { facilitator, session, agendaItemId, revenues } = await setUp();
    const coFacilitator = await makeActor("FACILITATOR");
    await addMember(session.id, coFacilitator.id, "CO_FACILITATOR");
    const input = { agendaItemId, criterionId: revenues.id, answer: "LEVEL", expectedVersion: 0 };
    const [mine, theirs] = await Promise.all([
      saveScore(facilitator, { ...input, level: 2 }),
      saveScore(coFacilitator, { ...input, level: 5 }),
    ]);
    expect(mine).toMatchObject({ ok: true, data: { level: 2, version: 1 } });
    expect(theirs).toMatchObject({ ok: true, data: { level: 5, version: 1 } });
    const again = await saveScore(facilitator, { ...input, level: 3, expectedVersion: 1 });
    expect(again).toMatchObject({ ok: true, data: { level: 3, version: 2 } });
    const stored = await db.score.findMany({
      select: { level: true, evaluation: { select: { raterId: true } } },
    });
    expect(stored.map((s) => [s.evaluation.raterId, s.level]).sort()).toEqual(
      [
        [facilitator.id, 3],
        [coFacilitator.id, 5],
      ].sort(),
    );
  });

  it("refuses a stale save and returns the value saved in the meantime", async () => {
    const { facilitator, agendaItemId, revenues } = await setUp();
    const input = { agendaItemId, criterionId: revenues.id, answer: "LEVEL" };
    await saveScore(facilitator, { ...input, level: 1, expectedVersion: 0 });
    // Tab A saves on top of version 1; tab B still believes version 1 is current.
    expect(
      await saveScore(facilitator, {
        ...input,
        level: 4,
        comment: "from tab A",
        expectedVersion: 1,
      }),
    ).toMatchObject({ ok: true, data: { version: 2 } });
    const stale = await saveScore(facilitator, { ...input, level: 2, expectedVersion: 1 });
    expect(stale).toMatchObject({
      ok: false,
      status: 409,
      message: "scoreStale",
      current: { answer: "LEVEL", level: 4, comment: "from tab A", version: 2 },
    });
    expect(await db.score.findFirstOrThrow()).toMatchObject({ level: 4, version: 2 });
    // Taking the current version, tab B may then save deliberately.
    expect(await saveScore(facilitator, { ...input, level: 2, expectedVersion: 2 })).toMatchObject({
      ok: true,
      data: { level: 2, version: 3 },
    });
  });

  it("a first save from a tab that missed another tab's first save is stale too", async () => {
    const { facilitator, agendaItemId, revenues } = await setUp();
    const input = { agendaItemId, criterionId: revenues.id, answer: "LEVEL", expectedVersion: 0 };
    const results = await Promise.all([
      saveScore(facilitator, { ...input, level: 1 }),
      saveScore(facilitator, { ...input, level: 5 }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toMatchObject([
      { status: 409, message: "scoreStale", current: { version: 1 } },
    ]);
    expect(await scoringCounts()).toEqual({ evaluations: 1, scores: 1 });
  });
});

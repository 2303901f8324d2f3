import { beforeEach, describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { type AnswerForScoring, scoreEvaluation } from "@/lib/evaluations/scoring-rules";
import { getSessionSummary, listReadableSummaries } from "@/lib/summaries/queries";
import { addMember, makeGrid, makeSession } from "../factories/sessions";
import { makeActor, makeUser } from "../factories/users";
import { makeProfiledWise } from "../factories/wises";
import { resetDatabase } from "../setup/reset-db";

type Answer = number | "NOT_APPLICABLE" | "UNKNOWN";

async function rate(agendaItemId: string, raterId: string, answers: Record<string, Answer>) {
  const rows = Object.entries(answers).map(([criterionId, answer]) =>
    typeof answer === "number"
      ? { criterionId, answer: "LEVEL" as const, level: answer }
      : { criterionId, answer, level: null },
  );
  await db.evaluation.create({ data: { agendaItemId, raterId, scores: { create: rows } } });
  return rows satisfies AnswerForScoring[];
}

/**
 * A Romanian session on the two-category test grid with two profiled WISEs, three raters with
 * names that must not leak, notes public and private, and support-need counts around 5.
 */
async function scoredSession(status: "CLOSED" | "PUBLISHED" = "PUBLISHED") {
  const lead = await makeUser("FACILITATOR");
  const raterB = await makeUser("PARTICIPANT");
  const raterC = await makeUser("PARTICIPANT");
  const grid = await makeGrid();
  const { session } = await makeSession({
    facilitatorId: lead.id,
    gridId: grid.id,
    status,
    wiseCount: 0,
  });
  await addMember(session.id, raterB.id, "PARTICIPANT", true);
  await addMember(session.id, raterC.id, "PARTICIPANT", true);
  const bakery = await makeProfiledWise({
    name: "Brutăria Bună",
    sectors: ["bakery"],
    region: "Cluj",
    totalEmployees: 20,
    supportNeedWorkers: 12,
    integrationMode: "PERMANENT",
    representativeName: "Ioana Reprezentanta",
    supportNeedCounts: [
      { category: "PHYSICAL_SENSORY_DISABILITY", count: 3 },
      { category: "HOMELESS", count: 4 },
      { category: "LONG_TERM_UNEMPLOYED", count: 5 },
    ],
  });
  const garden = await makeProfiledWise({
    name: "Grădina Verde",
    supportNeedWorkers: 3,
    supportNeedCounts: [{ category: "PHYSICAL_SENSORY_DISABILITY", count: 3 }],
  });
  const [bakeryItem, gardenItem] = await Promise.all(
    [bakery, garden].map((wise, index) =>
      db.agendaItem.create({
        data: { sessionId: session.id, wiseId: wise.id, position: index + 1 },
      }),
    ),
  );
  const [entrepreneurial, job] = grid.categories;
  const [revenues, profit] = entrepreneurial.criteria.sort((a, b) => a.position - b.position);
  const [share] = job.criteria;
  const answers = [
    await rate(bakeryItem.id, lead.id, { [revenues.id]: 5, [profit.id]: 2, [share.id]: 4 }),
    await rate(bakeryItem.id, raterB.id, {
      [revenues.id]: 3,
      [profit.id]: 3,
      [share.id]: "UNKNOWN",
    }),
    await rate(bakeryItem.id, raterC.id, {
      [revenues.id]: 4,
      [profit.id]: "NOT_APPLICABLE",
      [share.id]: 5,
    }),
  ];
  await db.sessionNote.createMany({
    data: [
      {
        sessionId: session.id,
        authorId: lead.id,
        isPublic: true,
        body: "Training matters most.",
        theme: "TRAINING_PROGRAMMES",
      },
      {
        sessionId: session.id,
        authorId: lead.id,
        isPublic: true,
        body: "Strong bakery.",
        agendaItemId: bakeryItem.id,
      },
      {
        sessionId: session.id,
        authorId: lead.id,
        isPublic: false,
        body: "Team only: check the accounts.",
      },
    ],
  });
  return { lead, raterB, raterC, grid, sessionId: session.id, bakeryItem, gardenItem, answers };
}

describe("participant summaries", () => {
  beforeEach(resetDatabase);

  it("are read by the session's people and its country's partner, only once published", async () => {
    const { lead, raterB, sessionId } = await scoredSession("CLOSED");
    const member = raterB;
    await expect(getSessionSummary(member, sessionId)).rejects.toThrow(ForbiddenError);
    await db.focusGroupSession.update({ where: { id: sessionId }, data: { status: "PUBLISHED" } });

    expect((await getSessionSummary(member, sessionId))?.title).toMatch(/^Focus group/);
    expect(await getSessionSummary(lead, sessionId)).not.toBeNull();
    expect(
      await getSessionSummary(await makeActor("PARTNER", { countryCode: "RO" }), sessionId),
    ).not.toBeNull();
    for (const stranger of [
      await makeActor("PARTICIPANT"),
      await makeActor("FACILITATOR"),
      await makeActor("PARTNER", { countryCode: "BE" }),
    ]) {
      await expect(getSessionSummary(stranger, sessionId)).rejects.toThrow(ForbiddenError);
    }
    expect(await getSessionSummary(member, "missing")).toBeNull();
  });

  it("lists exactly the published summaries each reader may open", async () => {
    const { lead, raterB, sessionId } = await scoredSession();
    const otherLead = await makeActor("FACILITATOR");
    await makeSession({ facilitatorId: otherLead.id, status: "CLOSED" });
    const ids = async (actor: Parameters<typeof listReadableSummaries>[0]) =>
      (await listReadableSummaries(actor)).map((row) => row.id);
    expect(await ids(raterB)).toEqual([sessionId]);
    expect(await ids(lead)).toEqual([sessionId]);
    expect(await ids(otherLead)).toEqual([]);
    expect(await ids(await makeActor("PARTNER", { countryCode: "RO" }))).toEqual([sessionId]);
    expect(await ids(await makeActor("PARTNER", { countryCode: "BE" }))).toEqual([]);
    expect(await ids(await makeActor("PARTICIPANT"))).toEqual([]);
    expect(await ids(await makeActor("ADMIN"))).toEqual([sessionId]);
  });

  it("shows category means computed as the scoring rules do, only when 3 or more people rated", async () => {
    const { lead, grid, sessionId, bakeryItem, gardenItem, answers } = await scoredSession();
    const summary = await getSessionSummary(lead, sessionId);
    const categories = grid.categories.map((category) => ({
      id: category.id,
      criteria: category.criteria.map((c) => ({ id: c.id, weight: c.weight.toNumber() })),
    }));
    const perRater = answers.map(
      (rows) => scoreEvaluation(categories, rows).categories[0].score ?? 0,
    );
    const expected = Math.round((perRater.reduce((a, b) => a + b, 0) / 3) * 10) / 10;
    expect(expected).toBe(3.7);

    const bakery = summary?.wises.find((wise) => wise.id === bakeryItem.id);
    expect(bakery?.results).toEqual([
      {
        categoryId: grid.categories[0].id,
        result: { kind: "score", score: expected, band: "good" },
      },
      { categoryId: grid.categories[1].id, result: { kind: "tooFewRaters" } },
    ]);
    const garden = summary?.wises.find((wise) => wise.id === gardenItem.id);
    expect(garden?.results.map((r) => r.result.kind)).toEqual(["notRated", "notRated"]);
    expect(summary).toMatchObject({ wiseCount: 2, raterCount: 3 });
  });

  it("names nobody, shows only public notes, and suppresses groups of fewer than 5 workers", async () => {
    const { lead, raterB, raterC, sessionId, bakeryItem, gardenItem } = await scoredSession();
    const summary = await getSessionSummary(lead, sessionId);
    const text = JSON.stringify(summary);
    for (const person of [lead, raterB, raterC]) {
      expect(text).not.toContain(person.name);
      expect(text).not.toContain(person.id);
      expect(text).not.toContain(person.email);
    }
    expect(text).not.toContain("Ioana Reprezentanta");
    expect(text).not.toContain("Team only");

    // Summed over both WISEs (3 + 3), in the catalogue's order of categories. The smallest
    // shown category is withheld beside the lone small one, which subtraction would reveal.
    expect(summary?.supportNeeds).toEqual([
      { category: "PHYSICAL_SENSORY_DISABILITY", count: { kind: "count", value: 6 } },
      { category: "LONG_TERM_UNEMPLOYED", count: { kind: "withheld" } },
      { category: "HOMELESS", count: { kind: "fewerThan", limit: 5 } },
    ]);
    const byId = new Map(summary?.wises.map((wise) => [wise.id, wise]));
    expect(byId.get(bakeryItem.id)).toMatchObject({
      name: "Brutăria Bună",
      totalEmployees: 20,
      supportNeedWorkers: { kind: "count", value: 12 },
      integrationMode: "PERMANENT",
      notes: ["Strong bakery."],
    });
    expect(byId.get(gardenItem.id)?.supportNeedWorkers).toEqual({ kind: "fewerThan", limit: 5 });
    expect(summary?.themes).toEqual([
      { theme: "TRAINING_PROGRAMMES", notes: ["Training matters most."] },
    ]);
    expect(summary?.generalNotes).toEqual([]);
  });
});

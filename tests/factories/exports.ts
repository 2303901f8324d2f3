import { db } from "@/lib/db";
import type { ScoreAnswer, SessionStatus } from "@/lib/generated/prisma/enums";
import { addMember, makeGrid, makeSession } from "./sessions";
import { makeActor } from "./users";

type Sheet = Record<
  string,
  { answer: ScoreAnswer; level?: number; value?: string; comment?: string }
>;

/** Comments that a CSV writer gets wrong if it does not quote, and Romanian letters. */
export const TRICKY_COMMENT = 'Spune "da", apoi\nrevine: ș ț ă â î';

/**
 * A Romanian session on the test grid (REVENUES weight 2, PROFIT 1 | SHARE_WSN 1) with two
 * WISEs, three raters (the facilitator and two participants), levels, N/A and "don't know",
 * a classification, a public and a private note, and support-need counts one of which is small.
 */
export async function setUpScoredSession(status: SessionStatus = "CLOSED") {
  const facilitator = await makeActor("FACILITATOR");
  const grid = await makeGrid();
  const { session, agendaItems } = await makeSession({
    facilitatorId: facilitator.id,
    gridId: grid.id,
    wiseCount: 2,
    status,
  });
  const [first, second] = agendaItems;
  await db.wise.update({
    where: { id: first.wiseId },
    data: {
      name: `Casa Meșteșugurilor ${session.id}`,
      totalEmployees: 31,
      supportNeedWorkers: 10,
      supportNeedCounts: {
        create: [
          { category: "HOMELESS", count: 3 },
          { category: "LONG_TERM_UNEMPLOYED", count: 7 },
        ],
      },
    },
  });
  await db.wise.update({
    where: { id: second.wiseId },
    data: { name: `Țesătoria ${session.id}` },
  });
  const participants = [];
  for (const name of ["Ana Popescu", "Bogdan Ionescu"]) {
    const user = await makeActor("PARTICIPANT");
    await db.user.update({ where: { id: user.id }, data: { name } });
    await addMember(session.id, user.id, "PARTICIPANT", true);
    participants.push(user);
  }
  const raters = [facilitator, ...participants];
  const [ent, job] = grid.categories;
  const [revenues, profit] = [...ent.criteria].sort((a, b) => a.position - b.position);
  const [share] = job.criteria;
  const sheets: [string, Sheet][] = [
    [
      first.id,
      {
        [revenues.id]: { answer: "LEVEL", level: 4, value: "12500", comment: TRICKY_COMMENT },
        [profit.id]: { answer: "LEVEL", level: 2 },
        [share.id]: { answer: "NOT_APPLICABLE" },
      },
    ],
    [
      first.id,
      {
        [revenues.id]: { answer: "LEVEL", level: 3 },
        [profit.id]: { answer: "UNKNOWN" },
        [share.id]: { answer: "LEVEL", level: 5 },
      },
    ],
    [
      first.id,
      {
        [revenues.id]: { answer: "LEVEL", level: 5 },
        [profit.id]: { answer: "LEVEL", level: 4 },
        [share.id]: { answer: "LEVEL", level: 4 },
      },
    ],
    [
      second.id,
      {
        [revenues.id]: { answer: "LEVEL", level: 1 },
        [share.id]: { answer: "LEVEL", level: 2, comment: "Bună, dar mică" },
      },
    ],
  ];
  const raterOf = [raters[0], raters[1], raters[2], raters[1]];
  for (const [index, [agendaItemId, sheet]] of sheets.entries()) {
    await db.evaluation.create({
      data: {
        agendaItemId,
        raterId: raterOf[index].id,
        // Raters' numbers follow their first evaluation: spaced so that the order is certain.
        createdAt: new Date(Date.UTC(2026, 4, 12, 9, index)),
        scores: {
          create: Object.entries(sheet).map(([criterionId, score]) => ({
            criterionId,
            answer: score.answer,
            level: score.level ?? null,
            value: score.value ?? null,
            comment: score.comment ?? null,
          })),
        },
      },
    });
  }
  await db.classification.create({
    data: {
      agendaItemId: first.id,
      suggestedModel: "ONE_STOP_SHOP",
      suggestion: { ranking: [] },
      agreedModel: "SOCIAL_ENTERPRISE",
      rationale: "Integrarea socială întâi.",
      decidedById: facilitator.id,
      decidedAt: new Date("2026-05-12T11:00:00Z"),
    },
  });
  await db.sessionNote.createMany({
    data: [
      {
        sessionId: session.id,
        theme: "DIGITAL_SKILLS_WORKERS",
        body: "Competențe digitale de bază",
        isPublic: true,
        authorId: facilitator.id,
      },
      {
        sessionId: session.id,
        agendaItemId: second.id,
        body: "Notă privată despre finanțare",
        isPublic: false,
        authorId: facilitator.id,
      },
    ],
  });
  return {
    facilitator,
    participants,
    raters,
    session,
    agendaItems,
    grid,
    criteria: { revenues, profit, share },
  };
}

/** Rows of every table an export reads or a bundle import writes, to compare before and after. */
export async function sessionDataCounts() {
  const [
    users,
    grids,
    criteria,
    wises,
    counts,
    sessions,
    items,
    evaluations,
    scores,
    classifications,
    notes,
  ] = await Promise.all([
    db.user.count(),
    db.grid.count(),
    db.gridCriterion.count(),
    db.wise.count(),
    db.wiseSupportNeedCount.count(),
    db.focusGroupSession.count(),
    db.agendaItem.count(),
    db.evaluation.count(),
    db.score.count(),
    db.classification.count(),
    db.sessionNote.count(),
  ]);
  return {
    users,
    grids,
    criteria,
    wises,
    counts,
    sessions,
    items,
    evaluations,
    scores,
    classifications,
    notes,
  };
}

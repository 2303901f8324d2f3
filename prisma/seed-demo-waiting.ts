/**
 * Demo sessions that give every role something waiting on their home page (issue 14): a summary
 * published for the participant, a closed session awaiting the Romanian partner's review, a
 * session whose live part is ready to start, and an invitation the admin sent that nobody has
 * accepted yet. Scores are invented but plausible, from the facilitator, the participant and two
 * guests who scored from their phones, so that results and summaries have three raters or more.
 */
import { randomBytes } from "node:crypto";
import type { PrismaClient } from "../lib/generated/prisma/client";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export type WaitingPeople = {
  adminId: string;
  facilitatorId: string;
  participantId: string;
  partnerRoId: string;
  riseId: string;
};

const DAY = 24 * 60 * 60 * 1000;

/** A level from 1 to 5 that varies by rater, criterion and WISE but centres on `base`. */
function levelFor(base: number, rater: number, criterion: number): number {
  const spread = [0, 1, -1, 0, 1, 0, -1][(rater * 3 + criterion) % 7];
  return Math.min(5, Math.max(1, base + spread));
}

/** Every rater scores every criterion of every WISE: two statements, not one per score. */
async function scoreSession(
  tx: Tx,
  items: { id: string }[],
  raterIds: string[],
  criterionIds: string[],
) {
  const evaluations = await tx.evaluation.createManyAndReturn({
    data: items.flatMap((item) => raterIds.map((raterId) => ({ agendaItemId: item.id, raterId }))),
    select: { id: true, agendaItemId: true, raterId: true },
  });
  await tx.score.createMany({
    data: evaluations.flatMap((evaluation) => {
      const itemIndex = items.findIndex((item) => item.id === evaluation.agendaItemId);
      const raterIndex = raterIds.indexOf(evaluation.raterId);
      return criterionIds.map((criterionId, criterionIndex) => ({
        evaluationId: evaluation.id,
        criterionId,
        answer: "LEVEL" as const,
        level: levelFor(3 + (itemIndex % 2), raterIndex, criterionIndex),
      }));
    }),
  });
}

/** Two guests who scored from their phones: raters without an account to sign in with. */
async function roomGuests(tx: Tx, label: string) {
  const guests = [];
  for (const name of ["Oaspete A", "Oaspete B"]) {
    const email = `guest-${label}-${name.slice(-1).toLowerCase()}@demo.invalid`;
    guests.push(await tx.user.create({ data: { email, name, role: "PARTICIPANT", guest: true } }));
  }
  return guests.map((guest) => guest.id);
}

export async function seedDemoWaiting(
  tx: Tx,
  gridId: string,
  wiseIds: string[],
  people: WaitingPeople,
) {
  const criteria = await tx.gridCriterion.findMany({
    where: { category: { gridId } },
    orderBy: [{ category: { position: "asc" } }, { position: "asc" }],
    select: { id: true },
  });
  const criterionIds = criteria.map((criterion) => criterion.id);
  const { facilitatorId, participantId, partnerRoId } = people;
  const now = Date.now();
  const at = (daysAgo: number) => new Date(now - daysAgo * DAY);

  // Published, with the partner's approval: the participant's summary.
  const published = await tx.focusGroupSession.create({
    data: {
      title: "Focus grup Iași: rezumat publicat",
      startsAt: new Date("2026-11-12T08:00:00Z"),
      countryCode: "RO",
      place: "Iași",
      gridId,
      status: "PUBLISHED",
      facilitatorId,
      organisations: { create: [{ organisationId: people.riseId }] },
      members: { create: [{ userId: participantId, role: "PARTICIPANT", canScore: true }] },
      agendaItems: {
        create: [wiseIds[2], wiseIds[0]].map((wiseId, i) => ({ wiseId, position: i + 1 })),
      },
      statusChanges: {
        create: [
          { fromStatus: "DRAFT", toStatus: "OPEN", changedById: facilitatorId, changedAt: at(9) },
          { fromStatus: "OPEN", toStatus: "CLOSED", changedById: facilitatorId, changedAt: at(8) },
          {
            fromStatus: "CLOSED",
            toStatus: "PUBLISHED",
            changedById: facilitatorId,
            changedAt: at(2),
          },
        ],
      },
      reviews: {
        create: [
          {
            authorId: partnerRoId,
            step: "APPROVED",
            body: "Rezultatele sunt coerente cu discuția din sală.",
            createdAt: at(3),
          },
        ],
      },
      notes: {
        create: [
          {
            theme: "GOOD_PRACTICE",
            body: "Vizitele de studiu între întreprinderi au ajutat cel mai mult la formarea consilierilor de integrare.",
            isPublic: true,
            authorId: facilitatorId,
          },
          {
            theme: "DIGITAL_SKILLS_WORKERS",
            body: "Lucrătorii au nevoie de cursuri scurte, practice, pe telefon, nu de cursuri lungi în sală.",
            isPublic: true,
            authorId: facilitatorId,
          },
        ],
      },
    },
    select: { id: true, agendaItems: { orderBy: { position: "asc" }, select: { id: true } } },
  });
  const publishedRaters = [facilitatorId, participantId, ...(await roomGuests(tx, "iasi"))];
  await scoreSession(tx, published.agendaItems, publishedRaters, criterionIds);

  // Closed and scored, no decision yet: waits for the Romanian partner's review.
  const closed = await tx.focusGroupSession.create({
    data: {
      title: "Focus grup Cluj: rezultate de analizat",
      startsAt: new Date("2026-11-26T09:00:00Z"),
      countryCode: "RO",
      place: "Cluj-Napoca",
      gridId,
      status: "CLOSED",
      facilitatorId,
      organisations: { create: [{ organisationId: people.riseId }] },
      agendaItems: {
        create: [wiseIds[1], wiseIds[0]].map((wiseId, i) => ({ wiseId, position: i + 1 })),
      },
      statusChanges: {
        create: [
          { fromStatus: "DRAFT", toStatus: "OPEN", changedById: facilitatorId, changedAt: at(5) },
          { fromStatus: "OPEN", toStatus: "CLOSED", changedById: facilitatorId, changedAt: at(4) },
        ],
      },
      notes: {
        create: [
          {
            body: "Doi evaluatori au plecat înainte de ultima întreprindere; scorurile lor sunt incomplete.",
            isPublic: false,
            authorId: facilitatorId,
          },
        ],
      },
    },
    select: { id: true, agendaItems: { orderBy: { position: "asc" }, select: { id: true } } },
  });
  const closedRaters = [facilitatorId, ...(await roomGuests(tx, "cluj"))];
  await scoreSession(tx, closed.agendaItems, closedRaters, criterionIds);

  // Open, nothing scored yet, no live part: "Run live" starts it in the room.
  await tx.focusGroupSession.create({
    data: {
      title: "Focus grup Timișoara: sesiune în direct",
      startsAt: new Date("2026-12-17T08:00:00Z"),
      countryCode: "RO",
      place: "Timișoara",
      gridId,
      status: "OPEN",
      facilitatorId,
      organisations: { create: [{ organisationId: people.riseId }] },
      agendaItems: {
        create: [wiseIds[0], wiseIds[1]].map((wiseId, i) => ({ wiseId, position: i + 1 })),
      },
      statusChanges: {
        create: [{ fromStatus: "DRAFT", toStatus: "OPEN", changedById: facilitatorId }],
      },
    },
  });

  // Invited by the admin, no password chosen yet. Nobody holds this link (only its hash is
  // kept), so the admin's job is to make a new one from the user's page.
  await tx.user.create({
    data: {
      email: "irina.invited@wisefocus.example",
      name: "Irina Invitată",
      role: "FACILITATOR",
      organisationId: people.riseId,
      countryCode: "RO",
      invitations: {
        create: [
          {
            tokenHash: randomBytes(32).toString("hex"),
            createdById: people.adminId,
            expiresAt: new Date(now + 5 * DAY),
          },
        ],
      },
    },
  });
}

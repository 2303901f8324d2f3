/**
 * Demo focus groups: an open Romanian session with three WISEs, so that a facilitator can score
 * at once, and a closed Belgian one, so that country scoping is visible (the Romanian partner
 * sees the first only). WISE figures are invented but plausible; no real enterprise is named.
 * seed-demo-waiting.ts adds the sessions that give every role something waiting at home.
 */
import type { PrismaClient } from "../lib/generated/prisma/client";
import { seedDemoWaiting, type WaitingPeople } from "./seed-demo-waiting";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

const DEMO_WISES = [
  {
    name: "Atelierul de Pâine",
    legalForm: "Social insertion enterprise (SRL)",
    countryCode: "RO",
    region: "București-Ilfov",
    yearFounded: 2016,
    sectors: ["bakery", "catering"],
    totalEmployees: 24,
    supportNeedWorkers: 10,
    supportNeedWorkingTimePct: 38,
    integrationMode: "PERMANENT",
    productionWeight: 70,
    trainingWeight: 10,
    socialSupportWeight: 20,
    placementWeight: 0,
    salesRevenuePct: 72,
    publicContractsRevenuePct: 8,
    subsidiesRevenuePct: 15,
    donationsRevenuePct: 5,
  },
  {
    name: "Drumuri spre Muncă",
    legalForm: "Association",
    countryCode: "RO",
    region: "Cluj",
    yearFounded: 2012,
    sectors: ["job placement", "counselling"],
    totalEmployees: 9,
    supportNeedWorkers: 2,
    integrationMode: "TRANSITIONAL",
    productionWeight: 0,
    trainingWeight: 30,
    socialSupportWeight: 10,
    placementWeight: 60,
    salesRevenuePct: 5,
    publicContractsRevenuePct: 45,
    subsidiesRevenuePct: 40,
    donationsRevenuePct: 10,
  },
  {
    name: "Casa Meșteșugurilor",
    legalForm: "Foundation with a social enterprise",
    countryCode: "RO",
    region: "Iași",
    yearFounded: 2009,
    sectors: ["crafts", "textiles", "training"],
    totalEmployees: 31,
    supportNeedWorkers: 14,
    supportNeedWorkingTimePct: 41,
    integrationMode: "MIXED",
    productionWeight: 35,
    trainingWeight: 30,
    socialSupportWeight: 30,
    placementWeight: 5,
    salesRevenuePct: 40,
    publicContractsRevenuePct: 10,
    subsidiesRevenuePct: 35,
    donationsRevenuePct: 15,
  },
  {
    name: "Groene Handen",
    legalForm: "Social workshop (VZW)",
    countryCode: "BE",
    region: "Vlaanderen",
    yearFounded: 2001,
    sectors: ["gardening", "maintenance"],
    totalEmployees: 40,
    supportNeedWorkers: 28,
    integrationMode: "PERMANENT",
    productionWeight: 40,
    trainingWeight: 10,
    socialSupportWeight: 50,
    placementWeight: 0,
    salesRevenuePct: 35,
    publicContractsRevenuePct: 15,
    subsidiesRevenuePct: 45,
    donationsRevenuePct: 5,
  },
] as const;

type People = WaitingPeople & { ensieId: string };

export async function seedDemoSessions(tx: Tx, gridId: string, people: People) {
  const wiseIds: string[] = [];
  for (const wise of DEMO_WISES) {
    const created = await tx.wise.create({
      data: { ...wise, sectors: [...wise.sectors], createdById: people.facilitatorId },
    });
    wiseIds.push(created.id);
  }

  await tx.focusGroupSession.create({
    data: {
      title: "Focus grup București: modele de întreprinderi sociale de inserție",
      startsAt: new Date("2026-12-03T07:30:00Z"),
      countryCode: "RO",
      place: "București",
      gridId,
      status: "OPEN",
      facilitatorId: people.facilitatorId,
      organisations: { create: [{ organisationId: people.riseId }] },
      members: { create: [{ userId: people.participantId, role: "PARTICIPANT", canScore: true }] },
      agendaItems: {
        create: wiseIds.slice(0, 3).map((wiseId, index) => ({ wiseId, position: index + 1 })),
      },
      statusChanges: {
        create: [{ fromStatus: "DRAFT", toStatus: "OPEN", changedById: people.facilitatorId }],
      },
    },
  });

  await tx.focusGroupSession.create({
    data: {
      title: "Focus group Brussels",
      startsAt: new Date("2026-10-15T08:00:00Z"),
      countryCode: "BE",
      place: "Brussels",
      gridId,
      status: "CLOSED",
      facilitatorId: people.adminId,
      organisations: { create: [{ organisationId: people.ensieId }] },
      agendaItems: { create: [{ wiseId: wiseIds[3], position: 1 }] },
      statusChanges: {
        create: [
          { fromStatus: "DRAFT", toStatus: "OPEN", changedById: people.adminId },
          { fromStatus: "OPEN", toStatus: "CLOSED", changedById: people.adminId },
        ],
      },
    },
  });

  await seedDemoWaiting(tx, gridId, wiseIds, people);
}

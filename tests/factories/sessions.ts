import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { SessionMemberRole, SessionStatus } from "@/lib/generated/prisma/enums";

let sequence = 0;
/**
 * Names unique across processes too: end-to-end specs run their factory scripts at the same time
 * against one database, each process counting from 1.
 */
const unique = () => `${++sequence} ${randomUUID().slice(0, 8)}`;

/**
 * A small grid of two categories and three criteria, enough to exercise scoring rules against
 * the database without depending on the seeded B-WISE grid.
 */
export async function makeGrid(name = `Test grid ${unique()}`) {
  const levels = ["very low", "low", "medium", "high", "very high"];
  const named = (en: string, ro: string) => ({
    texts: {
      create: [
        { locale: "en", name: en },
        { locale: "ro", name: ro },
      ],
    },
  });
  const worded = (en: string, ro: string) => ({
    texts: {
      create: [
        { locale: "en", name: en, levels },
        { locale: "ro", name: ro, levels },
      ],
    },
  });
  return db.grid.create({
    data: {
      name,
      version: 1,
      categories: {
        create: [
          {
            code: "ENTREPRENEURIAL",
            position: 1,
            ...named("Entrepreneurial characteristics", "Caracteristici antreprenoriale"),
            criteria: {
              create: [
                {
                  code: "REVENUES",
                  position: 1,
                  ...worded("Revenues", "Venituri"),
                  unit: "EUR",
                  weight: 2,
                },
                { code: "PROFIT", position: 2, ...worded("Profit", "Profit"), weight: 1 },
              ],
            },
          },
          {
            code: "JOB_INTEGRATION",
            position: 2,
            ...named("Job integration", "Integrare în muncă"),
            criteria: {
              create: [
                {
                  code: "SHARE_WSN",
                  position: 1,
                  ...worded("Share of WSN", "Ponderea LSN"),
                  unit: "PERCENT",
                  weight: 1,
                },
              ],
            },
          },
        ],
      },
    },
    include: {
      categories: {
        include: {
          texts: { orderBy: { locale: "asc" } },
          criteria: { include: { texts: { orderBy: { locale: "asc" } } } },
        },
        orderBy: { position: "asc" },
      },
    },
  });
}

export async function makeWise(overrides: { name?: string; countryCode?: string } = {}) {
  return db.wise.create({
    data: {
      name: overrides.name ?? `WISE ${unique()}`,
      countryCode: overrides.countryCode ?? "RO",
    },
  });
}

export async function makeSession(options: {
  facilitatorId: string;
  status?: SessionStatus;
  countryCode?: string;
  gridId?: string;
  wiseCount?: number;
}) {
  sequence += 1;
  const gridId = options.gridId ?? (await makeGrid()).id;
  const session = await db.focusGroupSession.create({
    data: {
      title: `Focus group ${sequence}`,
      startsAt: new Date("2026-05-12T09:00:00Z"),
      countryCode: options.countryCode ?? "RO",
      status: options.status ?? "OPEN",
      facilitatorId: options.facilitatorId,
      gridId,
    },
  });
  const agendaItems = [];
  for (let position = 1; position <= (options.wiseCount ?? 1); position++) {
    const wise = await makeWise({ countryCode: session.countryCode });
    agendaItems.push(
      await db.agendaItem.create({ data: { sessionId: session.id, wiseId: wise.id, position } }),
    );
  }
  return { session, agendaItems };
}

export function addMember(
  sessionId: string,
  userId: string,
  role: SessionMemberRole,
  canScore = role === "CO_FACILITATOR",
) {
  return db.sessionMember.create({ data: { sessionId, userId, role, canScore } });
}

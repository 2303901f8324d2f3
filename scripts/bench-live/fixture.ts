import { PrismaPg } from "@prisma/adapter-pg";
import argon2 from "argon2";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { ensureDefaultGrid } from "../../prisma/seed-grid";
import type { BenchConfig } from "./config";

export type RoomFixture = {
  label: string;
  sessionId: string;
  agendaItemIds: string[];
  /** The first leads the session (and runs the console); a second one co-facilitates. */
  facilitators: { id: string; email: string }[];
  guests: number;
};
export type Fixture = { password: string; criterionIds: string[]; rooms: RoomFixture[] };

/** Only for this throwaway database. */
const PASSWORD = "bench-live-password-not-secret";

/**
 * The accounts and sessions the simulated rooms need, written straight to the throwaway
 * database (not through HTTP routes): the default grid, facilitators with argon2 hashes, WISEs,
 * and one OPEN session per room with the WISEs on its agenda. The main room has a co-facilitator.
 */
export async function seedBenchData(databaseUrl: string, config: BenchConfig): Promise<Fixture> {
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
  try {
    const gridId = await ensureDefaultGrid(prisma);
    const criteria = await prisma.gridCriterion.findMany({
      where: { category: { gridId } },
      orderBy: [{ category: { position: "asc" } }, { position: "asc" }],
      select: { id: true },
    });
    // One hash for every bench account: hashing is slow on purpose and proves nothing here.
    const passwordHash = await argon2.hash(PASSWORD, { type: argon2.argon2id });
    const wiseIds: string[] = [];
    for (let n = 1; n <= config.items; n++) {
      const wise = await prisma.wise.create({
        data: { name: `Bench WISE ${n}`, countryCode: "RO", sectors: ["bakery"] },
      });
      wiseIds.push(wise.id);
    }
    const makeFacilitator = (email: string) =>
      prisma.user.create({
        data: {
          email,
          name: email.split("@")[0],
          role: "FACILITATOR",
          passwordHash,
          countryCode: "RO",
        },
        select: { id: true, email: true },
      });

    const rooms: RoomFixture[] = [];
    for (let index = 0; index <= config.extraRooms; index++) {
      const isMain = index === 0;
      const label = isMain ? "main room" : `room ${index}`;
      const lead = await makeFacilitator(`facilitator.${index}@bench.example`);
      const co = isMain ? await makeFacilitator(`co-facilitator.${index}@bench.example`) : null;
      const session = await prisma.focusGroupSession.create({
        data: {
          title: `Bench live session: ${label}`,
          startsAt: new Date(),
          countryCode: "RO",
          gridId,
          status: "OPEN",
          facilitatorId: lead.id,
          members: co
            ? { create: [{ userId: co.id, role: "CO_FACILITATOR", canScore: true }] }
            : undefined,
          agendaItems: {
            create: wiseIds.map((wiseId, position) => ({ wiseId, position: position + 1 })),
          },
          statusChanges: {
            create: [{ fromStatus: "DRAFT", toStatus: "OPEN", changedById: lead.id }],
          },
        },
        select: { id: true, agendaItems: { orderBy: { position: "asc" }, select: { id: true } } },
      });
      rooms.push({
        label,
        sessionId: session.id,
        agendaItemIds: session.agendaItems.map((item) => item.id),
        facilitators: co ? [lead, co] : [lead],
        guests: isMain ? config.mainGuests : config.extraRoomGuests,
      });
    }
    return { password: PASSWORD, criterionIds: criteria.map((criterion) => criterion.id), rooms };
  } finally {
    await prisma.$disconnect();
  }
}

/**
 * `npx tsx scripts/bench-live/prisma-cost.ts`: what one Prisma query costs the app in CPU, beside
 * the same query through pg, in a throwaway database. Explains where bench:live's app CPU per
 * score save goes (a save is about 16 queries in one interactive transaction).
 */
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { ensureDefaultGrid } from "../../prisma/seed-grid";
import { applyPendingMigrations } from "../db/apply";
import { startThrowawayPostgres } from "../db/embedded-postgres";

const N = 1000;
async function measure(name: string, fn: () => Promise<unknown>) {
  for (let i = 0; i < 50; i++) await fn();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < N; i++) await fn();
  const wall = (performance.now() - t0) / N;
  const cpu = process.cpuUsage(cpu0);
  console.log(
    `${name.padEnd(50)} wall ${wall.toFixed(2)} ms, CPU ${((cpu.user + cpu.system) / 1000 / N).toFixed(2)} ms per call`,
  );
}
const db = await startThrowawayPostgres("probe");
try {
  await applyPendingMigrations(db.url);
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: db.url }) });
  const gridId = await ensureDefaultGrid(prisma);
  const crit = await prisma.gridCriterion.findFirstOrThrow({ where: { category: { gridId } } });
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  await measure("pg: SELECT criterion by id", () =>
    client.query('SELECT unit FROM "GridCriterion" WHERE id = $1', [crit.id]),
  );
  await measure("prisma: gridCriterion.findUnique", () =>
    prisma.gridCriterion.findUnique({ where: { id: crit.id }, select: { unit: true } }),
  );
  await measure("prisma: findFirst with relation filter", () =>
    prisma.gridCriterion.findFirst({
      where: { id: crit.id, category: { gridId } },
      select: { unit: true },
    }),
  );
  await measure(
    "prisma: $queryRaw",
    () => prisma.$queryRaw`SELECT unit FROM "GridCriterion" WHERE id = ${crit.id}`,
  );
  await measure("prisma: $transaction(3 findUnique)", () =>
    prisma.$transaction(async (tx) => {
      for (let i = 0; i < 3; i++)
        await tx.gridCriterion.findUnique({ where: { id: crit.id }, select: { unit: true } });
    }),
  );
  await measure("prisma: $transaction(15 findUnique)", () =>
    prisma.$transaction(async (tx) => {
      for (let i = 0; i < 15; i++)
        await tx.gridCriterion.findUnique({ where: { id: crit.id }, select: { unit: true } });
    }),
  );
  await client.end();
  await prisma.$disconnect();
} finally {
  await db.stop();
}
process.exit(0);

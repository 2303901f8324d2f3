import "server-only";
import { randomUUID } from "node:crypto";
import { db, type Prisma } from "@/lib/db";

/**
 * This installation's id, which bundles carry as their origin. The migration creates it; a
 * database emptied since (tests) gets a new one on first use. The one-row table's fixed key
 * makes two first uses at once agree on a single id.
 */
export async function getInstallationId(client: Prisma.TransactionClient = db): Promise<string> {
  const found = await client.installation.findUnique({ where: { singleton: 1 } });
  if (found) return found.id;
  await client.$executeRaw`
    INSERT INTO "Installation" ("singleton", "id") VALUES (1, ${randomUUID()})
    ON CONFLICT ("singleton") DO NOTHING`;
  const created = await client.installation.findUniqueOrThrow({ where: { singleton: 1 } });
  return created.id;
}

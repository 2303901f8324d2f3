import "server-only";
import type { Prisma } from "@/lib/db";
import { LIVE_CHANNEL, type LiveNotification } from "./events";

/**
 * Announces a live change on the `wise_live` channel from inside the transaction that made it:
 * PostgreSQL delivers it only if, and when, that transaction commits, to every app instance.
 */
export async function notifyLive(
  tx: Prisma.TransactionClient,
  notification: LiveNotification,
): Promise<void> {
  await tx.$executeRaw`SELECT pg_notify(${LIVE_CHANNEL}, ${JSON.stringify(notification)})`;
}

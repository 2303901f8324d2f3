import "server-only";
import type { Prisma } from "@/lib/db";

type AuditEntry = {
  actorId: string | null;
  action: string;
  targetType: string;
  targetId: string;
  details?: Prisma.InputJsonValue;
};

/** Records who did what inside the caller's transaction, so the trail and the change land together. */
export async function recordAudit(tx: Prisma.TransactionClient, entry: AuditEntry) {
  await tx.auditEvent.create({ data: entry });
}

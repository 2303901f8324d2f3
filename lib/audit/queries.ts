import "server-only";
import { type Actor, assertCan, auditReadScope } from "@/lib/auth/permissions";
import { wallTimeToInstant } from "@/lib/dates/zoned-time";
import { db, type Prisma } from "@/lib/db";
import type { AuditFilter } from "./schemas";

export const AUDIT_PAGE_SIZE = 50;

/**
 * The entries matching the filters that the reader may see. A partner's country is part of the
 * query itself, not a filter of the page, so no address shows them another country's entries.
 * Dates are whole days in `timeZone` (the reader's), both ends included.
 */
function auditWhere(
  actor: Actor,
  filter: AuditFilter,
  timeZone: string,
): Prisma.AuditEventWhereInput {
  const scope = auditReadScope(actor);
  const conditions: Prisma.AuditEventWhereInput[] = [];
  // A partner without a country is refused by "audit.read"; an empty country matches nothing.
  if (!scope.everything) conditions.push({ countryCode: scope.countryCode ?? "" });
  if (filter.person) {
    const text = { contains: filter.person, mode: "insensitive" as const };
    conditions.push({ actor: { OR: [{ name: text }, { email: text }] } });
  }
  if (filter.type) conditions.push({ targetType: filter.type });
  if (filter.object) {
    conditions.push({
      OR: [
        { targetId: filter.object },
        { targetLabel: { contains: filter.object, mode: "insensitive" } },
      ],
    });
  }
  if (filter.from) {
    conditions.push({ createdAt: { gte: wallTimeToInstant(`${filter.from}T00:00`, timeZone) } });
  }
  if (filter.to) {
    const [year, month, date] = filter.to.split("-").map(Number);
    const dayAfter = new Date(Date.UTC(year, month - 1, date + 1)).toISOString().slice(0, 10);
    conditions.push({ createdAt: { lt: wallTimeToInstant(`${dayAfter}T00:00`, timeZone) } });
  }
  return { AND: conditions };
}

/** One page of the trail, newest first, with the total count for "showing X of N". */
export async function listAuditEntries(actor: Actor, filter: AuditFilter, timeZone: string) {
  assertCan(actor, "audit.read");
  const where = auditWhere(actor, filter, timeZone);
  const total = await db.auditEvent.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const page = Math.min(filter.page ?? 1, pageCount);
  const entries = await db.auditEvent.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE,
    select: {
      id: true,
      action: true,
      targetType: true,
      targetId: true,
      targetLabel: true,
      countryCode: true,
      before: true,
      after: true,
      details: true,
      createdAt: true,
      actor: { select: { name: true, email: true } },
    },
  });
  return { entries, total, page, pageCount };
}

export type AuditEntry = Awaited<ReturnType<typeof listAuditEntries>>["entries"][number];

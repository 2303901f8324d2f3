import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ResultsScope } from "./scope";

/** The scope as one SQL condition on `"FocusGroupSession" s`; FALSE when it holds nothing. */
export function scopeSql(scope: ResultsScope): Prisma.Sql {
  if (scope.statuses.length === 0) return Prisma.sql`FALSE`;
  // Typed as the enum, so that the (countryCode, status) index serves the condition.
  const statuses = Prisma.sql`s."status" IN (${Prisma.join(
    scope.statuses.map((status) => Prisma.sql`${status}::"SessionStatus"`),
  )})`;
  if (scope.everything) return statuses;
  const who: Prisma.Sql[] = [];
  if (scope.countryCodes.length > 0)
    who.push(Prisma.sql`s."countryCode" IN (${Prisma.join(scope.countryCodes)})`);
  if (scope.leaderId) who.push(Prisma.sql`s."facilitatorId" = ${scope.leaderId}`);
  if (scope.coLeaderId)
    who.push(Prisma.sql`EXISTS (SELECT 1 FROM "SessionMember" m WHERE m."sessionId" = s."id"
      AND m."userId" = ${scope.coLeaderId} AND m."role" = 'CO_FACILITATOR')`);
  if (who.length === 0) return Prisma.sql`FALSE`;
  return Prisma.sql`${statuses} AND (${Prisma.join(who, " OR ")})`;
}

-- DropIndex
DROP INDEX "AuditEvent_actorId_idx";

-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "after" JSONB,
ADD COLUMN     "before" JSONB,
ADD COLUMN     "countryCode" CHAR(2),
ADD COLUMN     "targetLabel" TEXT;

-- CreateIndex
CREATE INDEX "AuditEvent_createdAt_idx" ON "AuditEvent"("createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_countryCode_createdAt_idx" ON "AuditEvent"("countryCode", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_createdAt_idx" ON "AuditEvent"("actorId", "createdAt");

-- Entries written before this migration: the country and name of the object they point at, so
-- that partners see their country's history too and it can be found by name.
UPDATE "AuditEvent" a SET "countryCode" = w."countryCode", "targetLabel" = w."name"
FROM "Wise" w WHERE a."targetType" = 'Wise' AND w."id" = a."targetId";
UPDATE "AuditEvent" a SET "countryCode" = s."countryCode", "targetLabel" = s."title"
FROM "FocusGroupSession" s WHERE a."targetType" = 'FocusGroupSession' AND s."id" = a."targetId";
UPDATE "AuditEvent" a SET "countryCode" = u."countryCode", "targetLabel" = u."name"
FROM "User" u WHERE a."targetType" = 'User' AND u."id" = a."targetId";
UPDATE "AuditEvent" a SET "countryCode" = o."countryCode", "targetLabel" = o."name"
FROM "Organisation" o WHERE a."targetType" = 'Organisation' AND o."id" = a."targetId";
UPDATE "AuditEvent" a SET "countryCode" = s."countryCode", "targetLabel" = s."title"
FROM "AgendaItem" i JOIN "FocusGroupSession" s ON s."id" = i."sessionId"
WHERE a."targetType" = 'AgendaItem' AND i."id" = a."targetId";

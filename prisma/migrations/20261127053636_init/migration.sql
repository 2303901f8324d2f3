-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'FACILITATOR', 'PARTNER', 'PARTICIPANT');

-- CreateEnum
CREATE TYPE "IntegrationMode" AS ENUM ('PERMANENT', 'TRANSITIONAL', 'MIXED');

-- CreateEnum
CREATE TYPE "WiseModel" AS ENUM ('PRODUCTIVE', 'VOCATIONAL_TRAINING', 'SOCIAL_ENTERPRISE', 'PLACEMENT', 'ONE_STOP_SHOP');

-- CreateEnum
CREATE TYPE "SupportNeedCategory" AS ENUM ('PHYSICAL_SENSORY_DISABILITY', 'INTELLECTUAL_LEARNING_DISABILITY', 'PSYCHOSOCIAL_DISABILITY', 'SUBSTANCE_USE', 'EX_OFFENDERS', 'LONG_TERM_UNEMPLOYED', 'HOMELESS', 'ASYLUM_SEEKERS_REFUGEES_MIGRANTS', 'NEETS', 'WOMEN_SURVIVORS_OF_VIOLENCE', 'ETHNIC_MINORITIES', 'LOW_QUALIFICATION');

-- CreateEnum
CREATE TYPE "ValueUnit" AS ENUM ('EUR', 'PERCENT', 'HEADCOUNT', 'TEXT');

-- CreateEnum
CREATE TYPE "SessionStatus" AS ENUM ('DRAFT', 'OPEN', 'CLOSED', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "SessionMemberRole" AS ENUM ('CO_FACILITATOR', 'PARTICIPANT');

-- CreateEnum
CREATE TYPE "DiscussionTheme" AS ENUM ('DIGITAL_SKILLS_MANAGERS', 'DIGITAL_SKILLS_COUNSELLORS', 'DIGITAL_SKILLS_WORKERS', 'SKILLS_MAPPING', 'TRAINING_PROGRAMMES', 'GOOD_PRACTICE', 'SECTOR_ATTRACTIVENESS');

-- CreateEnum
CREATE TYPE "ScoreAnswer" AS ENUM ('LEVEL', 'NOT_APPLICABLE', 'UNKNOWN');

-- CreateTable
CREATE TABLE "Country" (
    "code" CHAR(2) NOT NULL,
    "isEuMember" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Country_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Organisation" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "countryCode" CHAR(2) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT,
    "role" "Role" NOT NULL,
    "organisationId" TEXT,
    "countryCode" CHAR(2),
    "active" BOOLEAN NOT NULL DEFAULT true,
    "deactivatedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invitation" (
    "id" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Invitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SignInAttempt" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "ip" TEXT NOT NULL,
    "succeeded" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SignInAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "targetType" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "details" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Wise" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "legalForm" TEXT,
    "countryCode" CHAR(2) NOT NULL,
    "region" TEXT,
    "yearFounded" INTEGER,
    "sectors" TEXT[],
    "website" TEXT,
    "description" TEXT,
    "totalEmployees" INTEGER,
    "supportNeedWorkers" INTEGER,
    "supportNeedWorkingTimePct" DECIMAL(5,2),
    "integrationMode" "IntegrationMode",
    "productionWeight" INTEGER,
    "trainingWeight" INTEGER,
    "socialSupportWeight" INTEGER,
    "placementWeight" INTEGER,
    "salesRevenuePct" DECIMAL(5,2),
    "publicContractsRevenuePct" DECIMAL(5,2),
    "subsidiesRevenuePct" DECIMAL(5,2),
    "donationsRevenuePct" DECIMAL(5,2),
    "representativeName" TEXT,
    "representativeRole" TEXT,
    "representativeEmail" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Wise_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WiseSupportNeedCount" (
    "wiseId" TEXT NOT NULL,
    "category" "SupportNeedCategory" NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "WiseSupportNeedCount_pkey" PRIMARY KEY ("wiseId","category")
);

-- CreateTable
CREATE TABLE "Grid" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "basedOnId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,

    CONSTRAINT "Grid_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GridCategory" (
    "id" TEXT NOT NULL,
    "gridId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameRo" TEXT NOT NULL,

    CONSTRAINT "GridCategory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GridCriterion" (
    "id" TEXT NOT NULL,
    "categoryId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameRo" TEXT NOT NULL,
    "unit" "ValueUnit",
    "weight" DECIMAL(6,3) NOT NULL DEFAULT 1,
    "levelsEn" TEXT[],
    "levelsRo" TEXT[],

    CONSTRAINT "GridCriterion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FocusGroupSession" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "countryCode" CHAR(2) NOT NULL,
    "place" TEXT,
    "online" BOOLEAN NOT NULL DEFAULT false,
    "gridId" TEXT NOT NULL,
    "status" "SessionStatus" NOT NULL DEFAULT 'DRAFT',
    "facilitatorId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FocusGroupSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SessionOrganisation" (
    "sessionId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,

    CONSTRAINT "SessionOrganisation_pkey" PRIMARY KEY ("sessionId","organisationId")
);

-- CreateTable
CREATE TABLE "SessionMember" (
    "sessionId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" "SessionMemberRole" NOT NULL,
    "canScore" BOOLEAN NOT NULL DEFAULT false,
    "addedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SessionMember_pkey" PRIMARY KEY ("sessionId","userId")
);

-- CreateTable
CREATE TABLE "SessionStatusChange" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "fromStatus" "SessionStatus" NOT NULL,
    "toStatus" "SessionStatus" NOT NULL,
    "changedById" TEXT NOT NULL,
    "reason" TEXT,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SessionStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgendaItem" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "wiseId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "AgendaItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SessionNote" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "agendaItemId" TEXT,
    "theme" "DiscussionTheme",
    "body" TEXT NOT NULL,
    "isPublic" BOOLEAN NOT NULL DEFAULT false,
    "authorId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SessionNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Evaluation" (
    "id" TEXT NOT NULL,
    "agendaItemId" TEXT NOT NULL,
    "raterId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Evaluation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Score" (
    "id" TEXT NOT NULL,
    "evaluationId" TEXT NOT NULL,
    "criterionId" TEXT NOT NULL,
    "answer" "ScoreAnswer" NOT NULL,
    "level" INTEGER,
    "value" TEXT,
    "comment" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Score_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Classification" (
    "agendaItemId" TEXT NOT NULL,
    "suggestedModel" "WiseModel" NOT NULL,
    "suggestion" JSONB NOT NULL,
    "agreedModel" "WiseModel",
    "rationale" TEXT,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Classification_pkey" PRIMARY KEY ("agendaItemId")
);

-- CreateTable
CREATE TABLE "ModelProposal" (
    "agendaItemId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "model" "WiseModel" NOT NULL,
    "comment" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ModelProposal_pkey" PRIMARY KEY ("agendaItemId","userId")
);

-- CreateIndex
CREATE INDEX "Organisation_countryCode_idx" ON "Organisation"("countryCode");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_name_countryCode_key" ON "Organisation"("name", "countryCode");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_role_idx" ON "User"("role");

-- CreateIndex
CREATE INDEX "User_countryCode_idx" ON "User"("countryCode");

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_tokenHash_key" ON "Invitation"("tokenHash");

-- CreateIndex
CREATE INDEX "Invitation_userId_idx" ON "Invitation"("userId");

-- CreateIndex
CREATE INDEX "SignInAttempt_email_createdAt_idx" ON "SignInAttempt"("email", "createdAt");

-- CreateIndex
CREATE INDEX "SignInAttempt_ip_createdAt_idx" ON "SignInAttempt"("ip", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_targetType_targetId_idx" ON "AuditEvent"("targetType", "targetId");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_idx" ON "AuditEvent"("actorId");

-- CreateIndex
CREATE INDEX "Wise_countryCode_region_idx" ON "Wise"("countryCode", "region");

-- CreateIndex
CREATE UNIQUE INDEX "Wise_name_countryCode_key" ON "Wise"("name", "countryCode");

-- CreateIndex
CREATE UNIQUE INDEX "Grid_name_version_key" ON "Grid"("name", "version");

-- CreateIndex
CREATE UNIQUE INDEX "GridCategory_gridId_code_key" ON "GridCategory"("gridId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "GridCriterion_categoryId_code_key" ON "GridCriterion"("categoryId", "code");

-- CreateIndex
CREATE INDEX "FocusGroupSession_countryCode_status_idx" ON "FocusGroupSession"("countryCode", "status");

-- CreateIndex
CREATE INDEX "FocusGroupSession_facilitatorId_idx" ON "FocusGroupSession"("facilitatorId");

-- CreateIndex
CREATE INDEX "SessionMember_userId_idx" ON "SessionMember"("userId");

-- CreateIndex
CREATE INDEX "SessionStatusChange_sessionId_changedAt_idx" ON "SessionStatusChange"("sessionId", "changedAt");

-- CreateIndex
CREATE INDEX "AgendaItem_sessionId_position_idx" ON "AgendaItem"("sessionId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "AgendaItem_sessionId_wiseId_key" ON "AgendaItem"("sessionId", "wiseId");

-- CreateIndex
CREATE INDEX "SessionNote_sessionId_idx" ON "SessionNote"("sessionId");

-- CreateIndex
CREATE INDEX "Evaluation_raterId_idx" ON "Evaluation"("raterId");

-- CreateIndex
CREATE UNIQUE INDEX "Evaluation_agendaItemId_raterId_key" ON "Evaluation"("agendaItemId", "raterId");

-- CreateIndex
CREATE INDEX "Score_criterionId_idx" ON "Score"("criterionId");

-- CreateIndex
CREATE UNIQUE INDEX "Score_evaluationId_criterionId_key" ON "Score"("evaluationId", "criterionId");

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Wise" ADD CONSTRAINT "Wise_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Wise" ADD CONSTRAINT "Wise_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WiseSupportNeedCount" ADD CONSTRAINT "WiseSupportNeedCount_wiseId_fkey" FOREIGN KEY ("wiseId") REFERENCES "Wise"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Grid" ADD CONSTRAINT "Grid_basedOnId_fkey" FOREIGN KEY ("basedOnId") REFERENCES "Grid"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GridCategory" ADD CONSTRAINT "GridCategory_gridId_fkey" FOREIGN KEY ("gridId") REFERENCES "Grid"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GridCriterion" ADD CONSTRAINT "GridCriterion_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "GridCategory"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FocusGroupSession" ADD CONSTRAINT "FocusGroupSession_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FocusGroupSession" ADD CONSTRAINT "FocusGroupSession_gridId_fkey" FOREIGN KEY ("gridId") REFERENCES "Grid"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FocusGroupSession" ADD CONSTRAINT "FocusGroupSession_facilitatorId_fkey" FOREIGN KEY ("facilitatorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionOrganisation" ADD CONSTRAINT "SessionOrganisation_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "FocusGroupSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionOrganisation" ADD CONSTRAINT "SessionOrganisation_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionMember" ADD CONSTRAINT "SessionMember_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "FocusGroupSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionMember" ADD CONSTRAINT "SessionMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionStatusChange" ADD CONSTRAINT "SessionStatusChange_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "FocusGroupSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionStatusChange" ADD CONSTRAINT "SessionStatusChange_changedById_fkey" FOREIGN KEY ("changedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "FocusGroupSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_wiseId_fkey" FOREIGN KEY ("wiseId") REFERENCES "Wise"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionNote" ADD CONSTRAINT "SessionNote_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "FocusGroupSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionNote" ADD CONSTRAINT "SessionNote_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionNote" ADD CONSTRAINT "SessionNote_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evaluation" ADD CONSTRAINT "Evaluation_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evaluation" ADD CONSTRAINT "Evaluation_raterId_fkey" FOREIGN KEY ("raterId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Score" ADD CONSTRAINT "Score_evaluationId_fkey" FOREIGN KEY ("evaluationId") REFERENCES "Evaluation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Score" ADD CONSTRAINT "Score_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "GridCriterion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Classification" ADD CONSTRAINT "Classification_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Classification" ADD CONSTRAINT "Classification_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelProposal" ADD CONSTRAINT "ModelProposal_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelProposal" ADD CONSTRAINT "ModelProposal_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

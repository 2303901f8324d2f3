-- CreateEnum
CREATE TYPE "LivePhase" AS ENUM ('WAITING', 'PRESENTING', 'SCORING_OPEN', 'SCORING_CLOSED', 'REVEALED');

-- CreateEnum
CREATE TYPE "LiveParticipantStatus" AS ENUM ('WAITING', 'ADMITTED', 'REMOVED');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "guest" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "LiveSession" (
    "sessionId" TEXT NOT NULL,
    "joinCode" TEXT NOT NULL,
    "currentAgendaItemId" TEXT,
    "phase" "LivePhase" NOT NULL DEFAULT 'WAITING',
    "round" INTEGER NOT NULL DEFAULT 1,
    "roundCriterionIds" TEXT[],
    "admitAll" BOOLEAN NOT NULL DEFAULT false,
    "stateVersion" INTEGER NOT NULL DEFAULT 1,
    "startedById" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" TIMESTAMP(3),

    CONSTRAINT "LiveSession_pkey" PRIMARY KEY ("sessionId")
);

-- CreateTable
CREATE TABLE "LiveParticipant" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "status" "LiveParticipantStatus" NOT NULL DEFAULT 'WAITING',
    "tokenHash" TEXT NOT NULL,
    "joinedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "admittedAt" TIMESTAMP(3),
    "removedAt" TIMESTAMP(3),

    CONSTRAINT "LiveParticipant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScoreChange" (
    "clientChangeId" UUID NOT NULL,
    "evaluationId" TEXT NOT NULL,
    "criterionId" TEXT NOT NULL,
    "answer" "ScoreAnswer" NOT NULL,
    "level" INTEGER,
    "value" TEXT,
    "comment" TEXT,
    "round" INTEGER NOT NULL DEFAULT 1,
    "resultingVersion" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ScoreChange_pkey" PRIMARY KEY ("clientChangeId")
);

-- CreateTable
CREATE TABLE "AgreedLevel" (
    "agendaItemId" TEXT NOT NULL,
    "criterionId" TEXT NOT NULL,
    "level" INTEGER NOT NULL,
    "decidedById" TEXT NOT NULL,
    "decidedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgreedLevel_pkey" PRIMARY KEY ("agendaItemId","criterionId")
);

-- CreateIndex
CREATE UNIQUE INDEX "LiveSession_joinCode_key" ON "LiveSession"("joinCode");

-- CreateIndex
CREATE UNIQUE INDEX "LiveParticipant_userId_key" ON "LiveParticipant"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "LiveParticipant_tokenHash_key" ON "LiveParticipant"("tokenHash");

-- CreateIndex
CREATE INDEX "LiveParticipant_sessionId_status_idx" ON "LiveParticipant"("sessionId", "status");

-- CreateIndex
CREATE INDEX "ScoreChange_evaluationId_criterionId_idx" ON "ScoreChange"("evaluationId", "criterionId");

-- AddForeignKey
ALTER TABLE "LiveSession" ADD CONSTRAINT "LiveSession_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "FocusGroupSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiveParticipant" ADD CONSTRAINT "LiveParticipant_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "FocusGroupSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiveParticipant" ADD CONSTRAINT "LiveParticipant_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoreChange" ADD CONSTRAINT "ScoreChange_evaluationId_fkey" FOREIGN KEY ("evaluationId") REFERENCES "Evaluation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoreChange" ADD CONSTRAINT "ScoreChange_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "GridCriterion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreedLevel" ADD CONSTRAINT "AgreedLevel_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreedLevel" ADD CONSTRAINT "AgreedLevel_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "GridCriterion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreedLevel" ADD CONSTRAINT "AgreedLevel_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

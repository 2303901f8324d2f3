-- CreateEnum
CREATE TYPE "StaffGroup" AS ENUM ('ENABLER', 'SUPPORTER', 'WORKER');

-- CreateEnum
CREATE TYPE "SkillArea" AS ENUM ('MANAGEMENT', 'NETWORKING', 'SUPPORT', 'PEDAGOGY', 'WORK', 'TRANSVERSAL', 'DIGITAL_INFORMATION', 'DIGITAL_COMMUNICATION', 'DIGITAL_CONTENT', 'DIGITAL_SAFETY', 'DIGITAL_PROBLEM_SOLVING');

-- CreateEnum
CREATE TYPE "SurveyStatus" AS ENUM ('DRAFT', 'OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "AnswerMode" AS ENUM ('SELF', 'EASY_READ', 'INTERVIEWER');

-- CreateEnum
CREATE TYPE "SkillBarrier" AS ENUM ('COST', 'EQUIPMENT', 'TIME', 'NO_SUITABLE_TRAINING', 'ACCESSIBILITY');

-- CreateEnum
CREATE TYPE "TrainingFormat" AS ENUM ('CLASSROOM', 'ONLINE', 'BLENDED', 'ON_THE_JOB');

-- CreateEnum
CREATE TYPE "PlanStatus" AS ENUM ('PROPOSED', 'ADOPTED');

-- CreateEnum
CREATE TYPE "PlanActionStatus" AS ENUM ('PLANNED', 'IN_PROGRESS', 'DONE', 'DROPPED');

-- CreateTable
CREATE TABLE "SkillFramework" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "basedOnId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,

    CONSTRAINT "SkillFramework_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Skill" (
    "id" TEXT NOT NULL,
    "frameworkId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "group" "StaffGroup" NOT NULL,
    "area" "SkillArea" NOT NULL,
    "position" INTEGER NOT NULL,
    "digCompRef" TEXT,
    "escoUri" TEXT,

    CONSTRAINT "Skill_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SkillText" (
    "skillId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "easyRead" TEXT,

    CONSTRAINT "SkillText_pkey" PRIMARY KEY ("skillId","locale")
);

-- CreateTable
CREATE TABLE "Survey" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "countryCode" CHAR(2) NOT NULL,
    "frameworkId" TEXT NOT NULL,
    "sessionId" TEXT,
    "opensAt" TIMESTAMP(3) NOT NULL,
    "closesAt" TIMESTAMP(3) NOT NULL,
    "status" "SurveyStatus" NOT NULL DEFAULT 'DRAFT',
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Survey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyWise" (
    "id" TEXT NOT NULL,
    "surveyId" TEXT NOT NULL,
    "wiseId" TEXT NOT NULL,
    "remindedAt" TIMESTAMP(3),

    CONSTRAINT "SurveyWise_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyLink" (
    "id" TEXT NOT NULL,
    "surveyWiseId" TEXT NOT NULL,
    "group" "StaffGroup" NOT NULL,
    "code" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SurveyLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyResponse" (
    "id" TEXT NOT NULL,
    "linkId" TEXT NOT NULL,
    "resumeTokenHash" TEXT NOT NULL,
    "mode" "AnswerMode" NOT NULL,
    "locale" TEXT NOT NULL,
    "consentedAt" TIMESTAMP(3) NOT NULL,
    "submittedAt" TIMESTAMP(3),
    "barriers" "SkillBarrier"[],
    "preferredFormat" "TrainingFormat",
    "needText" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SurveyResponse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SkillAnswer" (
    "responseId" TEXT NOT NULL,
    "skillId" TEXT NOT NULL,
    "importanceNow" SMALLINT,
    "importanceFuture" SMALLINT,
    "mastery" SMALLINT,
    "notPartOfJob" BOOLEAN NOT NULL DEFAULT false,
    "lastChangeId" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SkillAnswer_pkey" PRIMARY KEY ("responseId","skillId")
);

-- CreateTable
CREATE TABLE "TrainingOffer" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "group" "StaffGroup" NOT NULL,
    "eqfLevel" SMALLINT,
    "format" "TrainingFormat" NOT NULL,
    "hours" INTEGER,
    "language" TEXT NOT NULL,
    "countryCode" CHAR(2) NOT NULL,
    "provider" TEXT NOT NULL,
    "costEur" DECIMAL(10,2),
    "accessibility" TEXT,
    "url" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TrainingOffer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrainingOfferSkill" (
    "offerId" TEXT NOT NULL,
    "skillCode" TEXT NOT NULL,

    CONSTRAINT "TrainingOfferSkill_pkey" PRIMARY KEY ("offerId","skillCode")
);

-- CreateTable
CREATE TABLE "DevelopmentPlan" (
    "id" TEXT NOT NULL,
    "surveyWiseId" TEXT NOT NULL,
    "status" "PlanStatus" NOT NULL DEFAULT 'PROPOSED',
    "adoptedById" TEXT,
    "adoptedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DevelopmentPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanAction" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "group" "StaffGroup" NOT NULL,
    "skillCode" TEXT NOT NULL,
    "offerId" TEXT,
    "ownerRole" TEXT NOT NULL,
    "dueDate" DATE,
    "status" "PlanActionStatus" NOT NULL DEFAULT 'PLANNED',
    "position" INTEGER NOT NULL,

    CONSTRAINT "PlanAction_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SkillFramework_name_version_key" ON "SkillFramework"("name", "version");

-- CreateIndex
CREATE INDEX "Skill_frameworkId_group_position_idx" ON "Skill"("frameworkId", "group", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Skill_frameworkId_group_code_key" ON "Skill"("frameworkId", "group", "code");

-- CreateIndex
CREATE INDEX "Survey_countryCode_status_idx" ON "Survey"("countryCode", "status");

-- CreateIndex
CREATE INDEX "SurveyWise_wiseId_idx" ON "SurveyWise"("wiseId");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyWise_surveyId_wiseId_key" ON "SurveyWise"("surveyId", "wiseId");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyLink_code_key" ON "SurveyLink"("code");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyLink_surveyWiseId_group_key" ON "SurveyLink"("surveyWiseId", "group");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyResponse_resumeTokenHash_key" ON "SurveyResponse"("resumeTokenHash");

-- CreateIndex
CREATE INDEX "SurveyResponse_linkId_idx" ON "SurveyResponse"("linkId");

-- CreateIndex
CREATE INDEX "SkillAnswer_skillId_idx" ON "SkillAnswer"("skillId");

-- CreateIndex
CREATE INDEX "TrainingOffer_countryCode_group_idx" ON "TrainingOffer"("countryCode", "group");

-- CreateIndex
CREATE INDEX "TrainingOfferSkill_skillCode_idx" ON "TrainingOfferSkill"("skillCode");

-- CreateIndex
CREATE UNIQUE INDEX "DevelopmentPlan_surveyWiseId_key" ON "DevelopmentPlan"("surveyWiseId");

-- CreateIndex
CREATE INDEX "PlanAction_planId_position_idx" ON "PlanAction"("planId", "position");

-- AddForeignKey
ALTER TABLE "SkillFramework" ADD CONSTRAINT "SkillFramework_basedOnId_fkey" FOREIGN KEY ("basedOnId") REFERENCES "SkillFramework"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Skill" ADD CONSTRAINT "Skill_frameworkId_fkey" FOREIGN KEY ("frameworkId") REFERENCES "SkillFramework"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SkillText" ADD CONSTRAINT "SkillText_skillId_fkey" FOREIGN KEY ("skillId") REFERENCES "Skill"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Survey" ADD CONSTRAINT "Survey_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Survey" ADD CONSTRAINT "Survey_frameworkId_fkey" FOREIGN KEY ("frameworkId") REFERENCES "SkillFramework"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Survey" ADD CONSTRAINT "Survey_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "FocusGroupSession"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Survey" ADD CONSTRAINT "Survey_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyWise" ADD CONSTRAINT "SurveyWise_surveyId_fkey" FOREIGN KEY ("surveyId") REFERENCES "Survey"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyWise" ADD CONSTRAINT "SurveyWise_wiseId_fkey" FOREIGN KEY ("wiseId") REFERENCES "Wise"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyLink" ADD CONSTRAINT "SurveyLink_surveyWiseId_fkey" FOREIGN KEY ("surveyWiseId") REFERENCES "SurveyWise"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyResponse" ADD CONSTRAINT "SurveyResponse_linkId_fkey" FOREIGN KEY ("linkId") REFERENCES "SurveyLink"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SkillAnswer" ADD CONSTRAINT "SkillAnswer_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "SurveyResponse"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SkillAnswer" ADD CONSTRAINT "SkillAnswer_skillId_fkey" FOREIGN KEY ("skillId") REFERENCES "Skill"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingOffer" ADD CONSTRAINT "TrainingOffer_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingOfferSkill" ADD CONSTRAINT "TrainingOfferSkill_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "TrainingOffer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DevelopmentPlan" ADD CONSTRAINT "DevelopmentPlan_surveyWiseId_fkey" FOREIGN KEY ("surveyWiseId") REFERENCES "SurveyWise"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanAction" ADD CONSTRAINT "PlanAction_planId_fkey" FOREIGN KEY ("planId") REFERENCES "DevelopmentPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanAction" ADD CONSTRAINT "PlanAction_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "TrainingOffer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

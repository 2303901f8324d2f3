-- CreateEnum
CREATE TYPE "CaseStudyStatus" AS ENUM ('DRAFT', 'IN_REVIEW', 'APPROVED');

-- CreateEnum
CREATE TYPE "QuoteSpeaker" AS ENUM ('MANAGER', 'SUPPORT_STAFF', 'WORKER', 'PARTNER', 'OTHER');

-- CreateEnum
CREATE TYPE "ConsentMethod" AS ENUM ('WRITTEN', 'ORAL_RECORDED', 'ORAL_WITNESSED');

-- CreateEnum
CREATE TYPE "AttachmentStorage" AS ENUM ('DATABASE', 'S3');

-- CreateEnum
CREATE TYPE "CaseStudySection" AS ENUM ('MODEL_REASON', 'PATHWAY_IN', 'PATHWAY_OUT', 'DIGITAL_TOOLS', 'PRACTICES', 'CHALLENGES');

-- CreateEnum
CREATE TYPE "ReportScope" AS ENUM ('COUNTRY', 'EUROPE');

-- CreateTable
CREATE TABLE "CaseStudy" (
    "id" TEXT NOT NULL,
    "wiseId" TEXT NOT NULL,
    "countryCode" CHAR(2) NOT NULL,
    "sessionId" TEXT,
    "locale" TEXT NOT NULL,
    "status" "CaseStudyStatus" NOT NULL DEFAULT 'DRAFT',
    "modelReason" TEXT NOT NULL DEFAULT '',
    "pathwayIn" TEXT NOT NULL DEFAULT '',
    "pathwayOut" TEXT NOT NULL DEFAULT '',
    "digitalTools" TEXT NOT NULL DEFAULT '',
    "practices" TEXT NOT NULL DEFAULT '',
    "challenges" TEXT NOT NULL DEFAULT '',
    "authorId" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CaseStudy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseStudyQuote" (
    "id" TEXT NOT NULL,
    "caseStudyId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "speaker" "QuoteSpeaker" NOT NULL,
    "consentMethod" "ConsentMethod" NOT NULL,
    "consentGivenAt" TIMESTAMP(3) NOT NULL,
    "consentWithdrawnAt" TIMESTAMP(3),
    "recordedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseStudyQuote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseStudyAttachment" (
    "id" TEXT NOT NULL,
    "caseStudyId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mediaType" TEXT NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "altText" TEXT,
    "caption" TEXT,
    "storage" "AttachmentStorage" NOT NULL DEFAULT 'DATABASE',
    "storageKey" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseStudyAttachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AttachmentBlob" (
    "attachmentId" TEXT NOT NULL,
    "data" BYTEA NOT NULL,

    CONSTRAINT "AttachmentBlob_pkey" PRIMARY KEY ("attachmentId")
);

-- CreateTable
CREATE TABLE "CaseStudyReview" (
    "id" TEXT NOT NULL,
    "caseStudyId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "step" "ReviewStep" NOT NULL,
    "body" TEXT NOT NULL,
    "approverCountryCode" CHAR(2),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseStudyReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseStudyStatusChange" (
    "id" TEXT NOT NULL,
    "caseStudyId" TEXT NOT NULL,
    "fromStatus" "CaseStudyStatus" NOT NULL,
    "toStatus" "CaseStudyStatus" NOT NULL,
    "changedById" TEXT NOT NULL,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseStudyStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GoodPractice" (
    "id" TEXT NOT NULL,
    "countryCode" CHAR(2) NOT NULL,
    "caseStudyId" TEXT,
    "caseStudySection" "CaseStudySection",
    "sessionNoteId" TEXT,
    "wiseId" TEXT,
    "locale" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "need" TEXT NOT NULL,
    "practice" TEXT NOT NULL,
    "results" TEXT NOT NULL,
    "transfer" TEXT NOT NULL,
    "digitalTools" TEXT NOT NULL DEFAULT '',
    "models" "WiseModel"[],
    "staffGroups" "StaffGroup"[],
    "skillAreas" "SkillArea"[],
    "publishedAt" TIMESTAMP(3),
    "authorId" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "GoodPractice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Report" (
    "id" TEXT NOT NULL,
    "scope" "ReportScope" NOT NULL,
    "countryCode" CHAR(2),
    "title" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportNarrative" (
    "reportId" TEXT NOT NULL,
    "chapterKey" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedById" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReportNarrative_pkey" PRIMARY KEY ("reportId","chapterKey")
);

-- CreateTable
CREATE TABLE "ReportRelease" (
    "id" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "snapshot" JSONB NOT NULL,
    "changes" JSONB NOT NULL,
    "note" TEXT,
    "releasedById" TEXT NOT NULL,
    "releasedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReportRelease_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CaseStudy_countryCode_status_idx" ON "CaseStudy"("countryCode", "status");

-- CreateIndex
CREATE INDEX "CaseStudy_wiseId_idx" ON "CaseStudy"("wiseId");

-- CreateIndex
CREATE INDEX "CaseStudyQuote_caseStudyId_position_idx" ON "CaseStudyQuote"("caseStudyId", "position");

-- CreateIndex
CREATE INDEX "CaseStudyAttachment_caseStudyId_idx" ON "CaseStudyAttachment"("caseStudyId");

-- CreateIndex
CREATE INDEX "CaseStudyReview_caseStudyId_createdAt_idx" ON "CaseStudyReview"("caseStudyId", "createdAt");

-- CreateIndex
CREATE INDEX "CaseStudyStatusChange_caseStudyId_changedAt_idx" ON "CaseStudyStatusChange"("caseStudyId", "changedAt");

-- CreateIndex
CREATE INDEX "GoodPractice_countryCode_idx" ON "GoodPractice"("countryCode");

-- CreateIndex
CREATE INDEX "GoodPractice_publishedAt_idx" ON "GoodPractice"("publishedAt");

-- CreateIndex
CREATE INDEX "Report_scope_countryCode_idx" ON "Report"("scope", "countryCode");

-- CreateIndex
CREATE UNIQUE INDEX "ReportRelease_reportId_number_key" ON "ReportRelease"("reportId", "number");

-- AddForeignKey
ALTER TABLE "CaseStudy" ADD CONSTRAINT "CaseStudy_wiseId_fkey" FOREIGN KEY ("wiseId") REFERENCES "Wise"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseStudy" ADD CONSTRAINT "CaseStudy_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseStudy" ADD CONSTRAINT "CaseStudy_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "FocusGroupSession"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseStudy" ADD CONSTRAINT "CaseStudy_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseStudyQuote" ADD CONSTRAINT "CaseStudyQuote_caseStudyId_fkey" FOREIGN KEY ("caseStudyId") REFERENCES "CaseStudy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseStudyQuote" ADD CONSTRAINT "CaseStudyQuote_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseStudyAttachment" ADD CONSTRAINT "CaseStudyAttachment_caseStudyId_fkey" FOREIGN KEY ("caseStudyId") REFERENCES "CaseStudy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseStudyAttachment" ADD CONSTRAINT "CaseStudyAttachment_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AttachmentBlob" ADD CONSTRAINT "AttachmentBlob_attachmentId_fkey" FOREIGN KEY ("attachmentId") REFERENCES "CaseStudyAttachment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseStudyReview" ADD CONSTRAINT "CaseStudyReview_caseStudyId_fkey" FOREIGN KEY ("caseStudyId") REFERENCES "CaseStudy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseStudyReview" ADD CONSTRAINT "CaseStudyReview_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseStudyStatusChange" ADD CONSTRAINT "CaseStudyStatusChange_caseStudyId_fkey" FOREIGN KEY ("caseStudyId") REFERENCES "CaseStudy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseStudyStatusChange" ADD CONSTRAINT "CaseStudyStatusChange_changedById_fkey" FOREIGN KEY ("changedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GoodPractice" ADD CONSTRAINT "GoodPractice_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GoodPractice" ADD CONSTRAINT "GoodPractice_caseStudyId_fkey" FOREIGN KEY ("caseStudyId") REFERENCES "CaseStudy"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GoodPractice" ADD CONSTRAINT "GoodPractice_sessionNoteId_fkey" FOREIGN KEY ("sessionNoteId") REFERENCES "SessionNote"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GoodPractice" ADD CONSTRAINT "GoodPractice_wiseId_fkey" FOREIGN KEY ("wiseId") REFERENCES "Wise"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GoodPractice" ADD CONSTRAINT "GoodPractice_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportNarrative" ADD CONSTRAINT "ReportNarrative_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportNarrative" ADD CONSTRAINT "ReportNarrative_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportRelease" ADD CONSTRAINT "ReportRelease_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportRelease" ADD CONSTRAINT "ReportRelease_releasedById_fkey" FOREIGN KEY ("releasedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

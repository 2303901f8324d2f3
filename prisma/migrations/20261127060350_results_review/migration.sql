-- CreateEnum
CREATE TYPE "ReviewStep" AS ENUM ('COMMENT', 'CHANGES_REQUESTED', 'APPROVED', 'FACILITATOR_REPLY');

-- AlterTable
ALTER TABLE "FocusGroupSession" ADD COLUMN     "bundleKey" TEXT,
ADD COLUMN     "shareToken" TEXT;

-- CreateTable
CREATE TABLE "SessionReview" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "step" "ReviewStep" NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SessionReview_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SessionReview_sessionId_createdAt_idx" ON "SessionReview"("sessionId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "FocusGroupSession_shareToken_key" ON "FocusGroupSession"("shareToken");

-- CreateIndex
CREATE UNIQUE INDEX "FocusGroupSession_bundleKey_key" ON "FocusGroupSession"("bundleKey");

-- AddForeignKey
ALTER TABLE "SessionReview" ADD CONSTRAINT "SessionReview_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "FocusGroupSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionReview" ADD CONSTRAINT "SessionReview_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AlterTable
ALTER TABLE "LiveSession" ADD COLUMN     "admitDuringScoring" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "guestCap" INTEGER NOT NULL DEFAULT 80;

-- CreateTable
CREATE TABLE "LiveJoinRefusal" (
    "sessionId" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,
    "notifiedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LiveJoinRefusal_pkey" PRIMARY KEY ("sessionId")
);

-- CreateTable
CREATE TABLE "LiveJoinAttempt" (
    "bucket" TEXT NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "LiveJoinAttempt_pkey" PRIMARY KEY ("bucket","windowStart")
);

-- CreateIndex
CREATE INDEX "LiveJoinAttempt_windowStart_idx" ON "LiveJoinAttempt"("windowStart");

-- AddForeignKey
ALTER TABLE "LiveJoinRefusal" ADD CONSTRAINT "LiveJoinRefusal_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "FocusGroupSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

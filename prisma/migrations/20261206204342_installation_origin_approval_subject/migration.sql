-- AlterTable
ALTER TABLE "FocusGroupSession" ADD COLUMN     "originInstallationId" TEXT;

-- AlterTable
ALTER TABLE "SessionReview" ADD COLUMN     "approvedSubject" TEXT,
ADD COLUMN     "approverCountryCode" CHAR(2);

-- CreateTable
CREATE TABLE "Installation" (
    "singleton" INTEGER NOT NULL DEFAULT 1,
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Installation_pkey" PRIMARY KEY ("singleton")
);

-- CreateIndex
CREATE UNIQUE INDEX "Installation_id_key" ON "Installation"("id");

-- CreateIndex
CREATE UNIQUE INDEX "FocusGroupSession_originInstallationId_bundleKey_key" ON "FocusGroupSession"("originInstallationId", "bundleKey");

-- One row only: the installation's identity. Created here for existing databases; the app
-- creates it on first use where it is missing (lib/installation/queries.ts).
ALTER TABLE "Installation" ADD CONSTRAINT "Installation_one_row" CHECK ("singleton" = 1);
INSERT INTO "Installation" ("singleton", "id") VALUES (1, gen_random_uuid()::text);

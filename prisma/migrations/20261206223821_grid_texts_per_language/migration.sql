-- Grid wording moves from one column per language to one row per language, so that adding a
-- language never changes the schema. Every English and Romanian text is copied before the old
-- columns are dropped (tests/integration/migration-grid-texts.test.ts compares them all).

-- CreateEnum
CREATE TYPE "LanguageReviewStatus" AS ENUM ('DRAFT', 'REVIEWED');

-- CreateTable
CREATE TABLE "GridCategoryText" (
    "categoryId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "GridCategoryText_pkey" PRIMARY KEY ("categoryId","locale")
);

-- CreateTable
CREATE TABLE "GridCriterionText" (
    "criterionId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "levels" TEXT[],

    CONSTRAINT "GridCriterionText_pkey" PRIMARY KEY ("criterionId","locale")
);

-- CreateTable
CREATE TABLE "LanguageStatus" (
    "locale" TEXT NOT NULL,
    "status" "LanguageReviewStatus" NOT NULL DEFAULT 'DRAFT',
    "reviewedById" TEXT,
    "reviewedAt" TIMESTAMP(3),

    CONSTRAINT "LanguageStatus_pkey" PRIMARY KEY ("locale")
);

-- CreateTable
CREATE TABLE "TextCorrection" (
    "locale" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TextCorrection_pkey" PRIMARY KEY ("locale","key")
);

-- AddForeignKey
ALTER TABLE "GridCategoryText" ADD CONSTRAINT "GridCategoryText_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "GridCategory"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GridCriterionText" ADD CONSTRAINT "GridCriterionText_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "GridCriterion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LanguageStatus" ADD CONSTRAINT "LanguageStatus_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TextCorrection" ADD CONSTRAINT "TextCorrection_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Copy every existing text, both languages, before the columns go.
INSERT INTO "GridCategoryText" ("categoryId", "locale", "name")
SELECT "id", 'en', "nameEn" FROM "GridCategory"
UNION ALL
SELECT "id", 'ro', "nameRo" FROM "GridCategory";

INSERT INTO "GridCriterionText" ("criterionId", "locale", "name", "levels")
SELECT "id", 'en', "nameEn", "levelsEn" FROM "GridCriterion"
UNION ALL
SELECT "id", 'ro', "nameRo", "levelsRo" FROM "GridCriterion";

-- AlterTable
ALTER TABLE "GridCategory" DROP COLUMN "nameEn",
DROP COLUMN "nameRo";

-- AlterTable
ALTER TABLE "GridCriterion" DROP COLUMN "levelsEn",
DROP COLUMN "levelsRo",
DROP COLUMN "nameEn",
DROP COLUMN "nameRo";

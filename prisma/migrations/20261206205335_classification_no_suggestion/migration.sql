-- AlterTable
ALTER TABLE "Classification" ALTER COLUMN "suggestedModel" DROP NOT NULL;

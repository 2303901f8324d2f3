-- AlterTable
ALTER TABLE "SurveyResponse" ADD COLUMN     "lastChangeId" TEXT;

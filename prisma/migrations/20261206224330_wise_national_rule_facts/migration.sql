-- AlterTable
ALTER TABLE "Wise" ADD COLUMN     "disabledFte" DECIMAL(9,2),
ADD COLUMN     "disabledWorkers" INTEGER,
ADD COLUMN     "disabledWorkingTimePct" DECIMAL(5,2),
ADD COLUMN     "foundersAtRisk" INTEGER,
ADD COLUMN     "foundersTotal" INTEGER,
ADD COLUMN     "halfTimeContractEmployees" INTEGER,
ADD COLUMN     "halfTimeSupportNeedWorkers" INTEGER,
ADD COLUMN     "legalFormCode" TEXT,
ADD COLUMN     "profitDistributedPct" DECIMAL(5,2),
ADD COLUMN     "subdivisionCode" TEXT,
ADD COLUMN     "supportNeedFte" DECIMAL(9,2),
ADD COLUMN     "totalFte" DECIMAL(9,2);

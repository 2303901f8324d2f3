-- CreateIndex
CREATE INDEX "AgendaItem_wiseId_idx" ON "AgendaItem"("wiseId");

-- DropIndex
DROP INDEX "Notice_recipientMunicipalityId_sentAt_idx";

-- CreateIndex
CREATE INDEX "Notice_recipientMunicipalityId_acknowledgedAt_sentAt_idx" ON "Notice"("recipientMunicipalityId", "acknowledgedAt", "sentAt");

-- CreateIndex
CREATE INDEX "Notice_acknowledgedAt_sentAt_idx" ON "Notice"("acknowledgedAt", "sentAt");


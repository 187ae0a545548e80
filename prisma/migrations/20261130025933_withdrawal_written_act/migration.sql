-- AlterTable
ALTER TABLE "Amendment" ADD COLUMN "circulatedOn" TEXT;
ALTER TABLE "Amendment" ADD COLUMN "outcomeNotifiedAt" DATETIME;
ALTER TABLE "Amendment" ADD COLUMN "preRegisterDecision" TEXT;

-- CreateTable
CREATE TABLE "AmendmentParty" (
    "amendmentId" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,

    PRIMARY KEY ("amendmentId", "municipalityId"),
    CONSTRAINT "AmendmentParty_amendmentId_fkey" FOREIGN KEY ("amendmentId") REFERENCES "Amendment" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "AmendmentParty_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AmendmentConsent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "amendmentId" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "answer" TEXT NOT NULL,
    "decisionNumber" TEXT NOT NULL,
    "decisionDate" TEXT NOT NULL,
    "diavgeiaAda" TEXT,
    "documentId" TEXT NOT NULL,
    "recordedById" TEXT NOT NULL,
    "recordedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AmendmentConsent_amendmentId_fkey" FOREIGN KEY ("amendmentId") REFERENCES "Amendment" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "AmendmentConsent_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "AmendmentConsent_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "AmendmentConsent_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Withdrawal" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "municipalityId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "decisionNumber" TEXT,
    "decisionDate" TEXT NOT NULL,
    "diavgeiaAda" TEXT,
    "notifiedOn" TEXT,
    "lastDayAsParty" TEXT,
    "effectiveOn" TEXT,
    "reason" TEXT,
    "rescindedOn" TEXT,
    "rescindedAt" DATETIME,
    "rescindDecisionNumber" TEXT,
    "rescindDecisionDate" TEXT,
    "rescindDiavgeiaAda" TEXT,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Withdrawal_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Withdrawal_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
-- Data conversion (by hand): every existing withdrawal was notified when it was filed, so it
-- becomes pending, effective or rescinded according to its dates. Its declaration date
-- becomes the decision date (the number was never asked: left null, not invented). The
-- dates are recounted as the Civil Code counts (arts 240-241): notified on N, a party
-- through N + 15 (lastDayAsParty), former from N + 16 (effectiveOn); the old effectiveOn
-- (N + 15) was one day early.
INSERT INTO "new_Withdrawal" ("createdAt", "createdById", "id", "municipalityId", "status", "decisionDate", "notifiedOn", "lastDayAsParty", "effectiveOn", "reason", "rescindedAt", "rescindedOn")
SELECT "createdAt", "createdById", "id", "municipalityId",
    CASE
        WHEN "rescindedOn" IS NOT NULL THEN 'rescinded'
        WHEN date("notifiedOn", '+16 days') <= date('now', '+2 hours') THEN 'effective'
        ELSE 'pending'
    END,
    "declaredOn", "notifiedOn", date("notifiedOn", '+15 days'), date("notifiedOn", '+16 days'),
    "reason", "rescindedAt", "rescindedOn"
FROM "Withdrawal";
DROP TABLE "Withdrawal";
ALTER TABLE "new_Withdrawal" RENAME TO "Withdrawal";
CREATE INDEX "Withdrawal_municipalityId_idx" ON "Withdrawal"("municipalityId");
CREATE INDEX "Withdrawal_effectiveOn_idx" ON "Withdrawal"("effectiveOn");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "AmendmentConsent_documentId_key" ON "AmendmentConsent"("documentId");

-- CreateIndex
CREATE INDEX "AmendmentConsent_amendmentId_municipalityId_recordedAt_idx" ON "AmendmentConsent"("amendmentId", "municipalityId", "recordedAt");


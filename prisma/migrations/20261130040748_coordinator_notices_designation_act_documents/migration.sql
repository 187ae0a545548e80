-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Designation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "municipalityId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "phone" TEXT,
    "position" TEXT,
    "from" TEXT NOT NULL,
    "to" TEXT,
    "accessionId" TEXT,
    "actKind" TEXT,
    "actNumber" TEXT,
    "actDate" TEXT,
    "actAda" TEXT,
    "actDocumentId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Designation_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Designation_actDocumentId_fkey" FOREIGN KEY ("actDocumentId") REFERENCES "Document" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Designation" ("accessionId", "actAda", "actDate", "actDocumentId", "actKind", "actNumber", "createdAt", "email", "from", "id", "municipalityId", "name", "phone", "position", "role", "to") SELECT "accessionId", "actAda", "actDate", "actDocumentId", "actKind", "actNumber", "createdAt", "email", "from", "id", "municipalityId", "name", "phone", "position", "role", "to" FROM "Designation";
DROP TABLE "Designation";
ALTER TABLE "new_Designation" RENAME TO "Designation";
CREATE UNIQUE INDEX "Designation_actDocumentId_key" ON "Designation"("actDocumentId");
CREATE INDEX "Designation_municipalityId_role_to_idx" ON "Designation"("municipalityId", "role", "to");
CREATE TABLE "new_Notice" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "event" TEXT NOT NULL,
    "subjectMunicipalityId" TEXT,
    "recipientMunicipalityId" TEXT,
    "subjectUserId" TEXT,
    "accessionId" TEXT,
    "withdrawalId" TEXT,
    "amendmentId" TEXT,
    "reviewDueOn" TEXT,
    "sentAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acknowledgedAt" DATETIME,
    "acknowledgedById" TEXT,
    CONSTRAINT "Notice_subjectMunicipalityId_fkey" FOREIGN KEY ("subjectMunicipalityId") REFERENCES "Municipality" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Notice_recipientMunicipalityId_fkey" FOREIGN KEY ("recipientMunicipalityId") REFERENCES "Municipality" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Notice_subjectUserId_fkey" FOREIGN KEY ("subjectUserId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Notice_accessionId_fkey" FOREIGN KEY ("accessionId") REFERENCES "Accession" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Notice_withdrawalId_fkey" FOREIGN KEY ("withdrawalId") REFERENCES "Withdrawal" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Notice_amendmentId_fkey" FOREIGN KEY ("amendmentId") REFERENCES "Amendment" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Notice_acknowledgedById_fkey" FOREIGN KEY ("acknowledgedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Notice" ("accessionId", "acknowledgedAt", "acknowledgedById", "amendmentId", "event", "id", "kind", "recipientMunicipalityId", "reviewDueOn", "sentAt", "subjectMunicipalityId", "withdrawalId") SELECT "accessionId", "acknowledgedAt", "acknowledgedById", "amendmentId", "event", "id", "kind", "recipientMunicipalityId", "reviewDueOn", "sentAt", "subjectMunicipalityId", "withdrawalId" FROM "Notice";
DROP TABLE "Notice";
ALTER TABLE "new_Notice" RENAME TO "Notice";
CREATE INDEX "Notice_recipientMunicipalityId_acknowledgedAt_sentAt_idx" ON "Notice"("recipientMunicipalityId", "acknowledgedAt", "sentAt");
CREATE INDEX "Notice_acknowledgedAt_sentAt_idx" ON "Notice"("acknowledgedAt", "sentAt");
CREATE INDEX "Notice_accessionId_idx" ON "Notice"("accessionId");
CREATE INDEX "Notice_withdrawalId_idx" ON "Notice"("withdrawalId");
CREATE INDEX "Notice_amendmentId_idx" ON "Notice"("amendmentId");
CREATE INDEX "Notice_reviewDueOn_idx" ON "Notice"("reviewDueOn");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

